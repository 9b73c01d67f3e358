// The aims every run is checked against, and the check of one run's figures: each aim met or missed
// per page, length or target. No figure is hard-coded here; the bare page's are this run's.
import { CATEGORIES, type Category, type Check, type LighthouseRow, type PageRole, type Results, type SectionName } from './types';

export const AIMS = {
  /** Lighthouse (mobile), every page: performance at least this, the other three categories at 100. */
  performance: 98,
  otherCategories: 100,
  /** The document page at every length: TBT at most the bare page's plus this. */
  tbtOverBareMs: 50,
  /** The document page at every length: LCP at most the bare page's plus this. */
  lcpOverBareMs: 300,
  /** HTML transferred at most this many times the document's text alone (both gzipped), at every length. */
  htmlOverText: 3,
  /** JavaScript transferred at most this many times the bare Next.js page's. */
  jsOverBare: 1.1,
  /** Load: errors, timeouts and non-2xx answers under 50 connections. */
  loadErrors: 0,
  /** The word card's dictionary file, gzipped, per document of the interview's size (2,480 Han characters). */
  dictionaryKiB: 40,
  dictionaryPerHanChars: 2480,
};

/** The aims by name, as the report's summary lists them. */
export const AIM_NAMES = {
  scores: `Lighthouse performance ≥ ${AIMS.performance}, accessibility, best practices and SEO ${AIMS.otherCategories}, every page`,
  tbt: `document page TBT ≤ bare page's + ${AIMS.tbtOverBareMs} ms, every length`,
  lcp: `document page LCP ≤ bare page's + ${AIMS.lcpOverBareMs} ms, every length`,
  html: `HTML ≤ ${AIMS.htmlOverText}× the text alone (gzipped), every length`,
  js: `JavaScript ≤ ${AIMS.jsOverBare}× the bare page's`,
  load: 'load: 0 errors, timeouts and non-2xx answers (autocannon, 50 connections)',
  dictionary: `word card dictionary ≤ ${AIMS.dictionaryKiB} KiB gzipped per ${AIMS.dictionaryPerHanChars.toLocaleString('en')} Han characters of the document`,
  runs: 'every section runs',
};
export type AimName = keyof typeof AIM_NAMES;

/** Lighthouse audits that fail on purpose, per page role: not misses. */
export const INTENDED_AUDITS: Partial<Record<PageRole, Record<string, string>>> = {
  // /search is `noindex` (result lists are not pages worth indexing), so SEO's is-crawlable fails.
  search: { 'is-crawlable': 'the search page is noindex by design' },
};

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ratio = (value: number) => `${value.toFixed(2)}×`;

function scoreChecks(prefix: string, rows: readonly LighthouseRow[]): Check[] {
  const checks: Check[] = [];
  for (const row of rows) {
    const id = `${prefix}:${row.page.id}`;
    const what = `${row.page.name} (\`${row.page.path}\`)`;
    if (row.kind === 'missing') {
      checks.push({ id: `${id}:exists`, aim: 'scores', what, figure: row.missing, target: 'exists (200)', met: false });
      continue;
    }
    const intended = INTENDED_AUDITS[row.page.role] ?? {};
    for (const category of CATEGORIES) {
      const value = row.scores[category];
      const target = category === 'performance' ? AIMS.performance : AIMS.otherCategories;
      // A category below its aim only because of intended audits is not a miss.
      const failing = row.failing[category] ?? [];
      const excused = value !== null && value < target && failing.length > 0 && failing.every((audit) => intended[audit]);
      const figure =
        value === null
          ? `no score: ${row.runtimeError ?? 'unknown error'}`
          : `${value}${excused ? ` (intended: ${failing.join(', ')})` : ''}`;
      checks.push({
        id: `${id}:${category}`,
        aim: 'scores',
        what: `${label(category)}, ${what}`,
        figure,
        target: category === 'performance' ? `≥ ${target}` : `${target}`,
        met: value !== null && (value >= target || excused),
      });
    }
  }
  return checks;
}

function label(category: Category): string {
  return { performance: 'Lighthouse performance', accessibility: 'accessibility', 'best-practices': 'best practices', seo: 'SEO' }[
    category
  ];
}

/** Every aim against this run's figures. */
export function checksOf({ sections }: Pick<Results, 'sections'>): Check[] {
  const checks: Check[] = [];
  const add = (check: Check) => checks.push(check);
  const { lighthouse, bytes, reader, load, dictionary } = sections;

  if (dictionary?.status === 'ok') {
    for (const row of dictionary.data.rows) {
      const limit = AIMS.dictionaryKiB * 1024 * Math.max(1, row.hanChars / AIMS.dictionaryPerHanChars);
      add({
        id: `dictionary:${row.slug}`,
        aim: 'dictionary',
        what: `word card dictionary of ${row.slug} (${row.hanChars} Han characters), gzipped`,
        figure: kib(row.dictionary.gzip),
        target: `≤ ${kib(limit)}`,
        met: row.dictionary.gzip <= limit,
      });
    }
  }

  if (lighthouse?.status === 'ok') checks.push(...scoreChecks('lighthouse', lighthouse.data.rows));

  if (bytes?.status === 'ok') {
    for (const document of bytes.data.documents) {
      const { load: first, text } = document;
      add({
        id: `bytes:${document.slug}:js-over-bare`,
        aim: 'js',
        what: `JavaScript on first load, document ${document.slug}, over the bare page`,
        figure: `${ratio(document.jsOverBare)} (${kib(first.js.transferred)} vs ${kib(bytes.data.bare.js.transferred)})`,
        target: `≤ ${AIMS.jsOverBare}×`,
        met: document.jsOverBare <= AIMS.jsOverBare,
      });
      add({
        id: `bytes:${document.slug}:html-over-text`,
        aim: 'html',
        what: `HTML of document ${document.slug}, over its text alone (both gzipped)`,
        figure: `${ratio(document.htmlOverText)} (${kib(first.html.transferred)} vs ${kib(text.gzipBytes)})`,
        target: `≤ ${AIMS.htmlOverText}×`,
        met: document.htmlOverText <= AIMS.htmlOverText,
      });
    }
  }

  if (reader?.status === 'ok') {
    const { bare, rows } = reader.data;
    checks.push(
      ...scoreChecks(
        'reader',
        rows.map((row) => row.lighthouse),
      ),
    );
    const bareTbt = bare.lighthouse.kind === 'measured' ? bare.lighthouse.tbtMs : null;
    const bareLcp = bare.lighthouse.kind === 'measured' ? bare.lighthouse.lcpMs : null;
    for (const row of rows) {
      const id = `reader:${row.slug}`;
      const at = `${row.slug} (${row.factor}×)`;
      const lh = row.lighthouse.kind === 'measured' ? row.lighthouse : null;
      const versus = (value: number | null, base: number | null, over: number, unit: string) =>
        value === null || base === null
          ? { figure: 'not measured', met: false }
          : { figure: `${value} ${unit} (bare ${base} ${unit}, +${Math.round(value - base)})`, met: value <= base + over };
      add({
        id: `${id}:tbt`,
        aim: 'tbt',
        what: `TBT, ${at}`,
        ...versus(lh?.tbtMs ?? null, bareTbt, AIMS.tbtOverBareMs, 'ms'),
        target: `≤ bare + ${AIMS.tbtOverBareMs} ms`,
      });
      add({
        id: `${id}:lcp`,
        aim: 'lcp',
        what: `LCP, ${at}`,
        ...versus(lh?.lcpMs ?? null, bareLcp, AIMS.lcpOverBareMs, 'ms'),
        target: `≤ bare + ${AIMS.lcpOverBareMs} ms`,
      });
      add({
        id: `${id}:html-over-text`,
        aim: 'html',
        what: `HTML over the text alone, ${at}`,
        figure: `${ratio(row.htmlOverText)} (${kib(row.htmlTransferred)} vs ${kib(row.text.floorGzipBytes)})`,
        target: `≤ ${AIMS.htmlOverText}×`,
        met: row.htmlOverText <= AIMS.htmlOverText,
      });
      add({
        id: `${id}:js-over-bare`,
        aim: 'js',
        what: `JavaScript over the bare page, ${at}`,
        figure: `${ratio(row.jsOverBare)} (${kib(row.jsTransferred)} vs ${kib(bare.jsTransferred)})`,
        target: `≤ ${AIMS.jsOverBare}×`,
        met: row.jsOverBare <= AIMS.jsOverBare,
      });
    }
  }

  const loadRows = [
    ...(load?.status === 'ok' ? load.data.rows : []),
    ...(sections.static?.status === 'ok' ? sections.static.data.load.rows : []),
  ];
  if (loadRows.length) {
    for (const row of loadRows) {
      const id = `load:${row.server}:${row.target}`;
      if (row.kind === 'missing')
        add({ id, aim: 'load', what: `load target ${row.target}`, figure: row.missing, target: 'exists (200)', met: false });
      else {
        const bad = row.errors + row.non2xx;
        add({
          id: `${id}:errors`,
          aim: 'load',
          what: `errors under load, ${row.target}`,
          figure: `${row.errors} errors (of which ${row.timeouts} timeouts, after 10 s), ${row.non2xx} non-2xx`,
          target: `${AIMS.loadErrors}`,
          met: bad <= AIMS.loadErrors,
        });
      }
    }
  }

  for (const [name, section] of Object.entries(sections)) {
    if (section?.status === 'error')
      add({
        id: `section:${name}`,
        aim: 'runs',
        what: `${sectionTitle(name)} section`,
        figure: `could not run: ${section.error.split('\n')[0] ?? ''}`,
        target: 'runs',
        met: false,
      });
    if (section?.status === 'ok')
      add({ id: `section:${name}`, aim: 'runs', what: `${sectionTitle(name)} section`, figure: 'ran', target: 'runs', met: true });
  }
  return checks;
}

const SECTION_TITLES: Record<SectionName, string> = {
  bare: 'bare build',
  benchBuild: 'bench-only build',
  lighthouse: 'Lighthouse',
  bytes: 'bytes',
  reader: 'reader at any length',
  load: 'load',
  search: 'search',
  dictionary: 'reading aids',
  static: 'static build',
};

const isSectionName = (name: string): name is SectionName => Object.hasOwn(SECTION_TITLES, name);

export function sectionTitle(name: string): string {
  return isSectionName(name) ? SECTION_TITLES[name] : name;
}
