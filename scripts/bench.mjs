// npm run bench — every benchmark, figures written to BENCHMARKS.md (and .bench/results.json).
//
// Needs a production build of the app first (`npm run build`; NEXT_DIST_DIR is honoured). Then:
//  1. builds the bare Next.js reference app (scripts/bare-next) with this repo's `next`;
//  2. Lighthouse 12.2.3, mobile, on the library, document, glossary, term, search and passage pages
//     (median of three runs each), and on the bare page as a reference;
//  3. bytes on first load of the document page in Chromium (HTML and JavaScript as transferred,
//     gzipped by `next start`) beside the bare page and the document's text alone;
//  4. `npm run bench:search`, when the script exists, its output included as printed;
//  5. autocannon against `next start` on loopback: the document page and /search-index.json.
// Every aim is checked against the figures of this run; misses are listed with a notes block that
// is kept across runs for the reasons and next steps. Measures whatever is built: no figure here
// is hard-coded. A section that cannot run is reported as such and makes the exit code 1.
//
// Knobs (for trying the script, not for published figures): BENCH_LOAD_SECONDS (default 20),
// BENCH_LIGHTHOUSE_RUNS (default 3, the median run reported), BENCH_SKIP=lighthouse,bytes,search,load.
// `node scripts/bench.mjs --render` rewrites BENCHMARKS.md from the last run's figures.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import autocannon from 'autocannon';
import { benchPages, lighthouseRows, lighthouseVersion } from './bench-lighthouse.mjs';
import { chromePath, startServer } from './serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const DOCUMENT_SLUG = 'beijing-digital-economy-2023';
const DOCUMENT_PATH = `/en/documents/${DOCUMENT_SLUG}`;
const BARE_DIR = 'scripts/bare-next';
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
const LOAD_CONNECTIONS = 50;
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));

/** The aims every run is checked against. */
const AIMS = {
  // Lighthouse (mobile): the four categories, and Core Web Vitals' "good" thresholds.
  performance: 90,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
  lcpMs: 2500,
  tbtMs: 200,
  cls: 0.1,
  // Bytes: JavaScript within 1.25x the bare Next.js page, HTML within 3x the document's text.
  jsOverBare: 1.25,
  htmlOverText: 3,
  // Load: no errors, timeouts or non-2xx answers.
  loadErrors: 0,
};

/** Lighthouse audits that fail on purpose, per page role: not misses. */
const INTENDED_AUDITS = {
  // /search is `noindex` (result lists are not pages worth indexing), so SEO's is-crawlable fails.
  search: { 'is-crawlable': 'the search page is noindex by design' },
};

const log = (message) => console.error(`[bench] ${message}`);
const results = { startedAt: new Date().toISOString(), machine: machine(), sections: {} };
const failures = [];

async function section(name, run) {
  if (skip.has(name)) {
    results.sections[name] = { skipped: true };
    return;
  }
  const started = Date.now();
  const loadBefore = os.loadavg()[0];
  log(`${name} ...`);
  try {
    results.sections[name] = await run();
  } catch (error) {
    log(`${name} failed: ${error.stack ?? error}`);
    results.sections[name] = { error: String(error.message ?? error) };
    failures.push(name);
  }
  // The machine's 1-minute load average before and after: on a shared machine, the noise gauge.
  results.sections[name].loadAverage = [loadBefore, os.loadavg()[0]].map((value) => Number(value.toFixed(2)));
  log(`${name} done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

// ---------------------------------------------------------------------------
// Machine and build

function machine() {
  const cpus = os.cpus();
  const tryRun = (command, args) => {
    try {
      return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return null;
    }
  };
  const distDir = process.env.NEXT_DIST_DIR ?? '.next';
  const buildId = existsSync(`${distDir}/BUILD_ID`) ? readFileSync(`${distDir}/BUILD_ID`, 'utf8').trim() : null;
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: os.loadavg().map((value) => Number(value.toFixed(2))),
    next: JSON.parse(readFileSync('node_modules/next/package.json', 'utf8')).version,
    chromium: tryRun(process.env.CHROME_PATH ?? chromePath ?? 'chromium', ['--version']),
    commit: tryRun('git', ['rev-parse', '--short', 'HEAD']),
    dirty: Boolean(tryRun('git', ['status', '--porcelain', '--untracked-files=no'])),
    distDir,
    buildId,
    builtAt: buildId ? statSync(`${distDir}/BUILD_ID`).mtime.toISOString() : null,
  };
}

function run(command, args, { env = process.env, timeoutMs = 15 * 60_000 } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Gone.
      }
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), signal, stdout, stderr });
    });
  });
}

/** `next start` for the bare app, on a free loopback port. */
function startBare() {
  return startServer({ dir: BARE_DIR, readyPath: '/' });
}

// ---------------------------------------------------------------------------
// Bytes

/** Every response of a first load in a fresh Chromium context, by resource type, as transferred. */
async function firstLoad(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const finished = [];
  page.on('requestfinished', (request) => finished.push(request));
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  if (!response || response.status() !== 200) throw new Error(`${url} answered ${response?.status()}`);
  await page.waitForTimeout(500);
  const entries = [];
  let htmlParts = null;
  for (const request of finished) {
    const answer = await request.response();
    if (!answer) continue;
    const sizes = await request.sizes();
    let decoded = null;
    try {
      const body = await answer.body();
      decoded = body.length;
      if (request.resourceType() === 'document' && !htmlParts) htmlParts = partsOf(body.toString('utf8'));
    } catch {
      // Redirects and some aborted bodies have none.
    }
    entries.push({
      url: request.url().replace(new URL(url).origin, ''),
      type: request.resourceType(),
      status: answer.status(),
      encoding: (await answer.allHeaders())['content-encoding'] ?? 'identity',
      transferred: sizes.responseBodySize,
      decoded,
    });
  }
  await context.close();
  const sum = (type) => {
    const of = entries.filter((entry) => entry.type === type);
    return {
      count: of.length,
      transferred: of.reduce((total, entry) => total + entry.transferred, 0),
      decoded: of.reduce((total, entry) => total + (entry.decoded ?? 0), 0),
      encodings: [...new Set(of.map((entry) => entry.encoding))],
    };
  };
  return { url, html: sum('document'), htmlParts, js: sum('script'), css: sum('stylesheet'), font: sum('font'), entries };
}

/** Where an HTML page's bytes go: its markup, and the inline scripts (Next's RSC payload above all), each gzipped alone. */
function partsOf(html) {
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  const flight = inline.filter((script) => script.startsWith('self.__next_f')).join('');
  const markup = html.replace(/(<script(?![^>]*\ssrc=)[^>]*>)[\s\S]*?(<\/script>)/g, '$1$2');
  const gzip = (text) => gzipSync(text).length;
  // The payload's rows (`id:json`, one per line), decoded from the push([1, "…"]) calls: the
  // biggest show what it carries (the server tree, or props handed to client components).
  let rows = [];
  try {
    const payload = inline
      .filter((script) => script.startsWith('self.__next_f.push('))
      .map((script) => JSON.parse(script.slice('self.__next_f.push('.length, script.lastIndexOf(')'))))
      .filter((push) => push[0] === 1)
      .map((push) => push[1])
      .join('');
    rows = payload
      .split('\n')
      .filter(Boolean)
      .map((row) => {
        const element = /^[0-9a-f]+:\["\$","(\$L[0-9a-f]+|[a-z][a-z0-9]*)",[^,]*,\{"([^"]+)"/.exec(row);
        const what = element
          ? element[1].startsWith('$L')
            ? `props of a client component (first prop \`${element[2]}\`)`
            : `server-rendered \`<${element[1]}>\` (first prop \`${element[2]}\`)`
          : `\`${row.slice(0, 40).replace(/`/g, "'")}…\``;
        return { what, bytes: Buffer.byteLength(row), gzip: gzip(row) };
      })
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 5);
  } catch {
    // A payload in another shape: the totals above still stand.
  }
  return {
    largestPayloadRows: rows,
    markupBytes: Buffer.byteLength(markup),
    markupGzip: gzip(markup),
    flightBytes: Buffer.byteLength(flight),
    flightGzip: gzip(flight),
    otherInlineBytes: Buffer.byteLength(inline.filter((script) => !script.startsWith('self.__next_f')).join('')),
  };
}

async function contentFloor() {
  const result = await run('npx', ['tsx', '--conditions=react-server', 'scripts/bench-text.ts', DOCUMENT_SLUG]);
  if (result.code !== 0) throw new Error(`bench-text.ts exited ${result.code}: ${result.stderr.slice(-2000)}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1));
}

// ---------------------------------------------------------------------------
// Load

function cannon(url) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: LOAD_CONNECTIONS, duration: LOAD_SECONDS, headers: { 'accept-encoding': 'gzip' } }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

async function load(origin, target) {
  const url = `${origin}${target}`;
  const check = await fetch(url);
  if (!check.ok) return { target, missing: `missing (${check.status})` };
  const result = await cannon(url);
  return {
    target,
    seconds: LOAD_SECONDS,
    connections: LOAD_CONNECTIONS,
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    mbPerS: Number((result.throughput.average / 2 ** 20).toFixed(2)),
    ok2xx: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

// ---------------------------------------------------------------------------
// Run

// `node scripts/bench.mjs --render`: rewrite BENCHMARKS.md from the last run's .bench/results.json
// (after editing the notes block or this script's layout), without measuring again.
if (process.argv.includes('--render')) {
  Object.assign(results, JSON.parse(readFileSync('.bench/results.json', 'utf8')));
  results.misses = misses(results);
  writeFileSync('BENCHMARKS.md', markdown(results));
  log(`rewrote BENCHMARKS.md from .bench/results.json (run of ${results.startedAt})`);
  process.exit(0);
}

const distDir = results.machine.distDir;
if (!existsSync(`${distDir}/BUILD_ID`)) {
  console.error(`No production build in ${distDir}: run \`npm run build\` first (NEXT_DIST_DIR is honoured).`);
  process.exit(1);
}

await section('bare', async () => {
  // The framework floor is built in this run, with this repo's `next`, into scripts/bare-next/.next.
  const started = Date.now();
  const result = await run('npx', ['next', 'build', BARE_DIR]);
  if (result.code !== 0) throw new Error(`bare build exited ${result.code}: ${(result.stdout + result.stderr).slice(-3000)}`);
  return { builtInS: Math.round((Date.now() - started) / 1000) };
});

const server = await startServer();
log(`app on ${server.origin} (${distDir})`);
const bare = results.sections.bare?.error ? null : await startBare();
try {
  await section('lighthouse', async () => {
    const rows = await lighthouseRows(server.origin, benchPages, { runs: LIGHTHOUSE_RUNS });
    // The bare page under the same Lighthouse: what Next.js alone costs (a reference, no aims).
    const reference = bare ? await lighthouseRows(bare.origin, [{ name: 'bare Next.js', path: '/' }], { runs: LIGHTHOUSE_RUNS }) : [];
    return { version: lighthouseVersion, runs: LIGHTHOUSE_RUNS, rows, reference };
  });

  await section('bytes', async () => {
    if (!bare) throw new Error('the bare app did not build');
    const browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? chromePath,
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const app = await firstLoad(browser, `${server.origin}${DOCUMENT_PATH}`);
      const floor = await firstLoad(browser, `${bare.origin}/`);
      const text = await contentFloor();
      return {
        app,
        bare: floor,
        text,
        jsOverBare: app.js.transferred / floor.js.transferred,
        htmlOverText: app.html.transferred / text.gzipBytes,
      };
    } finally {
      await browser.close();
    }
  });

  await section('load', async () => {
    const rows = [];
    for (const target of [DOCUMENT_PATH, '/search-index.json']) rows.push(await load(server.origin, target));
    return { rows };
  });
} finally {
  server.stop();
  bare?.stop();
}

await section('search', async () => {
  const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts ?? {};
  if (!scripts['bench:search']) return { missing: 'no `bench:search` script in package.json' };
  const result = await run('npm', ['run', '--silent', 'bench:search'], { env: { ...process.env, NEXT_DIST_DIR: distDir } });
  return {
    command: scripts['bench:search'],
    code: result.code,
    output: result.stdout.trim(),
    stderrTail: result.stderr.trim().split('\n').slice(-20).join('\n'),
  };
});

results.finishedAt = new Date().toISOString();
results.machine.loadAverageAtEnd = os.loadavg().map((value) => Number(value.toFixed(2)));
results.misses = misses(results);
mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/results.json', `${JSON.stringify(results, null, 1)}\n`);
writeFileSync('BENCHMARKS.md', markdown(results));
log(
  `wrote BENCHMARKS.md and .bench/results.json; ${results.misses.length} miss(es)${failures.length ? `; sections that failed: ${failures.join(', ')}` : ''}`,
);
for (const miss of results.misses) log(`miss ${miss.id}: ${miss.figure} (aim ${miss.aim})`);
process.exit(failures.length ? 1 : 0);

// ---------------------------------------------------------------------------
// Aims

function misses({ sections }) {
  const found = [];
  const add = (id, what, figure, aim) => found.push({ id, what, figure, aim });
  const { lighthouse, bytes, load: loaded, search } = sections;
  for (const row of lighthouse?.rows ?? []) {
    if (row.missing) {
      add(`page:${row.name}`, `${row.name} page (${row.path})`, row.missing, 'exists (200)');
      continue;
    }
    const intended = INTENDED_AUDITS[row.name] ?? {};
    if (row.performance === null) {
      add(`lighthouse:${row.name}:no-score`, `Lighthouse, ${row.name}`, `no score: ${row.runtimeError ?? 'unknown error'}`, 'a scored run');
      continue;
    }
    if (row.performance < AIMS.performance)
      add(`lighthouse:${row.name}:performance`, `Lighthouse performance, ${row.name}`, row.performance, `≥ ${AIMS.performance}`);
    for (const category of ['accessibility', 'best-practices', 'seo']) {
      if (row[category] >= AIMS[category]) continue;
      // A category below its aim only because of intended audits is not a miss.
      const failing = row.failing[category] ?? [];
      if (failing.length && failing.every((id) => intended[id])) continue;
      add(`lighthouse:${row.name}:${category}`, `Lighthouse ${category}, ${row.name}`, row[category], `${AIMS[category]}`);
    }
    if (row.lcpMs > AIMS.lcpMs) add(`lighthouse:${row.name}:lcp`, `LCP, ${row.name}`, `${row.lcpMs} ms`, `≤ ${AIMS.lcpMs} ms`);
    if (row.tbtMs > AIMS.tbtMs) add(`lighthouse:${row.name}:tbt`, `TBT, ${row.name}`, `${row.tbtMs} ms`, `≤ ${AIMS.tbtMs} ms`);
    if (row.cls > AIMS.cls) add(`lighthouse:${row.name}:cls`, `CLS, ${row.name}`, row.cls, `≤ ${AIMS.cls}`);
  }
  if (bytes && !bytes.error && !bytes.skipped) {
    if (bytes.jsOverBare > AIMS.jsOverBare) {
      add(
        'bytes:js-over-bare',
        'JavaScript on first load of the document page, over the bare Next.js page',
        `${bytes.jsOverBare.toFixed(2)}× (${kib(bytes.app.js.transferred)} vs ${kib(bytes.bare.js.transferred)})`,
        `≤ ${AIMS.jsOverBare}×`,
      );
    }
    if (bytes.htmlOverText > AIMS.htmlOverText) {
      add(
        'bytes:html-over-text',
        'HTML of the document page, over its text alone (both gzipped)',
        `${bytes.htmlOverText.toFixed(2)}× (${kib(bytes.app.html.transferred)} vs ${kib(bytes.text.gzipBytes)})`,
        `≤ ${AIMS.htmlOverText}×`,
      );
    }
  }
  for (const row of loaded?.rows ?? []) {
    if (row.missing) add(`load:${row.target}`, `load target ${row.target}`, row.missing, 'exists (200)');
    // autocannon's `errors` counts connection errors including timeouts.
    else if (row.errors + row.non2xx > AIMS.loadErrors)
      add(
        `load:${row.target}:errors`,
        `errors under load, ${row.target}`,
        `${row.errors} errors (of which ${row.timeouts} timeouts, after 10 s), ${row.non2xx} non-2xx`,
        '0',
      );
  }
  if (search?.missing) add('search:missing', 'search benchmark', search.missing, '`npm run bench:search` exists');
  else if (search && !search.skipped && !search.error && search.code !== 0)
    add('search:failed', 'search benchmark', `exited ${search.code}`, 'exits 0');
  for (const [name, value] of Object.entries(sections))
    if (value?.error) add(`section:${name}`, `${name} section`, `could not run: ${value.error.split('\n')[0]}`, 'runs');
  return found;
}

// ---------------------------------------------------------------------------
// BENCHMARKS.md

function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join(
    '\n',
  );
}

function notesBlock(found) {
  const start = '<!-- notes:start -->';
  const end = '<!-- notes:end -->';
  let notes = '';
  if (existsSync('BENCHMARKS.md')) {
    const previous = readFileSync('BENCHMARKS.md', 'utf8');
    const from = previous.indexOf(start);
    const to = previous.indexOf(end);
    if (from !== -1 && to > from) notes = previous.slice(from + start.length, to).trim();
  }
  const placeholder = (id) => `- \`${id}\` — Reason: _to be written_. Next step: _to be written_.`;
  const current = new Set(found.map((miss) => miss.id));
  // Untouched placeholders of misses that are gone are dropped; written notes are kept as they are.
  const kept = notes
    .split('\n')
    .filter((line) => {
      const id = /^- `([^`]+)` — Reason: _to be written_\. Next step: _to be written_\.$/.exec(line)?.[1];
      return !id || current.has(id);
    })
    .join('\n')
    .trim();
  const added = found.filter((miss) => !kept.includes(`\`${miss.id}\``)).map((miss) => placeholder(miss.id));
  return [start, [kept, ...added].filter(Boolean).join('\n'), end].join('\n');
}

function markdown({ machine: m, sections, misses: found, startedAt, finishedAt }) {
  const out = [];
  out.push('# Benchmarks', '');
  out.push(
    `Generated by \`npm run bench\` (scripts/bench.mjs) from ${startedAt} to ${finishedAt}. Every figure below comes from that run; ` +
      'regenerate rather than edit. Only the notes block under "Misses" is hand-written, and it is kept across runs.',
    '',
  );
  out.push('## Machine', '');
  out.push(
    table(
      ['CPU', 'cores', 'memory', 'Node', 'OS', 'load average at start / end (1 min)', 'Next.js', 'Chromium', 'commit', 'build'],
      [
        [
          m.cpu,
          m.cores,
          `${m.memoryGiB} GiB`,
          m.node,
          m.os,
          `${m.loadAverage[0]} / ${m.loadAverageAtEnd?.[0] ?? '?'}`,
          m.next,
          m.chromium ?? 'not found',
          `${m.commit ?? '?'}${m.dirty ? ' (with uncommitted changes)' : ''}`,
          `${m.distDir}, ${m.builtAt ?? '?'}`,
        ],
      ],
    ),
    '',
  );
  out.push(
    'The server under test, the load generator and the browser share these cores; on a shared machine other builds may run at the same time ' +
      '(see the load average), so compare runs on the same machine only.',
    '',
  );
  // Readings up to the start of the load test (after it, the load average counts the test itself).
  // The benchmark's own Chromium and server account for up to about one more runnable process.
  const busiest = Math.max(
    m.loadAverage[0],
    ...(sections.lighthouse?.loadAverage ?? []),
    ...(sections.bytes?.loadAverage ?? []),
    sections.load?.loadAverage?.[0] ?? 0,
  );
  if (m.loadAverage[0] > 1 || busiest > m.cores + 1) {
    out.push(
      `**Busy machine:** the 1-minute load average was ${m.loadAverage[0]} at the start and reached ${busiest} on ${m.cores} cores before the load test, so other processes competed for the CPU. ` +
        'Timings (Lighthouse TBT and LCP, latency, requests/s) are inflated and vary between runs; byte counts and scores that do not depend on time are not affected. ' +
        "Re-run on an idle machine before reading timings as the app's own.",
      '',
    );
  }

  out.push(`## Lighthouse ${sections.lighthouse?.version ?? lighthouseVersion}, mobile`, '', ...loadLine(sections.lighthouse));
  const lighthouse = sections.lighthouse;
  if (lighthouse?.rows) {
    out.push(
      `Lighthouse's default mobile configuration (simulated throttling: slow 4G, 4× CPU slowdown), against \`next start\`, ${lighthouse.runs} run(s) per page: the run with the median performance score is shown. ` +
        `Pages requested as \`${new URL(lighthouse.rows.find((row) => row.url)?.url ?? 'http://-').origin}\` (the site origin the build's canonical URLs name) and resolved by Chromium to the benchmark's server, so canonical and hreflang are audited as in production. ` +
        `Aims: performance ≥ ${AIMS.performance}, accessibility, best practices and SEO ${AIMS.accessibility}, LCP ≤ ${AIMS.lcpMs} ms, TBT ≤ ${AIMS.tbtMs} ms, CLS ≤ ${AIMS.cls}.`,
      '',
    );
    out.push(
      table(
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
          'audits below par',
        ],
        [...lighthouse.rows, ...(lighthouse.reference ?? []).map((row) => ({ ...row, name: `${row.name} (reference, no aims)` }))].map(
          (row) =>
            row.missing
              ? [row.name, `\`${row.path}\``, row.missing, '', '', '', '', '', '', '', '']
              : [
                  row.name,
                  `\`${row.path}\``,
                  row.performance,
                  row.accessibility,
                  row['best-practices'],
                  row.seo,
                  row.lcpMs,
                  row.tbtMs,
                  row.cls,
                  row.performanceRuns.map((score) => score ?? 'no score').join(', '),
                  Object.entries(row.failing)
                    .map(
                      ([category, ids]) =>
                        `${category}: ${ids.map((id) => (INTENDED_AUDITS[row.name]?.[id] ? `${id} (intended: ${INTENDED_AUDITS[row.name][id]})` : id)).join(', ')}`,
                    )
                    .join('; ') || '—',
                ],
        ),
      ),
      '',
    );
    const errors = lighthouse.rows.filter((row) => row.runErrors?.length);
    if (errors.length) {
      out.push(
        'Runs Lighthouse could not score:',
        '',
        ...errors.flatMap((row) => row.runErrors.map((error) => `- ${row.name}: ${error}`)),
        '',
      );
    }
  } else out.push(sectionProblem(lighthouse), '');

  out.push('## Bytes on first load', '', ...loadLine(sections.bytes));
  const bytes = sections.bytes;
  if (bytes?.app) {
    out.push(
      `Fresh Chromium context, page loaded until the network is idle; bytes as transferred (response bodies, gzip as \`next start\` sends them, headers excluded). ` +
        `The framework floor is a bare App Router app with one static page (\`${BARE_DIR}\`), built in this run with the same Next.js; ` +
        "the content floor is the document's text alone: the Chinese and English of every segment, gzipped.",
      '',
    );
    const row = (name, load) => [
      name,
      `\`${load.url.replace(/^https?:\/\/[^/]+/, '')}\``,
      kib(load.html.transferred),
      kib(load.html.decoded),
      kib(load.js.transferred),
      kib(load.js.decoded),
      load.js.count,
      kib(load.css.transferred),
      load.css.count,
    ];
    out.push(
      table(
        ['page', 'path', 'HTML transferred', 'HTML decoded', 'JS transferred', 'JS decoded', 'JS files', 'CSS transferred', 'CSS files'],
        [
          row('document', bytes.app),
          row('bare Next.js', bytes.bare),
          [
            'document text alone',
            `${bytes.text.segments} segments, ${bytes.text.zhChars} Chinese + ${bytes.text.enChars} English characters`,
            kib(bytes.text.gzipBytes),
            kib(bytes.text.rawBytes),
            '',
            '',
            '',
            '',
            '',
          ],
        ],
      ),
      '',
    );
    const allowedJs = bytes.bare.js.transferred * AIMS.jsOverBare;
    const allowedHtml = bytes.text.gzipBytes * AIMS.htmlOverText;
    const overBy = (figure, allowed) => (figure > allowed ? kib(figure - allowed) : '—');
    out.push(
      table(
        ['ratio', 'figure', 'aim', 'met', 'allowed by the aim', 'over by'],
        [
          [
            'JavaScript: document page / bare page',
            `${bytes.jsOverBare.toFixed(2)}×`,
            `≤ ${AIMS.jsOverBare}×`,
            bytes.jsOverBare <= AIMS.jsOverBare ? 'yes' : '**no**',
            kib(allowedJs),
            overBy(bytes.app.js.transferred, allowedJs),
          ],
          [
            'HTML: document page / text alone',
            `${bytes.htmlOverText.toFixed(2)}×`,
            `≤ ${AIMS.htmlOverText}×`,
            bytes.htmlOverText <= AIMS.htmlOverText ? 'yes' : '**no**',
            kib(allowedHtml),
            overBy(bytes.app.html.transferred, allowedHtml),
          ],
        ],
      ),
      '',
    );
    const parts = bytes.app.htmlParts;
    if (parts) {
      out.push(
        "Where the document page's HTML goes (each part gzipped alone, so the parts do not add up exactly to the page):",
        '',
        table(
          ['part', 'decoded', 'gzipped', 'over the text alone'],
          [
            [
              'markup (the page without its inline scripts)',
              kib(parts.markupBytes),
              kib(parts.markupGzip),
              `${(parts.markupGzip / bytes.text.gzipBytes).toFixed(2)}×`,
            ],
            [
              'inline RSC payload (`self.__next_f`)',
              kib(parts.flightBytes),
              kib(parts.flightGzip),
              `${(parts.flightGzip / bytes.text.gzipBytes).toFixed(2)}×`,
            ],
            ['other inline scripts (JSON-LD, preferences)', kib(parts.otherInlineBytes), '', ''],
          ],
        ),
        '',
      );
      if (parts.largestPayloadRows?.length) {
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
    }
    const encodings = [...new Set([...bytes.app.html.encodings, ...bytes.app.js.encodings])];
    out.push(`Content encodings seen on the document page: ${encodings.join(', ')}.`, '');
    out.push('<details><summary>Scripts of the document page and the bare page</summary>', '');
    out.push(
      table(
        ['page', 'script', 'transferred', 'decoded'],
        [bytes.app, bytes.bare].flatMap((load) =>
          load.entries
            .filter((entry) => entry.type === 'script')
            .sort((a, b) => b.transferred - a.transferred)
            .map((entry) => [
              load === bytes.app ? 'document' : 'bare',
              `\`${entry.url}\``,
              kib(entry.transferred),
              entry.decoded === null ? '?' : kib(entry.decoded),
            ]),
        ),
      ),
      '',
      '</details>',
      '',
    );
  } else out.push(sectionProblem(bytes), '');

  out.push('## Search', '', ...loadLine(sections.search));
  const search = sections.search;
  if (search?.missing) out.push(`Missing: ${search.missing}.`, '');
  else if (search?.output !== undefined) {
    out.push(`\`npm run bench:search\` (\`${search.command}\`), exit code ${search.code}, output as printed:`, '');
    out.push('```text', search.output || '(no output)', '```', '');
    if (search.code !== 0) out.push('Last lines of its error output:', '', '```text', search.stderrTail, '```', '');
  } else out.push(sectionProblem(search), '');

  out.push('## Load', '', ...loadLine(sections.load));
  const loaded = sections.load;
  if (loaded?.rows) {
    out.push(
      `autocannon, ${LOAD_CONNECTIONS} connections for ${LOAD_SECONDS} s per target, against \`next start\` on loopback, ` +
        '`Accept-Encoding: gzip` as a browser sends it. Errors, timeouts and non-2xx answers must all be 0.',
      '',
    );
    out.push(
      table(
        [
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
        loaded.rows.map((row) =>
          row.missing
            ? [`\`${row.target}\``, row.missing, '', '', '', '', '', '', '', '', '']
            : [
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
    );
  } else out.push(sectionProblem(loaded), '');

  out.push('## Misses', '');
  if (found.length) {
    out.push(
      table(
        ['id', 'what', 'figure', 'aim'],
        found.map((miss) => [`\`${miss.id}\``, miss.what, miss.figure, miss.aim]),
      ),
      '',
    );
  } else out.push('None: every figure of this run meets its aim.', '');
  out.push(
    'Why each miss happens and what comes next (hand-written; kept when the figures are regenerated; delete an entry once its miss is gone):',
    '',
  );
  out.push(notesBlock(found), '');
  return out.join('\n');
}

function loadLine(value) {
  return value?.loadAverage
    ? [
        `Machine load average (1 min) before / after this section: ${value.loadAverage.join(' / ')} (on ${results.machine.cores} cores).`,
        '',
      ]
    : [];
}

function sectionProblem(value) {
  if (!value || value.skipped) return 'Not run (BENCH_SKIP).';
  return `Could not run: ${value.error}`;
}
