// BENCHMARKS.md, one renderer per section: Lighthouse, bytes, the reader at any length, search, load.
import { AIMS, INTENDED_AUDITS } from './aims';
import { kib, table } from './format';
import { LOAD_CONNECTIONS } from './load';
import type {
  BytesSection,
  DictionarySection,
  ExtraFigure,
  FirstLoad,
  LighthouseRow,
  LighthouseSection,
  LoadSection,
  SearchSection,
  StaticSection,
} from './types';

const pathOf = (url: string) => url.replace(/^https?:\/\/[^/]+/, '');

export function lighthouseTable(rows: readonly LighthouseRow[]): string {
  return table(
    [
      'page',
      'path',
      'performance',
      'accessibility',
      'best practices',
      'SEO',
      'LCP ms',
      'TBT ms',
      'CLS',
      'performance, each run',
      'TBT ms, each run',
      'audits below par',
    ],
    rows.map((row) => {
      if (row.kind === 'missing') return [row.page.name, `\`${row.page.path}\``, row.missing, '', '', '', '', '', '', '', '', ''];
      const intended = INTENDED_AUDITS[row.page.role] ?? {};
      const failing = Object.entries(row.failing)
        .map(
          ([category, ids]) =>
            `${category}: ${(ids ?? []).map((id) => (intended[id] ? `${id} (intended: ${intended[id]})` : id)).join(', ')}`,
        )
        .join('; ');
      return [
        row.page.name,
        `\`${row.page.path}\``,
        row.scores.performance ?? 'no score',
        row.scores.accessibility ?? '',
        row.scores['best-practices'] ?? '',
        row.scores.seo ?? '',
        row.lcpMs ?? '',
        row.tbtMs ?? '',
        row.cls ?? '',
        row.performanceRuns.map((score) => score ?? 'no score').join(', '),
        row.tbtRuns.map((tbt) => tbt ?? '?').join(', '),
        failing || '—',
      ];
    }),
  );
}

function runErrors(rows: readonly LighthouseRow[]): string[] {
  const lines = rows.flatMap((row) => (row.kind === 'measured' ? row.runErrors.map((error) => `- ${row.page.name}: ${error}`) : []));
  return lines.length ? ['Runs Lighthouse could not score:', '', ...lines, ''] : [];
}

export function lighthouseSection(data: LighthouseSection): string[] {
  const mapped = data.rows.find((row) => row.kind === 'measured');
  return [
    `Lighthouse's default mobile configuration (simulated throttling: slow 4G, 4× CPU slowdown), against \`next start\` of the app's build, ${data.runs} run(s) per page, in rounds (each round: the bare page, then every page once, so that the reference and the pages share the machine's minutes): the scores of the run with the median performance score are shown, and TBT and LCP are each the median of the page's runs (a run's LCP can fall far from the others: the bare page's varies from about 700 to 2,260 ms). ` +
      `Pages requested as \`${mapped?.kind === 'measured' ? new URL(mapped.url).origin : '?'}\` (the site origin the build's canonical URLs name) and resolved by Chromium to the benchmark's server, so canonical and hreflang are audited as in production. ` +
      `The pages: every page role, with each document's own pages (derived from the content). Aims: performance ≥ ${AIMS.performance}; accessibility, best practices and SEO ${AIMS.otherCategories}.`,
    '',
    lighthouseTable([...data.rows, ...data.reference]),
    '',
    ...runErrors(data.rows),
  ];
}

function loadRow(name: string, load: FirstLoad): Array<string | number> {
  return [
    name,
    `\`${pathOf(load.url)}\``,
    kib(load.html.transferred),
    kib(load.html.decoded),
    kib(load.js.transferred),
    kib(load.js.decoded),
    load.js.count,
    kib(load.css.transferred),
    load.css.count,
  ];
}

function extrasTable(extras: readonly ExtraFigure[]): string[] {
  if (!extras.length) return [];
  return [
    'Further bytes: files the pages fetch only on demand, as served (`Accept-Encoding: gzip`):',
    '',
    table(
      ['file', 'path', 'transferred', 'decoded', 'encoding', 'when'],
      extras.map((extra) => [
        extra.name,
        `\`${extra.path}\``,
        kib(extra.transferred),
        kib(extra.decoded),
        extra.encoding,
        extra.note ?? '',
      ]),
    ),
    '',
  ];
}

export function bytesSection(data: BytesSection, bareDir: string): string[] {
  const out: string[] = [
    'Fresh Chromium context, page loaded until the network is idle; bytes as transferred (response bodies, gzip as `next start` sends them, headers excluded). ' +
      `The framework floor is a bare App Router app with one static page (\`${bareDir}\`), built in this run with the same Next.js; ` +
      "the content floor is each document's text alone: the Chinese and English of every segment, gzipped.",
    '',
    table(
      ['page', 'path', 'HTML transferred', 'HTML decoded', 'JS transferred', 'JS decoded', 'JS files', 'CSS transferred', 'CSS files'],
      [
        ...data.documents.flatMap((document) => [
          loadRow(`document ${document.slug}`, document.load),
          [
            `its text alone`,
            `${document.text.segments} segments, ${document.text.zhChars} Chinese + ${document.text.enChars} English characters`,
            kib(document.text.gzipBytes),
            kib(document.text.rawBytes),
            '',
            '',
            '',
            '',
            '',
          ],
        ]),
        loadRow('bare Next.js', data.bare),
      ],
    ),
    '',
    table(
      ['ratio', 'figure', 'aim', 'met', 'allowed by the aim', 'over by'],
      data.documents.flatMap((document) => {
        const allowedJs = data.bare.js.transferred * AIMS.jsOverBare;
        const allowedHtml = document.text.gzipBytes * AIMS.htmlOverText;
        const over = (figure: number, allowed: number) => (figure > allowed ? kib(figure - allowed) : '—');
        return [
          [
            `JavaScript: ${document.slug} / bare page`,
            `${document.jsOverBare.toFixed(2)}×`,
            `≤ ${AIMS.jsOverBare}×`,
            document.jsOverBare <= AIMS.jsOverBare ? 'yes' : '**no**',
            kib(allowedJs),
            over(document.load.js.transferred, allowedJs),
          ],
          [
            `HTML: ${document.slug} / its text alone`,
            `${document.htmlOverText.toFixed(2)}×`,
            `≤ ${AIMS.htmlOverText}×`,
            document.htmlOverText <= AIMS.htmlOverText ? 'yes' : '**no**',
            kib(allowedHtml),
            over(document.load.html.transferred, allowedHtml),
          ],
        ];
      }),
    ),
    '',
  ];
  for (const document of data.documents) {
    const parts = document.load.htmlParts;
    if (!parts) continue;
    const text = document.text.gzipBytes;
    out.push(
      `Where the HTML of document ${document.slug} goes (each part gzipped alone, so the parts do not add up exactly to the page):`,
      '',
      table(
        ['part', 'decoded', 'gzipped', 'over the text alone'],
        [
          [
            'markup (the page without its inline scripts)',
            kib(parts.markupBytes),
            kib(parts.markupGzip),
            `${(parts.markupGzip / text).toFixed(2)}×`,
          ],
          [
            'inline RSC payload (`self.__next_f`)',
            kib(parts.flightBytes),
            kib(parts.flightGzip),
            `${(parts.flightGzip / text).toFixed(2)}×`,
          ],
          ['other inline scripts (JSON-LD, preferences)', kib(parts.otherInlineBytes), '', ''],
        ],
      ),
      '',
    );
    if (parts.largestPayloadRows.length) {
      out.push(
        'The largest rows of that payload:',
        '',
        table(
          ['row', 'decoded', 'gzipped alone'],
          parts.largestPayloadRows.map((row) => [row.what, kib(row.bytes), kib(row.gzip)]),
        ),
        '',
      );
    }
    const encodings = [...new Set([...document.load.html.encodings, ...document.load.js.encodings])];
    out.push(`Content encodings seen on document ${document.slug}: ${encodings.join(', ')}.`, '');
  }
  out.push(...extrasTable([...data.documents.flatMap((document) => document.extras), ...data.extras]));
  const scripts = [
    ...data.documents.map((document) => ({ name: `document ${document.slug}`, load: document.load })),
    { name: 'bare', load: data.bare },
  ];
  out.push('<details><summary>Scripts of the document pages and the bare page</summary>', '');
  out.push(
    table(
      ['page', 'script', 'transferred', 'decoded'],
      scripts.flatMap(({ name, load }) =>
        load.entries
          .filter((entry) => entry.type === 'script')
          .sort((a, b) => b.transferred - a.transferred)
          .map((entry) => [name, `\`${entry.url}\``, kib(entry.transferred), entry.decoded === null ? '?' : kib(entry.decoded)]),
      ),
    ),
    '',
    '</details>',
    '',
  );
  return out;
}

export function searchSection(data: SearchSection): string[] {
  return [
    `The search benchmark (scripts/bench/search.ts, run in-process; alone: \`${data.command}\`), output as printed:`,
    '',
    '```text',
    data.output || '(no output)',
    '```',
    '',
  ];
}

export function dictionarySection(data: DictionarySection): string[] {
  return [
    `Per document, the files the reading aids load on first use (scripts/bench/dictionary.ts; alone: \`${data.command}\`): the word card's CC-CEDICT cut, the pinyin view's word-grouped readings, the Traditional-characters file. JSON as served, raw and gzipped.`,
    '',
    table(
      ['document', 'Han characters', 'words', 'dictionary gz', 'dictionary raw', 'readings gz', 'Traditional gz'],
      data.rows.map((row) => [
        `\`${row.slug}\``,
        row.hanChars,
        row.words,
        kib(row.dictionary.gzip),
        kib(row.dictionary.raw),
        kib(row.readings.gzip),
        kib(row.traditional.gzip),
      ]),
    ),
    '',
  ];
}

export function staticSection(data: StaticSection): string[] {
  return [
    `The static build (\`npm run build:static\` → \`out/\`, ${data.reused ? 'an existing one reused' : `built in ${data.builtInS} s`}): each page as a CDN sends it, from the precompressed files beside it.`,
    '',
    table(
      ['page', 'HTML', 'gzip (.gz)', 'brotli (.br)'],
      data.bytes.map((row) => [`\`${row.path}\``, kib(row.raw), kib(row.gzip), kib(row.brotli)]),
    ),
    '',
    'Load on a plain static file server over `out/` (`serve`, as the e2e suite runs it; it compresses with gzip on the fly), beside `next start` above:',
    '',
    ...loadSection(data.load).slice(2),
  ];
}

export function loadSection(data: LoadSection): string[] {
  return [
    `autocannon, ${LOAD_CONNECTIONS} connections for ${data.seconds} s per target, against \`next start\` of the app's build on loopback, ` +
      '`Accept-Encoding: gzip` as a browser sends it. Errors, timeouts and non-2xx answers must all be 0.',
    '',
    table(
      [
        'server',
        'target',
        'requests',
        'req/s (mean)',
        'p50 ms',
        'p99 ms',
        'max ms',
        'MiB/s',
        '2xx',
        'non-2xx',
        'errors (all)',
        'of which timeouts (10 s)',
      ],
      data.rows.map((row) =>
        row.kind === 'missing'
          ? [row.server, `\`${row.target}\``, row.missing, '', '', '', '', '', '', '', '', '']
          : [
              row.server,
              `\`${row.target}\``,
              row.requests,
              row.rps,
              row.p50Ms,
              row.p99Ms,
              row.maxMs,
              row.mbPerS,
              row.ok2xx,
              row.non2xx,
              row.errors,
              row.timeouts,
            ],
      ),
    ),
    '',
  ];
}
