// The search benchmark: our FlexSearch index against Pagefind, side by side, on the real content.
//
//   npm run bench:search     prints the figures (also run by `npm run bench`, output kept in BENCHMARKS.md)
//
// 1. Builds the search payload from the content store, as app/search-index.json and its shards do.
// 2. Builds a Pagefind index (search-pagefind.ts) over the same built HTML: the prerendered document
//    pages from the Next output (the bench's build folder, else NEXT_DIST_DIR, .next, .next-search).
// 3. Runs ≥ 40 queries in headless Chromium against both engines, served from a loopback server:
//    recall and precision against brute-force ground truth (substrings for Chinese, whole words
//    for English), median and p95 latency, and the bytes each engine ships.
// Figures only; no assertions. Needs `tsx --conditions=react-server` (the content store).
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { corpusOf, payloadOf } from '../../lib/search/corpus';
import { loadSearch } from '../../lib/search/query';
import { realContent, type ContentStore } from './content';
import { packageVersion } from './machine';
import { findBuiltPages, pagefindBytes, pagefindIndex } from './search-pagefind';
import { kib as kb, terminalTable as table } from './format';
import { indexLayouts } from './search-layouts';
import { groundTruth, mean, ms, pct, percentile, QUERIES, score, type Kind, type Score, type Segment } from './search-queries';
import { chromePath, startStatic, type StaticFile } from './serve';

type EngineRun = { ids: string[][]; times: number[]; coldMs: number };
type BrowserRun = { ours: EngineRun; pagefind: EngineRun | null };

// What the search dialog does: one search() call (highlights for up to 100 hits).
// Pagefind: search() in both language indexes plus data() of the first 20 hits of each (what a list shows).
const SHOWN = 20;
const RUNS = 15;

/*
 * Runs in the page. A plain string, not a function handed to page.evaluate: tsx's transform
 * may wrap inner functions in helpers that do not exist in the browser.
 */
const BROWSER_BENCH = String.raw`async ({ queries, runs, shown, withPagefind }) => {
  const loadScript = (src) =>
    new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(src));
      document.head.append(script);
    });

  // Ours: code and index fetched and imported, then one query: the reader's first wait.
  const c0 = performance.now();
  await loadScript('/engine.js');
  const searcher = globalThis.__loadSearch(await (await fetch('/search-index.json')).json());
  searcher.search(queries[0]);
  const ours = { ids: [], times: [], coldMs: performance.now() - c0 };
  for (const q of queries) {
    ours.ids.push(searcher.search(q, { limit: Infinity }).results.map((h) => h.id));
    for (let i = 0; i < runs; i += 1) {
      const s = performance.now();
      searcher.search(q);
      ours.times.push(performance.now() - s);
    }
  }
  if (!withPagefind) return { ours, pagefind: null };

  const p0 = performance.now();
  const engines = [];
  for (const lang of ['zh', 'en']) {
    const pf = await import('/pf-' + lang + '/pagefind.js');
    await pf.options({ basePath: '/pf-' + lang + '/' });
    await pf.init();
    engines.push(pf);
  }
  const both = async (q, limit) => {
    const lists = await Promise.all(engines.map((pf) => pf.search(q)));
    const data = await Promise.all(lists.flatMap((list) => ((list && list.results) || []).slice(0, limit).map((r) => r.data())));
    return [...new Set(data.map((d) => d.url.replace(/^\/|\/$/g, '')))];
  };
  await both(queries[0], shown);
  const pagefind = { ids: [], times: [], coldMs: performance.now() - p0 };
  for (const q of queries) {
    pagefind.ids.push(await both(q, Infinity));
    for (let i = 0; i < runs; i += 1) {
      const s = performance.now();
      await both(q, shown);
      pagefind.times.push(performance.now() - s);
    }
  }
  return { ours, pagefind };
}`;

function isEngineRun(value: unknown): value is EngineRun {
  if (typeof value !== 'object' || value === null) return false;
  const v: Record<string, unknown> = { ...value };
  return Array.isArray(v.ids) && Array.isArray(v.times) && typeof v.coldMs === 'number';
}

function isBrowserRun(value: unknown): value is BrowserRun {
  if (typeof value !== 'object' || value === null) return false;
  const v: Record<string, unknown> = { ...value };
  return isEngineRun(v.ours) && (v.pagefind === null || isEngineRun(v.pagefind));
}

/** Runs the search benchmark; resolves to its figures as printed text. */
export async function searchBench({
  store = realContent,
  distDirs = [],
}: { store?: ContentStore; distDirs?: readonly string[] } = {}): Promise<string> {
  const started = performance.now();
  const [documents, glossary] = await Promise.all([store.getDocuments(), store.getGlossary()]);
  const corpus = corpusOf(documents, glossary.entries);
  const segments: Segment[] = corpus.segments.map((s) => ({ id: s.id, zh: s.zh.join(''), en: s.en.join(' ') }));

  const t0 = performance.now();
  const payload = payloadOf(documents, glossary.entries);
  const buildMs = performance.now() - t0;
  const json = JSON.stringify(payload);
  const indexRaw = Buffer.byteLength(json);
  const indexGz = gzipSync(json).length;

  // The same code the browser loads on intent (query engine + FlexSearch), minified.
  const engine = await build({
    stdin: {
      contents: "import { loadSearch } from './lib/search/query'; globalThis.__loadSearch = loadSearch;",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
  });
  const engineJs = engine.outputFiles[0]?.contents;
  if (!engineJs) throw new Error('esbuild wrote no engine bundle');

  // Node figures for our engine (no browser): load and query latency.
  const n0 = performance.now();
  const nodeSearcher = loadSearch(JSON.parse(json));
  const nodeLoadMs = performance.now() - n0;
  const nodeTimes: number[] = [];
  for (const { q } of QUERIES) {
    nodeSearcher.search(q);
    for (let i = 0; i < RUNS; i += 1) {
      const s = performance.now();
      nodeSearcher.search(q);
      nodeTimes.push(performance.now() - s);
    }
  }

  // Pagefind over the built HTML.
  const dirs = [...distDirs, process.env.NEXT_DIST_DIR, '.next', '.next-search'].filter((d): d is string => Boolean(d));
  const built = findBuiltPages(
    documents.map((d) => d.meta.slug),
    [...new Set(dirs)],
  );
  const pf = built ? await pagefindIndex(built) : null;
  const pfBytes = pf ? pagefindBytes(pf.files) : null;

  // Loopback server for the browser run, cross-origin isolated so that performance.now() has
  // 5 µs resolution instead of 100 µs.
  const files = new Map<string, StaticFile>([
    [
      '/',
      {
        type: 'text/html; charset=utf-8',
        body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>',
      },
    ],
    ['/engine.js', { type: 'text/javascript', body: engineJs }],
    ['/search-index.json', { type: 'application/json', body: json }],
  ]);
  for (const [name, bytes] of pf?.files ?? []) {
    const type = name.endsWith('.js') ? 'text/javascript' : name.endsWith('.json') ? 'application/json' : 'application/octet-stream';
    files.set(name, { type, body: bytes });
  }
  const server = await startStatic({
    files,
    headers: {
      'cache-control': 'max-age=3600',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    },
  });
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--disable-gpu'] });
  let run: BrowserRun;
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/`);
    const args = { queries: QUERIES.map((q) => q.q), runs: RUNS, shown: SHOWN, withPagefind: pf !== null };
    const result: unknown = await page.evaluate(`(${BROWSER_BENCH})(${JSON.stringify(args)})`);
    if (!isBrowserRun(result)) throw new Error('browser run: unexpected result');
    run = result;
  } finally {
    await browser.close();
    server.stop();
  }

  const truths = QUERIES.map((query) => groundTruth(segments, query));
  const scores = (run: EngineRun) => QUERIES.map((_, i) => score(run.ids[i] ?? [], truths[i] ?? new Set()));
  const oursScores = scores(run.ours);
  const pfScores = run.pagefind ? scores(run.pagefind) : null;

  const lines: string[] = [];
  lines.push(
    `Search benchmark: ${segments.length} segments in ${documents.length} document(s), ${corpus.glossary.length} glossary terms, ${QUERIES.length} queries.`,
  );
  lines.push(
    built && pf
      ? `Pagefind ${packageVersion('pagefind')} indexed ${pf?.recordCount ?? 0} records (one per segment and language) cut from ${built.dir}/server/app/en/documents/*.html.`
      : 'Pagefind skipped: no prerendered document HTML found (run `npm run build` first, or set NEXT_DIST_DIR).',
  );
  lines.push('Latency: headless Chromium, warm (after one cold query), per query × runs; ours = search() as the dialog calls it;');
  lines.push(`Pagefind = search() in the zh and en indexes + data() of the first ${SHOWN} hits each.`);
  lines.push('');

  const perQuery: string[][] = [['query', 'kind', 'relevant', 'ours P', 'ours R', 'pagefind P', 'pagefind R']];
  QUERIES.forEach((query, i) => {
    const o = oursScores[i];
    const p = pfScores?.[i];
    if (!o) return;
    perQuery.push([
      JSON.stringify(query.q).slice(0, 40),
      query.kind,
      String(truths[i]?.size ?? 0),
      pct(o.precision),
      pct(o.recall),
      p ? pct(p.precision) : '-',
      p ? pct(p.recall) : '-',
    ]);
  });
  lines.push(table(perQuery));
  lines.push('');

  const summarize = (list: readonly Score[], kinds: readonly Kind[] | null) => {
    const picked = list.filter((_, i) => !kinds || kinds.includes(QUERIES[i]?.kind ?? 'none'));
    const tp = picked.reduce((n, s) => n + s.tp, 0);
    const fp = picked.reduce((n, s) => n + s.fp, 0);
    const fn = picked.reduce((n, s) => n + s.fn, 0);
    return {
      macroP: mean(picked.map((s) => s.precision)),
      macroR: mean(picked.map((s) => s.recall)),
      microP: tp + fp === 0 ? 1 : tp / (tp + fp),
      microR: tp + fn === 0 ? 1 : tp / (tp + fn),
    };
  };
  const byKind: string[][] = [
    ['queries', 'n', 'ours P (macro/micro)', 'ours R (macro/micro)', 'pagefind P (macro/micro)', 'pagefind R (macro/micro)'],
  ];
  const groups: Array<[string, Kind[] | null]> = [
    ['all', null],
    ['Chinese substrings', ['zh']],
    ['English', ['en']],
    ['pinyin', ['pinyin']],
    ['Traditional', ['traditional']],
    ['mixed', ['mixed']],
    ['no-hit', ['none']],
  ];
  for (const [name, kinds] of groups) {
    const n = QUERIES.filter((q) => !kinds || kinds.includes(q.kind)).length;
    const o = summarize(oursScores, kinds);
    const p = pfScores ? summarize(pfScores, kinds) : null;
    byKind.push([
      name,
      String(n),
      `${pct(o.macroP)} / ${pct(o.microP)}`,
      `${pct(o.macroR)} / ${pct(o.microR)}`,
      p ? `${pct(p.macroP)} / ${pct(p.microP)}` : '-',
      p ? `${pct(p.macroR)} / ${pct(p.microR)}` : '-',
    ]);
  }
  lines.push(table(byKind));
  lines.push('');

  const engineGz = gzipSync(engineJs).length;
  const figures: string[][] = [
    ['', 'ours (FlexSearch)', 'Pagefind'],
    ['query latency, median', ms(percentile(run.ours.times, 50)), run.pagefind ? ms(percentile(run.pagefind.times, 50)) : '-'],
    ['query latency, p95', ms(percentile(run.ours.times, 95)), run.pagefind ? ms(percentile(run.pagefind.times, 95)) : '-'],
    ['first query, cold (load + search)', ms(run.ours.coldMs), run.pagefind ? ms(run.pagefind.coldMs) : '-'],
    ['index bytes, raw', `${indexRaw} B (${kb(indexRaw)})`, pfBytes ? `${pfBytes.indexRaw} B (${kb(pfBytes.indexRaw)})` : '-'],
    ['index bytes, gzip', `${indexGz} B (${kb(indexGz)})`, pfBytes ? `${pfBytes.indexGzip} B (${kb(pfBytes.indexGzip)})` : '-'],
    [
      'engine code, raw',
      `${engineJs.length} B (${kb(engineJs.length)})`,
      pfBytes ? `${pfBytes.engineRaw} B (${kb(pfBytes.engineRaw)})` : '-',
    ],
    ['engine code, gzip', `${engineGz} B (${kb(engineGz)})`, pfBytes ? `${pfBytes.engineGzip} B (${kb(pfBytes.engineGzip)})` : '-'],
    ['index build time', ms(buildMs), ms(pf?.buildMs ?? Number.NaN)],
    ['Node: load / median / p95', `${ms(nodeLoadMs)} / ${ms(percentile(nodeTimes, 50))} / ${ms(percentile(nodeTimes, 95))}`, '-'],
  ];
  lines.push(table(figures));
  lines.push('');
  lines.push(...indexLayouts(documents, glossary.entries));
  lines.push(
    'Index bytes: ours = the search payload (the texts shown in results; served as a core and one shard per document, see above); Pagefind = entry, meta, index',
  );
  lines.push('chunks and fragments of both language bundles (already compressed by Pagefind; gzip adds little). Engine code:');
  lines.push('ours = the query engine + FlexSearch bundle; Pagefind = pagefind.js + its WebAssembly (UI assets left out).');
  lines.push(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  searchBench()
    .then((output) => console.log(output))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
