// Lighthouse 12.2.3 (mobile, its default config) on the built app: the four scores and the main
// lab metrics for each page. Run `npm run build` first.
//
//   npm run bench:lighthouse               the pages `npm run bench` measures
//   npm run bench:lighthouse -- /en /zh    any pages
//   BENCH_LIGHTHOUSE_RUNS=3 …              runs per page, the median run reported (default 1)
//
// `npm run bench` imports lighthouseRows() from here and writes the figures to BENCHMARKS.md.
import { pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromePath, startServer } from './serve.mjs';

export const lighthouseVersion = (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version;

/** The pages `npm run bench` measures, by role. */
export const benchPages = [
  { name: 'library', path: '/en' },
  { name: 'document', path: '/en/documents/beijing-digital-economy-2023' },
  { name: 'glossary', path: '/en/glossary' },
  { name: 'term', path: '/en/glossary/four-centres' },
  { name: 'search', path: `/en/search?q=${encodeURIComponent('数字经济')}` },
  { name: 'passage', path: '/en/documents/beijing-digital-economy-2023/passages/s1-p1' },
];

const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Runs Lighthouse on each page of a running server. A page that does not answer 200 is not
 * measured: its row says `missing (404)` (or its status) instead of crashing the run.
 * @param {string} origin
 * @param {{ name: string, path: string }[]} pages
 * @param {{ runs?: number }} [options] runs per page; the run with the median performance score is reported
 */
export async function lighthouseRows(origin, pages, { runs = 1 } = {}) {
  // Pages carry canonical and hreflang URLs on the site's origin (SITE_URL at build time, default
  // http://localhost:3000), while next-intl's `Link` header names the origin it was asked on. Seen
  // from the benchmark's port they disagree, and Lighthouse's canonical audit fails for that alone.
  // So Chromium asks for the site's own origin and resolves it to the benchmark's server: the page
  // is measured as it is served in production. No request goes to the site origin's real port.
  const siteOrigin = await canonicalOrigin(origin);
  const mapped = siteOrigin && siteOrigin !== origin && siteOrigin.startsWith('http:');
  const flags = mapped
    ? [...chromeFlags, `--host-resolver-rules=MAP ${new URL(siteOrigin).host} 127.0.0.1:${new URL(origin).port}`]
    : chromeFlags;
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? chromePath, chromeFlags: flags });
  const rows = [];
  try {
    for (const { name, path } of pages) {
      const status = (await fetch(`${origin}${path}`, { redirect: 'manual' })).status;
      if (status !== 200) {
        rows.push({ name, path, status, missing: `missing (${status})` });
        continue;
      }
      const url = `${mapped ? siteOrigin : origin}${path}`;
      const measured = [];
      for (let run = 0; run < runs; run++) {
        // Lighthouse sometimes loses its trace (NO_NAVSTART, NO_FCP), more often on a busy machine:
        // such a run is tried again, twice at most, and kept with its error if it never scores.
        let row;
        for (let attempt = 0; attempt < 3; attempt++) {
          const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
          row = rowOf(result.lhr);
          if (row.performance !== null) break;
        }
        measured.push(row);
      }
      // The run with the median performance score stands for the page; every run's score and TBT
      // are kept so that the spread shows.
      // Runs Lighthouse could not score (a runtime error, e.g. NO_FCP under load) take no part.
      const scored = measured.filter((row) => row.performance !== null);
      const pool = scored.length ? scored : measured;
      const median = [...pool].sort((a, b) => (a.performance ?? -1) - (b.performance ?? -1))[Math.floor((pool.length - 1) / 2)];
      rows.push({
        name,
        path,
        url,
        status,
        ...median,
        runs: measured.length,
        performanceRuns: measured.map((row) => row.performance),
        tbtRuns: measured.map((row) => row.tbtMs),
        runErrors: measured.map((row) => row.runtimeError).filter(Boolean),
      });
    }
  } finally {
    await chrome.kill();
  }
  return rows;
}

function rowOf(lhr) {
  const { categories, audits } = lhr;
  const score = (id) => (typeof categories[id]?.score === 'number' ? Math.round(categories[id].score * 100) : null);
  const metric = (id) => (typeof audits[id]?.numericValue === 'number' ? audits[id].numericValue : null);
  const round = (value, digits = 0) => (value === null ? null : Number(value.toFixed(digits)));
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    lcpMs: round(metric('largest-contentful-paint')),
    tbtMs: round(metric('total-blocking-time')),
    cls: round(metric('cumulative-layout-shift'), 3),
    // Per category, the audits that failed outright (binary) or scored below 0.9.
    failing: failingAudits(lhr),
    // Lighthouse could not measure everything (e.g. NO_LCP): the scores it could not compute are null.
    runtimeError: lhr.runtimeError?.message ?? metricErrors(audits),
  };
}

/** The origin of the library page's canonical URL, or null. */
async function canonicalOrigin(origin) {
  try {
    const html = await (await fetch(`${origin}/en`)).text();
    const href =
      /<link[^>]+rel="canonical"[^>]+href="([^"]+)"/.exec(html)?.[1] ?? /<link[^>]+href="([^"]+)"[^>]+rel="canonical"/.exec(html)?.[1];
    return href ? new URL(href).origin : null;
  } catch {
    return null;
  }
}

function metricErrors(audits) {
  const ids = ['largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'];
  const errors = ids.filter((id) => audits[id]?.errorMessage).map((id) => `${id}: ${audits[id].errorMessage}`);
  return errors.length ? errors.join('; ') : undefined;
}

function failingAudits(lhr) {
  const failing = {};
  for (const [id, category] of Object.entries(lhr.categories)) {
    const below = category.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < (audit.scoreDisplayMode === 'binary' ? 1 : 0.9))
      .map((audit) => audit.id)
      .sort();
    if (below.length) failing[id] = below;
  }
  return failing;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const pages = args.length ? args.map((path) => ({ name: path, path })) : benchPages;
  const server = await startServer();
  let rows;
  try {
    rows = await lighthouseRows(server.origin, pages, { runs: Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 1) });
  } finally {
    server.stop();
  }
  console.log(`Lighthouse ${lighthouseVersion}, mobile, ${new Date().toISOString()}`);
  for (const row of rows) {
    for (const [category, ids] of Object.entries(row.failing ?? {})) console.log(`${row.path}: ${category}: ${ids.join(', ')}`);
  }
  console.table(
    rows.map((row) =>
      row.missing
        ? { page: row.path, performance: row.missing }
        : {
            page: row.path,
            performance: row.performance,
            accessibility: row.accessibility,
            'best-practices': row['best-practices'],
            seo: row.seo,
            'LCP ms': row.lcpMs,
            'TBT ms': row.tbtMs,
            CLS: row.cls,
          },
    ),
  );
}
