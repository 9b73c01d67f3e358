// Lighthouse 12.2.3 (mobile, its default config) on a running server: the four scores and the main
// lab metrics per page, the run with the median performance score of N standing for the page's
// scores, and TBT and LCP each the median of the N runs.
//
//   npm run bench:lighthouse               every page role of the site (see content.ts)
//   npm run bench:lighthouse -- /en /zh    any pages
//   BENCH_LIGHTHOUSE_RUNS=3 …              runs per page, reported as medianRow says (default 1 here, 3 in `npm run bench`)
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type RunnerResult } from 'lighthouse';
import { sitePages } from './content';
import { packageVersion } from './machine';
import { medianRow } from './median-run';
import { chromePath, startNext } from './serve';
import { CATEGORIES, type Category, type LighthouseRow, type LighthouseScores, type Page } from './types';

export const lighthouseVersion = packageVersion('lighthouse');

type Lhr = RunnerResult['lhr'];

const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Lighthouse loses its trace now and then (NO_NAVSTART, NO_FCP), more often on a busy machine: such a run is tried again, twice at most. */
const ATTEMPTS = 3;

/** A page and the running server it is asked of: the reference (the bare Next.js page) has a server of its own. */
export type Target = { origin: string; page: Page };

export type LighthouseRun = { rows: LighthouseRow[]; reference: LighthouseRow | null };

/**
 * Runs Lighthouse on each page of a running server, and on the reference page if one is given. A
 * page that does not answer 200 is not measured: its row says `missing (404)` (or its status)
 * instead of crashing the run.
 *
 * The runs go in rounds, not page after page: each round measures the reference and then every
 * page once. The aims compare a page's TBT and LCP with the reference's, and this machine's load
 * changes over the minutes a section takes, so both sides of each comparison are sampled across
 * the same minutes. (Measured once, in the Lighthouse section only, the bare page's median TBT was
 * 116 ms in one run and 181 ms in the next, on the same code.)
 */
export async function lighthouseRows(
  origin: string,
  pages: readonly Page[],
  { runs = 1, reference }: { runs?: number; reference?: Target } = {},
): Promise<LighthouseRun> {
  // Pages carry canonical and hreflang URLs on the site's origin (SITE_URL at build time, default
  // http://localhost:3000), while next-intl's `Link` header names the origin it was asked on. Seen
  // from the benchmark's port they disagree, and Lighthouse's canonical audit fails for that alone.
  // So Chromium asks for the site's own origin and resolves it to the benchmark's server: the page
  // is measured as it is served in production. No request goes to the site origin's real port.
  const siteOrigin = await canonicalOrigin(origin, pages);
  const mapped = siteOrigin !== null && siteOrigin !== origin && siteOrigin.startsWith('http:');
  const flags = mapped
    ? [...chromeFlags, `--host-resolver-rules=MAP ${new URL(siteOrigin).host} 127.0.0.1:${new URL(origin).port}`]
    : chromeFlags;
  const targets: Target[] = [...(reference ? [reference] : []), ...pages.map((page) => ({ origin, page }))];
  const urlOf = (target: Target) => `${mapped && target.origin === origin ? siteOrigin : target.origin}${target.page.path}`;
  // chrome-launcher reports a missing binary as an unhandled 'error' event that ends the process: check first.
  if (!chromePath || !existsSync(chromePath)) throw new Error(`no Chromium at ${chromePath ?? '(none found)'}: set CHROME_PATH`);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: flags });
  const rowOf = new Map<Target, LighthouseRow>();
  try {
    const measured = new Map<Target, LighthouseScores[]>();
    for (const target of targets) {
      const status = (await fetch(`${target.origin}${target.page.path}`, { redirect: 'manual' })).status;
      if (status === 200) measured.set(target, []);
      else rowOf.set(target, { kind: 'missing', page: target.page, status, missing: `missing (${status})` });
    }
    for (let run = 0; run < runs; run++) {
      for (const [target, runsOfTarget] of measured) runsOfTarget.push(await scoredRun(urlOf(target), chrome.port));
    }
    for (const [target, runsOfTarget] of measured) rowOf.set(target, medianRow(target.page, urlOf(target), runsOfTarget));
  } finally {
    chrome.kill();
  }
  const row = (target: Target): LighthouseRow => {
    const found = rowOf.get(target);
    if (!found) throw new Error(`no Lighthouse row for ${target.page.path}`);
    return found;
  };
  return { rows: targets.slice(reference ? 1 : 0).map(row), reference: reference ? row(reference) : null };
}

async function scoredRun(url: string, port: number): Promise<LighthouseScores> {
  let row: LighthouseScores | null = null;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    row = scoresOf(result.lhr);
    if (row.scores.performance !== null) break;
  }
  if (!row) throw new Error(`no Lighthouse attempt for ${url}`);
  return row;
}

function scoresOf(lhr: Lhr): LighthouseScores {
  const score = (id: Category): number | null => {
    const value = lhr.categories[id]?.score;
    return typeof value === 'number' ? Math.round(value * 100) : null;
  };
  const metric = (id: string, digits = 0): number | null => {
    const value = lhr.audits[id]?.numericValue;
    return typeof value === 'number' ? Number(value.toFixed(digits)) : null;
  };
  const scores: Record<Category, number | null> = { performance: null, accessibility: null, 'best-practices': null, seo: null };
  for (const category of CATEGORIES) scores[category] = score(category);
  return {
    scores,
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift', 3),
    failing: failingAudits(lhr),
    runtimeError: lhr.runtimeError?.message ?? metricErrors(lhr),
  };
}

/** The origin of the first page's canonical URL, or null. */
async function canonicalOrigin(origin: string, pages: readonly Page[]): Promise<string | null> {
  try {
    const html = await (await fetch(`${origin}${pages[0]?.path ?? '/'}`)).text();
    const href =
      /<link[^>]+rel="canonical"[^>]+href="([^"]+)"/.exec(html)?.[1] ?? /<link[^>]+href="([^"]+)"[^>]+rel="canonical"/.exec(html)?.[1];
    return href ? new URL(href).origin : null;
  } catch {
    return null;
  }
}

function metricErrors(lhr: Lhr): string | null {
  const ids = ['largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'];
  const errors = ids.flatMap((id) => {
    const message = lhr.audits[id]?.errorMessage;
    return message ? [`${id}: ${message}`] : [];
  });
  return errors.length ? errors.join('; ') : null;
}

function failingAudits(lhr: Lhr): Partial<Record<string, string[]>> {
  const failing: Partial<Record<string, string[]>> = {};
  for (const [id, category] of Object.entries(lhr.categories)) {
    const below = category.auditRefs
      .filter((ref) => ref.weight > 0)
      .flatMap((ref) => {
        const audit = lhr.audits[ref.id];
        return audit && audit.score !== null && audit.score < (audit.scoreDisplayMode === 'binary' ? 1 : 0.9) ? [audit.id] : [];
      })
      .sort();
    if (below.length) failing[id] = below;
  }
  return failing;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const pages: Page[] = args.length ? args.map((path) => ({ id: path, name: path, role: 'reference', path })) : await sitePages();
  const server = await startNext();
  let rows: LighthouseRow[];
  try {
    ({ rows } = await lighthouseRows(server.origin, pages, { runs: Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 1) }));
  } finally {
    server.stop();
  }
  console.log(`Lighthouse ${lighthouseVersion}, mobile, ${new Date().toISOString()}`);
  for (const row of rows) {
    if (row.kind !== 'measured') continue;
    for (const [category, ids] of Object.entries(row.failing)) console.log(`${row.page.path}: ${category}: ${(ids ?? []).join(', ')}`);
  }
  console.table(
    rows.map((row) =>
      row.kind === 'missing'
        ? { page: row.page.path, performance: row.missing }
        : { page: row.page.path, ...row.scores, 'LCP ms': row.lcpMs, 'TBT ms': row.tbtMs, CLS: row.cls },
    ),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
