// npm run bench:search — our FlexSearch index against Pagefind, side by side, on the real content.
//
// Runs with `tsx --conditions=react-server` (package.json): the content store is `server-only`,
// and that condition resolves the marker package to its empty server build.
//
// 1. Builds the search payload from the content store, exactly as app/search-index.json does.
// 2. Builds a Pagefind index (Node API) over the same built HTML: the prerendered document page
//    from the Next output (NEXT_DIST_DIR, else .next, else .next-search), cut into one record per
//    segment and language so both engines answer at the same grain (a segment), and Pagefind gets
//    its own Chinese segmentation (zh) and English stemming (en).
// 3. Runs ≥ 40 queries in headless Chromium against both engines, served from a loopback server:
//    recall and precision against brute-force ground truth (substrings for Chinese, whole words
//    for English), median and p95 latency, and the bytes each engine ships.
// Prints figures only; no assertions.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import * as pagefind from 'pagefind';
import { content } from '../lib/content/load';
import { corpusOf, payloadOf } from '../lib/search/corpus';
import { loadSearch } from '../lib/search/query';

// ---------------------------------------------------------------------------
// Queries and ground truth

/** One condition a relevant segment meets; a query's truth is the AND of its parts. */
type Part =
  | { zh: string } // the Chinese text contains this (Simplified) substring
  | { en: readonly string[] } // the English text contains one of these forms as a whole word
  | { text: string }; // either language contains this, case-insensitively

type Kind = 'zh' | 'en' | 'pinyin' | 'traditional' | 'mixed' | 'none';
type BenchQuery = { q: string; kind: Kind; truth: readonly Part[] };

const zh = (q: string): BenchQuery => ({ q, kind: 'zh', truth: [{ zh: q }] });
const none = (q: string): BenchQuery => ({ q, kind: 'none', truth: [] });

const QUERIES: readonly BenchQuery[] = [
  // Chinese substrings, inside and across words.
  zh('数字经'),
  zh('数字经济'),
  zh('灯塔工厂'),
  zh('基站'),
  zh('互联网'),
  zh('人工智能'),
  zh('标杆城市'),
  zh('京津冀'),
  zh('一网通办'),
  zh('自动驾驶'),
  zh('工业互联网'),
  zh('区块链'),
  zh('消费'),
  zh('新发展格局'),
  zh('芯片'),
  zh('网'),
  // English: whole words, any inflection of the query word counts as relevant.
  { q: 'factories', kind: 'en', truth: [{ en: ['factory', 'factories'] }] },
  { q: 'factory', kind: 'en', truth: [{ en: ['factory', 'factories'] }] },
  { q: 'digital economy', kind: 'en', truth: [{ en: ['digital'] }, { en: ['economy', 'economies'] }] },
  { q: 'lighthouse', kind: 'en', truth: [{ en: ['lighthouse', 'lighthouses'] }] },
  { q: 'base stations', kind: 'en', truth: [{ en: ['base', 'bases'] }, { en: ['station', 'stations'] }] },
  { q: 'autonomous driving', kind: 'en', truth: [{ en: ['autonomous'] }, { en: ['driving', 'drive', 'drives', 'driven'] }] },
  { q: 'enterprises', kind: 'en', truth: [{ en: ['enterprise', 'enterprises'] }] },
  { q: 'developed', kind: 'en', truth: [{ en: ['develop', 'develops', 'developed', 'developing'] }] },
  { q: 'infrastructure', kind: 'en', truth: [{ en: ['infrastructure', 'infrastructures'] }] },
  { q: 'artificial intelligence', kind: 'en', truth: [{ en: ['artificial'] }, { en: ['intelligence'] }] },
  { q: 'blockchain', kind: 'en', truth: [{ en: ['blockchain', 'blockchains'] }] },
  { q: 'consumption', kind: 'en', truth: [{ en: ['consumption'] }] },
  { q: 'Xiaomi', kind: 'en', truth: [{ en: ['Xiaomi'] }] },
  { q: "Beijing's", kind: 'en', truth: [{ en: ['Beijing'] }] },
  // Pinyin (toneless, spaced, toned): relevant = segments holding the Chinese it spells.
  { q: 'yiwangtongban', kind: 'pinyin', truth: [{ zh: '一网通办' }] },
  { q: 'yi wang tong ban', kind: 'pinyin', truth: [{ zh: '一网通办' }] },
  { q: 'yīwǎngtōngbàn', kind: 'pinyin', truth: [{ zh: '一网通办' }] },
  { q: 'dengtagongchang', kind: 'pinyin', truth: [{ zh: '灯塔工厂' }] },
  { q: 'jingjinji', kind: 'pinyin', truth: [{ zh: '京津冀' }] },
  { q: 'shuzijingji', kind: 'pinyin', truth: [{ zh: '数字经济' }] },
  { q: 'wangfujing', kind: 'pinyin', truth: [{ zh: '王府井' }] },
  { q: 'gongye hulianwang', kind: 'pinyin', truth: [{ zh: '工业互联网' }] },
  { q: 'xinchuang', kind: 'pinyin', truth: [{ zh: '信创' }] },
  { q: 'heidenggongchang', kind: 'pinyin', truth: [{ zh: '黑灯工厂' }] },
  // Traditional characters: relevant = segments holding the Simplified form.
  { q: '一網通辦', kind: 'traditional', truth: [{ zh: '一网通办' }] },
  { q: '數字經濟', kind: 'traditional', truth: [{ zh: '数字经济' }] },
  { q: '燈塔工廠', kind: 'traditional', truth: [{ zh: '灯塔工厂' }] },
  { q: '互聯網', kind: 'traditional', truth: [{ zh: '互联网' }] },
  { q: '自動駕駛', kind: 'traditional', truth: [{ zh: '自动驾驶' }] },
  { q: '區塊鏈', kind: 'traditional', truth: [{ zh: '区块链' }] },
  // Mixed scripts; space-separated parts may sit in either language of the pair.
  { q: '5G 基站', kind: 'mixed', truth: [{ text: '5G' }, { zh: '基站' }] },
  { q: '5G基站', kind: 'mixed', truth: [{ zh: '5G基站' }] },
  { q: '互联网3.0', kind: 'mixed', truth: [{ zh: '互联网3.0' }] },
  { q: '2023 北京', kind: 'mixed', truth: [{ text: '2023' }, { zh: '北京' }] },
  { q: '129.6 万', kind: 'mixed', truth: [{ text: '129.6' }, { zh: '万' }] },
  { q: '数字经济 digital', kind: 'mixed', truth: [{ zh: '数字经济' }, { en: ['digital'] }] },
  // No hit, including hostile input.
  none('量子计算机'),
  none('quantum'),
  none('火星'),
  none('zxqvw'),
  none('.*('),
  none('<script>alert(1)</script>'),
];

type Segment = { id: string; zh: string; en: string };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function holds(segment: Segment, part: Part): boolean {
  if ('zh' in part) return segment.zh.includes(part.zh);
  if ('en' in part) {
    return part.en.some((form) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'iu').test(segment.en));
  }
  return `${segment.zh}\n${segment.en}`.toLowerCase().includes(part.text.toLowerCase());
}

function groundTruth(segments: readonly Segment[], query: BenchQuery): Set<string> {
  if (query.truth.length === 0) return new Set();
  return new Set(segments.filter((segment) => query.truth.every((part) => holds(segment, part))).map((s) => s.id));
}

// ---------------------------------------------------------------------------
// Figures

type Score = { tp: number; fp: number; fn: number; precision: number; recall: number };

function score(found: readonly string[], truth: ReadonlySet<string>): Score {
  const got = new Set(found);
  let tp = 0;
  for (const id of got) if (truth.has(id)) tp += 1;
  const fp = got.size - tp;
  const fn = truth.size - tp;
  // Nothing returned has no false positive (precision 1); nothing relevant is nothing missed (recall 1).
  return { tp, fp, fn, precision: got.size === 0 ? 1 : tp / got.size, recall: truth.size === 0 ? 1 : tp / truth.size };
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(value < 1 ? 3 : 1)} ms` : 'n/a');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

/** Terminal columns: CJK and full-width characters take two. */
function width(text: string): number {
  let n = 0;
  for (const ch of text)
    n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return n;
}

function table(rows: ReadonlyArray<readonly string[]>): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => width(row[c]))));
  return rows
    .map((row) =>
      row
        .map((cell, c) => cell + ' '.repeat(widths[c] - width(cell)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

// ---------------------------------------------------------------------------
// Built HTML → one Pagefind record per segment and language

/** The element starting at `start` (a `<div …>`), through its matching `</div>`. */
function divAt(html: string, start: number): string {
  const tag = /<div\b|<\/div>/g;
  tag.lastIndex = start;
  let depth = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    depth += m[0] === '</div>' ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  return html.slice(start);
}

type HtmlRecord = { id: string; lang: 'zh' | 'en'; html: string };

function segmentRecords(page: string): HtmlRecord[] {
  const records: HtmlRecord[] = [];
  for (const m of page.matchAll(/<div id="([^"]+)" data-segment="\1"/g)) {
    const segment = divAt(page, m.index ?? 0);
    for (const lang of ['zh', 'en'] as const) {
      const at = segment.search(new RegExp(`<div class="block block-${lang}"`));
      if (at !== -1) records.push({ id: m[1], lang, html: divAt(segment, at) });
    }
  }
  return records;
}

function findBuiltPages(slugs: readonly string[]): { dir: string; pages: Map<string, string> } | null {
  const dirs = [process.env.NEXT_DIST_DIR, '.next', '.next-search'].filter((d): d is string => Boolean(d));
  for (const dir of dirs) {
    const pages = new Map<string, string>();
    for (const slug of slugs) {
      const file = path.join(dir, 'server', 'app', 'en', 'documents', `${slug}.html`);
      if (existsSync(file)) pages.set(slug, readFileSync(file, 'utf8'));
    }
    if (pages.size === slugs.length) return { dir, pages };
  }
  return null;
}

// ---------------------------------------------------------------------------
// The browser side: both engines on one page, timed with performance.now().

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

function pagefindVersion(): string {
  try {
    const meta: unknown = JSON.parse(readFileSync(path.join('node_modules', 'pagefind', 'package.json'), 'utf8'));
    return typeof meta === 'object' && meta !== null && 'version' in meta ? String(meta.version) : '?';
  } catch {
    return '?';
  }
}

async function main() {
  const started = performance.now();
  const [documents, glossary] = await Promise.all([content.getDocuments(), content.getGlossary()]);
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
  const engineJs = engine.outputFiles[0].contents;

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
  const built = findBuiltPages(documents.map((d) => d.meta.slug));
  const files = new Map<string, Uint8Array>();
  let pagefindBuildMs = Number.NaN;
  let recordCount = 0;
  if (built) {
    const p0 = performance.now();
    for (const lang of ['zh', 'en'] as const) {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
      if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
      for (const page of built.pages.values()) {
        for (const record of segmentRecords(page).filter((r) => r.lang === lang)) {
          // The reveal buttons' labels are interface text, not content: neither engine indexes them.
          const body = record.html.replace(/<button\b[\s\S]*?<\/button>/g, '');
          const added = await index.addHTMLFile({
            url: `/${record.id}/`,
            content: `<!doctype html><html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><title>${record.id}</title></head><body>${body}</body></html>`,
          });
          if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
          recordCount += 1;
        }
      }
      const out = await index.getFiles();
      for (const file of out.files) files.set(`/pf-${lang}/${file.path}`, file.content);
    }
    pagefindBuildMs = performance.now() - p0;
    await pagefind.close();
  }
  // Search UI assets Pagefind also writes are not needed to search: leave them out of its bytes.
  const uiAsset = /pagefind-(?:ui|modular-ui|component-ui|highlight)|playground/;
  const pfFiles = [...files].filter(([name]) => !uiAsset.test(name));
  const pfIndexFiles = pfFiles.filter(([name]) => !/\.js$|wasm\./.test(name));
  const pfEngineFiles = pfFiles.filter(([name]) => /\.js$|wasm\./.test(name));
  const sum = (list: Array<[string, Uint8Array]>, gz: boolean) =>
    list.reduce((n, [, bytes]) => n + (gz ? gzipSync(bytes).length : bytes.length), 0);

  // Loopback server for the browser run.
  const routes = new Map<string, { type: string; body: Uint8Array | string }>([
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
  for (const [name, bytes] of files) {
    const type = name.endsWith('.js') ? 'text/javascript' : name.endsWith('.json') ? 'application/json' : 'application/octet-stream';
    routes.set(name, { type, body: bytes });
  }
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const route = routes.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    // Cross-origin isolated, so performance.now() has 5 µs resolution instead of 100 µs.
    res
      .writeHead(200, {
        'content-type': route.type,
        'cache-control': 'max-age=3600',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      })
      .end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  let run: BrowserRun;
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    const args = { queries: QUERIES.map((q) => q.q), runs: RUNS, shown: SHOWN, withPagefind: built !== null };
    const result: unknown = await page.evaluate(`(${BROWSER_BENCH})(${JSON.stringify(args)})`);
    if (!isBrowserRun(result)) throw new Error('browser run: unexpected result');
    run = result;
  } finally {
    await browser.close();
    server.close();
  }

  // ---------------------------------------------------------------------------
  // Report

  const truths = QUERIES.map((query) => groundTruth(segments, query));
  const scores = (run: EngineRun) => QUERIES.map((_, i) => score(run.ids[i], truths[i]));
  const oursScores = scores(run.ours);
  const pfScores = run.pagefind ? scores(run.pagefind) : null;

  const lines: string[] = [];
  lines.push(
    `Search benchmark: ${segments.length} segments in ${documents.length} document(s), ${corpus.glossary.length} glossary terms, ${QUERIES.length} queries.`,
  );
  lines.push(
    built
      ? `Pagefind ${pagefindVersion()} indexed ${recordCount} records (one per segment and language) cut from ${built.dir}/server/app/en/documents/*.html.`
      : 'Pagefind skipped: no prerendered document HTML found (run `npm run build` first, or set NEXT_DIST_DIR).',
  );
  lines.push('Latency: headless Chromium, warm (after one cold query), per query × runs; ours = search() as the dialog calls it;');
  lines.push(`Pagefind = search() in the zh and en indexes + data() of the first ${SHOWN} hits each.`);
  lines.push('');

  const perQuery: string[][] = [['query', 'kind', 'relevant', 'ours P', 'ours R', 'pagefind P', 'pagefind R']];
  QUERIES.forEach((query, i) => {
    const o = oursScores[i];
    const p = pfScores?.[i];
    perQuery.push([
      JSON.stringify(query.q).slice(0, 40),
      query.kind,
      String(truths[i].size),
      pct(o.precision),
      pct(o.recall),
      p ? pct(p.precision) : '-',
      p ? pct(p.recall) : '-',
    ]);
  });
  lines.push(table(perQuery));
  lines.push('');

  const summarize = (list: readonly Score[], kinds: readonly Kind[] | null) => {
    const picked = list.filter((_, i) => !kinds || kinds.includes(QUERIES[i].kind));
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
    [
      'index bytes, raw',
      `${indexRaw} B (${kb(indexRaw)})`,
      built ? `${sum(pfIndexFiles, false)} B (${kb(sum(pfIndexFiles, false))})` : '-',
    ],
    ['index bytes, gzip', `${indexGz} B (${kb(indexGz)})`, built ? `${sum(pfIndexFiles, true)} B (${kb(sum(pfIndexFiles, true))})` : '-'],
    [
      'engine code, raw',
      `${engineJs.length} B (${kb(engineJs.length)})`,
      built ? `${sum(pfEngineFiles, false)} B (${kb(sum(pfEngineFiles, false))})` : '-',
    ],
    [
      'engine code, gzip',
      `${engineGz} B (${kb(engineGz)})`,
      built ? `${sum(pfEngineFiles, true)} B (${kb(sum(pfEngineFiles, true))})` : '-',
    ],
    ['index build time', ms(buildMs), ms(pagefindBuildMs)],
    ['Node: load / median / p95', `${ms(nodeLoadMs)} / ${ms(percentile(nodeTimes, 50))} / ${ms(percentile(nodeTimes, 95))}`, '-'],
  ];
  lines.push(table(figures));
  lines.push('');
  lines.push('Index bytes: ours = search-index.json (payload with the texts shown in results); Pagefind = entry, meta, index');
  lines.push('chunks and fragments of both language bundles (already compressed by Pagefind; gzip adds little). Engine code:');
  lines.push('ours = the query engine + FlexSearch bundle; Pagefind = pagefind.js + its WebAssembly (UI assets left out).');
  lines.push(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
