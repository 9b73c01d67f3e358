// Lighthouse 12.2.3 (mobile, its default config) on a running server: the four scores and the main
// lab metrics per page, the run with the median performance score of N standing for the page.
//
//   npm run bench:lighthouse               every page role of the site (see content.ts)
//   npm run bench:lighthouse -- /en /zh    any pages
//   BENCH_LIGHTHOUSE_RUNS=3 …              runs per page, the median run reported (default 1 here, 3 in `npm run bench`)
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type RunnerResult } from 'lighthouse';
import { sitePages } from './content';
import { packageVersion } from './machine';
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

/**
 * Runs Lighthouse on each page of a running server. A page that does not answer 200 is not
 * measured: its row says `missing (404)` (or its status) instead of crashing the run.
 */
export async function lighthouseRows(
  origin: string,
  pages: readonly Page[],
  { runs = 1 }: { runs?: number } = {},
): Promise<LighthouseRow[]> {
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
  // chrome-launcher reports a missing binary as an unhandled 'error' event that ends the process: check first.
  if (!chromePath || !existsSync(chromePath)) throw new Error(`no Chromium at ${chromePath ?? '(none found)'}: set CHROME_PATH`);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: flags });
  const rows: LighthouseRow[] = [];
  try {
    for (const page of pages) {
      const status = (await fetch(`${origin}${page.path}`, { redirect: 'manual' })).status;
      if (status !== 200) {
        rows.push({ kind: 'missing', page, status, missing: `missing (${status})` });
        continue;
      }
      const url = `${mapped ? siteOrigin : origin}${page.path}`;
      const measured: LighthouseScores[] = [];
      for (let run = 0; run < runs; run++) measured.push(await scoredRun(url, chrome.port));
      // The run with the median performance score stands for the page; every run's score, TBT and
      // LCP are kept so that the spread shows. Runs Lighthouse could not score take no part.
      const scored = measured.filter((row) => row.scores.performance !== null);
      const pool = scored.length ? scored : measured;
      const sorted = [...pool].sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
      const median = sorted[Math.floor((sorted.length - 1) / 2)];
      if (!median) throw new Error(`no Lighthouse run for ${page.path}`);
      rows.push({
        kind: 'measured',
        page,
        url,
        ...median,
        runs: measured.length,
        performanceRuns: measured.map((row) => row.scores.performance),
        tbtRuns: measured.map((row) => row.tbtMs),
        lcpRuns: measured.map((row) => row.lcpMs),
        runErrors: measured.flatMap((row) => (row.runtimeError ? [row.runtimeError] : [])),
      });
    }
  } finally {
    chrome.kill();
  }
  return rows;
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
    rows = await lighthouseRows(server.origin, pages, { runs: Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 1) });
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
