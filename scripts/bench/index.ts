// npm run bench — every benchmark, figures written to BENCHMARKS.md (and .bench/results.json).
//
// Needs a production build of the app first (`npm run build`; NEXT_DIST_DIR is honoured). Then:
//  1. builds the bare Next.js reference app (scripts/bare-next) with this repo's `next`, and the
//     bench-only build (.next-bench) with the interview repeated to 4×, 8× and 16× (long.ts);
//  2. Lighthouse 12.2.3, mobile, on every page role and each document's pages (median of three
//     runs each), and on the bare page as a reference;
//  3. bytes on first load of each document page in Chromium beside the bare page and the text alone;
//  4. the reader at any length: per document and long copy, Lighthouse, bytes, DOM size, LCP
//     element and the time until the page answers a tap (reader.ts), on the bench-only build;
//  5. autocannon against `next start` on loopback: each document page and /search-index.json;
//  6. the search benchmark (search.ts), its output included as printed;
//  7. the reading aids' files per document (dictionary.ts): dictionary, readings, Traditional;
//  8. the static build (static-site.ts): out/'s bytes per page (.br, .gz) and load on `serve`.
// Every aim (aims.ts) is checked against the figures of this run and printed as met or missed;
// misses are listed with a notes block that is kept across runs. Measures whatever is built: no
// figure is hard-coded. A section that cannot run is reported as such and makes the exit code 1.
//
// Knobs (for trying the bench, not for published figures): BENCH_LOAD_SECONDS (default 20),
// BENCH_LIGHTHOUSE_RUNS (default 3), BENCH_READER_RUNS (tap runs, default 5), BENCH_QUIET_LOAD (the
// load average the timed sections wait for, up to 4 minutes, default 1),
// BENCH_SKIP=bare,benchBuild,lighthouse,bytes,reader,load,search,dictionary,static, BENCH_REUSE_BUILDS=1 (keep an
// existing bare and bench-only build). `npm run bench -- --render` rewrites BENCHMARKS.md from the
// last run's figures without measuring.
import { existsSync } from 'node:fs';
import os from 'node:os';
import { chromium, type Browser } from '@playwright/test';
import { checksOf } from './aims';
import { BENCH_DIST_DIR, benchBuiltAt, buildBare, buildBench } from './build';
import { extrasOf, documentExtras, firstLoad, siteExtras } from './bytes';
import { contentWith, documentPath, realContent, sitePages, textFloor } from './content';
import { lighthouseRows, lighthouseVersion, type Target } from './lighthouse';
import { load, LOAD_CONNECTIONS, LOAD_SECONDS } from './load';
import { LONG_DIR, writeLongDocuments } from './long';
import { loadNow, machine, quiet, round } from './machine';
import { CPU_SLOWDOWN, median, settledLoad, TAP_INTERVAL_MS, tapRun, VIEWPORT } from './reader';
import { BARE_DIR, render, summary, writeReport } from './report';
import { dictionaryRows } from './dictionary';
import { searchBench } from './search';
import { ensureStaticBuild, startServe, staticBytes } from './static-site';
import { chromePath, startNext, type Running } from './serve';
import type { LighthouseRow, Page, ReaderRow, Results, Section, SectionName, StaticSection } from './types';

const log = (message: string) => console.error(`[bench] ${message}`);

/** The static build's bytes, and load on a static server over it beside next start's. */
async function measureStatic(): Promise<StaticSection> {
  const build = await ensureStaticBuild();
  const bytes = await staticBytes();
  const server = await startServe();
  try {
    const targets = [...(await realContent.getDocuments()).map((document) => documentPath(document.meta.slug)), '/search-index.json'];
    const rows = [];
    for (const path of targets) rows.push(await load({ server: 'serve out/', origin: server.origin, path }));
    return { ...build, bytes, load: { seconds: LOAD_SECONDS, connections: LOAD_CONNECTIONS, rows } };
  } finally {
    server.stop();
  }
}

if (process.argv.includes('--render')) {
  // `--render --dictionary` / `--static` also measure those sections into the last run's figures.
  const measured = async <T>(run: () => Promise<T>) => {
    const before = loadNow();
    const started = Date.now();
    const data = await run();
    return {
      status: 'ok' as const,
      data,
      loadAverage: [before, loadNow()] satisfies [number, number],
      seconds: Math.round((Date.now() - started) / 1000),
    };
  };
  const patch = {
    ...(process.argv.includes('--dictionary')
      ? { dictionary: await measured(async () => ({ command: 'npm run bench:dictionary', rows: await dictionaryRows(realContent) })) }
      : {}),
    ...(process.argv.includes('--static') ? { static: await measured(measureStatic) } : {}),
  };
  const results = render(patch);
  log(`rewrote BENCHMARKS.md from .bench/results.json (run of ${results.startedAt})`);
  console.log(summary(results));
  process.exit(0);
}
if (!existsSync('package.json') || !existsSync('scripts/bench/index.ts'))
  throw new Error('run the bench from the repository root (npm run bench)');
if (process.env.DUIZHAO_EXTRA_DOCUMENTS)
  throw new Error('DUIZHAO_EXTRA_DOCUMENTS is set: the bench sets it for its own bench-only build only; unset it');

const distDir = process.env.NEXT_DIST_DIR ?? '.next';
if (!existsSync(`${distDir}/BUILD_ID`)) {
  console.error(`No production build in ${distDir}: run \`npm run build\` first (NEXT_DIST_DIR is honoured).`);
  process.exit(1);
}
// `STATIC_EXPORT=1 next build` (npm run build:static, the bench's own static section, npm test's
// static suite) writes its build into .next as well: served by `next start`, it is not the app.
if (existsSync(`${distDir}/export-detail.json`)) {
  console.error(`${distDir} holds a static export's build, not the app's: run \`npm run build\` first.`);
  process.exit(1);
}
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const READER_RUNS = Number(process.env.BENCH_READER_RUNS ?? 5);
const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const results: Results = { startedAt: new Date().toISOString(), machine: machine(distDir), sections: {}, checks: [] };
const failures: string[] = [];

// Sections whose figures are timings start on a quiet machine (machine.ts: quiet).
const timed = new Set<SectionName>(['lighthouse', 'reader']);

async function section<T>(name: SectionName, run: () => Promise<T>): Promise<Section<T>> {
  if (skip.has(name)) return { status: 'skipped' };
  if (timed.has(name)) log(`${name}: waited ${await quiet()} s for a quiet machine (load average now ${loadNow()})`);
  const started = Date.now();
  const before = loadNow();
  log(`${name} ...`);
  let outcome: Section<T>;
  try {
    const data = await run();
    outcome = { status: 'ok', data, loadAverage: [before, loadNow()], seconds: Math.round((Date.now() - started) / 1000) };
  } catch (error) {
    log(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    failures.push(name);
    outcome = {
      status: 'error',
      error: error instanceof Error ? error.message : String(error),
      loadAverage: [before, loadNow()],
      seconds: Math.round((Date.now() - started) / 1000),
    };
  }
  log(`${name} done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return outcome;
}

/** A value made once, on first use (a server, a reference measurement), shared by the sections. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | null = null;
  return () => (made ??= make());
}

async function withBrowser<T>(work: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    return await work(browser);
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------
// Builds, servers and the bare page's reference figures

results.sections.bare = await section('bare', () => buildBare(BARE_DIR));
const longDocuments = writeLongDocuments();
results.sections.benchBuild = await section('benchBuild', () =>
  buildBench(
    LONG_DIR,
    longDocuments.map((document) => document.slug),
  ),
);

const started: Running[] = [];
const serve = (start: () => Promise<Running>) =>
  once(async () => {
    const server = await start();
    started.push(server);
    return server;
  });
const app = serve(() => startNext({ distDir }));
const bare = serve(async () => {
  if (results.sections.bare?.status === 'error') throw new Error('the bare app did not build');
  return startNext({ dir: BARE_DIR, readyPath: '/' });
});
const bench = serve(async () => {
  if (results.sections.benchBuild?.status === 'error') throw new Error('the bench-only build failed');
  return startNext({
    distDir: BENCH_DIST_DIR,
    readyPath: documentPath(longDocuments[0]?.slug ?? ''),
    env: { DUIZHAO_EXTRA_DOCUMENTS: LONG_DIR },
  });
});
const barePage: Page = { id: 'bare', name: 'bare Next.js (reference, no aims)', role: 'reference', path: '/' };
/** The bare page, measured in the same Lighthouse rounds as each section's pages (lighthouse.ts). */
const bareReference = async (): Promise<Target | undefined> =>
  bare().then(
    (server) => ({ origin: server.origin, page: barePage }),
    () => undefined,
  );
const bareMissing: LighthouseRow = { kind: 'missing', page: barePage, status: 0, missing: 'the bare app did not start' };
const bareFirstLoad = once(async () => withBrowser(async (browser) => firstLoad(browser, `${(await bare()).origin}/`)));

// The servers run in process groups of their own: stop them however the bench ends.
const stopAll = () => started.splice(0).forEach((server) => server.stop());
process.on('exit', stopAll);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

try {
  results.sections.lighthouse = await section('lighthouse', async () => {
    // The bare page under the same Lighthouse, in the same rounds: what Next.js alone costs (a reference, no aims).
    const { rows, reference } = await lighthouseRows((await app()).origin, await sitePages(realContent), {
      runs: LIGHTHOUSE_RUNS,
      reference: await bareReference(),
    });
    return { version: lighthouseVersion, runs: LIGHTHOUSE_RUNS, rows, reference: reference ? [reference] : [] };
  });

  results.sections.bytes = await section('bytes', async () => {
    const { origin } = await app();
    const floor = await bareFirstLoad();
    const documents = await withBrowser(async (browser) => {
      const rows = [];
      for (const document of await realContent.getDocuments()) {
        const slug = document.meta.slug;
        const first = await firstLoad(browser, `${origin}${documentPath(slug)}`);
        const text = textFloor(document);
        const extras = await extrasOf(origin, documentExtras(slug));
        rows.push({
          slug,
          path: documentPath(slug),
          load: first,
          text,
          jsOverBare: first.js.transferred / floor.js.transferred,
          htmlOverText: first.html.transferred / text.gzipBytes,
          extras,
        });
      }
      return rows;
    });
    return { documents, bare: floor, extras: await extrasOf(origin, siteExtras) };
  });

  results.sections.reader = await section('reader', async () => {
    const { origin } = await bench();
    const bareLoad = await bareFirstLoad();
    const store = contentWith(LONG_DIR);
    const factorOf = new Map(longDocuments.map((document) => [document.slug, document.factor]));
    const documents = (await store.getAllDocuments()).sort((a, b) => (factorOf.get(a.meta.slug) ?? 1) - (factorOf.get(b.meta.slug) ?? 1));
    const pages: Page[] = documents.map((document) => ({
      id: document.meta.slug,
      name: `${factorOf.get(document.meta.slug) ?? 1}× ${document.meta.slug}`,
      role: 'document',
      path: documentPath(document.meta.slug),
      slug: document.meta.slug,
    }));
    const { rows: lighthouse, reference: bareRow } = await lighthouseRows(origin, pages, {
      runs: LIGHTHOUSE_RUNS,
      reference: await bareReference(),
    });
    const rows = await withBrowser(async (browser) => {
      const out: ReaderRow[] = [];
      for (const [index, document] of documents.entries()) {
        const slug = document.meta.slug;
        const url = `${origin}${documentPath(slug)}`;
        log(`reader: ${slug}`);
        const first = await firstLoad(browser, url);
        const settled = await settledLoad(browser, url);
        const taps = [];
        for (let run = 0; run < READER_RUNS; run++) taps.push(await tapRun(browser, url));
        const answered = taps.flatMap((run) => (run.answeredMs === null ? [] : [run]));
        const text = textFloor(document, { repeated: factorOf.has(slug) });
        const row = lighthouse[index];
        if (!row) throw new Error(`no Lighthouse row for ${slug}`);
        out.push({
          slug,
          factor: factorOf.get(slug) ?? 1,
          kind: factorOf.has(slug) ? 'long copy' : 'document',
          path: documentPath(slug),
          text,
          lighthouse: row,
          htmlTransferred: first.html.transferred,
          jsTransferred: first.js.transferred,
          htmlOverText: first.html.transferred / text.floorGzipBytes,
          jsOverBare: first.js.transferred / bareLoad.js.transferred,
          domElements: settled.domElements,
          lcpElement: settled.lcpElement,
          tap: {
            runs: taps,
            medianMs: answered.length === taps.length ? median(answered.map((run) => run.answeredMs ?? 0)) : null,
            medianLongTaskMs: median(answered.map((run) => run.longTaskMs)),
          },
          extras: await extrasOf(origin, documentExtras(slug)),
        });
      }
      return out;
    });
    return {
      build: { distDir: BENCH_DIST_DIR, builtAt: benchBuiltAt() },
      cpuSlowdown: CPU_SLOWDOWN,
      tapRuns: READER_RUNS,
      tapIntervalMs: TAP_INTERVAL_MS,
      viewport: VIEWPORT,
      bare: { lighthouse: bareRow ?? bareMissing, jsTransferred: bareLoad.js.transferred },
      rows,
    };
  });

  results.sections.load = await section('load', async () => {
    const { origin } = await app();
    const targets = [...(await realContent.getDocuments()).map((document) => documentPath(document.meta.slug)), '/search-index.json'];
    const rows = [];
    for (const path of targets) rows.push(await load({ server: 'app', origin, path }));
    return { seconds: LOAD_SECONDS, connections: LOAD_CONNECTIONS, rows };
  });
} finally {
  stopAll();
}

results.sections.search = await section('search', async () => ({
  command: 'npm run bench:search',
  output: await searchBench({ store: realContent, distDirs: [distDir] }),
}));

results.sections.dictionary = await section('dictionary', async () => ({
  command: 'npm run bench:dictionary',
  rows: await dictionaryRows(realContent),
}));

// Last: building out/ renders the documents' HTML again (.generated/) without the long copies.
results.sections.static = await section('static', measureStatic);

results.finishedAt = new Date().toISOString();
results.machine.loadAverageAtEnd = os.loadavg().map((value) => round(value));
results.checks = checksOf(results);
writeReport(results);
const misses = results.checks.filter((check) => !check.met);
log(
  `wrote BENCHMARKS.md and .bench/results.json; ${misses.length} of ${results.checks.length} checks missed${failures.length ? `; sections that failed: ${failures.join(', ')}` : ''}`,
);
console.log(summary(results));
process.exit(failures.length ? 1 : 0);
