// After `next build` (or the static export): every prerendered page's HTML keeps only the CSS its
// own first paint needs, starts its scripts, the rest of the stylesheet (its own parts, written
// beside the site's files as /late-css/<hash>.css) and the manifest after that paint, and declares
// its favicon inline (lib/first-paint/). Runs before anything serves or copies the pages: `next
// start` serves the files public/ holds when it starts.
//
//   tsx scripts/build-first-paint.ts            the pages of `next build` (NEXT_DIST_DIR, default .next), files into public/
//   tsx scripts/build-first-paint.ts out        the static export, files into out/
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { inlineCss, withCriticalCss } from '../lib/first-paint/critical-css';
import { deferToFirstPaint, deferred } from '../lib/first-paint/defer';
import { declareFavicon } from '../lib/first-paint/favicon';
import { coOccurrence, pageLateCss, scriptWords, tiedBeforeInline } from '../lib/first-paint/page-late-css';
import { cacheNames } from '../lib/offline/constants';
import { faviconDataUrl } from '../lib/offline/icons';
import { basePath, lateCssParts, routes } from '../lib/routes/routes';
import { siteCssLateFile } from '../lib/static-html/files';

const dir = path.resolve(process.argv[2] ?? path.join(process.env.NEXT_DIST_DIR ?? '.next', 'server', 'app'));
const site = path.resolve(process.argv[2] ?? 'public');
const chunks = process.argv[2]
  ? path.join(site, '_next', 'static', 'chunks')
  : path.join(process.env.NEXT_DIST_DIR ?? '.next', 'static', 'chunks');
const started = Date.now();

const pages = (await readdir(dir, { withFileTypes: true, recursive: true }))
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => path.join(entry.parentPath, entry.name));

const favicon = faviconDataUrl();
const fallbackStylesheets = routes.siteCssLateParts();
const shared = { layers: '', utilities: '' };
for (const part of lateCssParts) shared[part] = await readFile(siteCssLateFile(part), 'utf8');
// Named by content: pages that inline the same rules share their files, and a page from another
// build never gets this one's.
const written = new Map<string, string>();
// The export copied public/, whose files other builds wrote (the benchmark's, the tests'): the
// site gets only its own pages'.
if (process.argv[2]) await rm(path.join(site, 'late-css'), { recursive: true, force: true });
await mkdir(path.join(site, 'late-css'), { recursive: true });
const words = new Set<string>();
for (const entry of await readdir(chunks, { withFileTypes: true, recursive: true })) {
  if (entry.isFile() && entry.name.endsWith('.js'))
    for (const word of scriptWords(await readFile(path.join(entry.parentPath, entry.name), 'utf8'))) words.add(word);
}

/**
 * The page with the CSS its first paint needs inline, and with the rules its late stylesheet would
 * otherwise repeat for a tie (page-late-css.ts: tiedBeforeInline). A second look finds none left
 * unless the cut kept a named rule differently; a few rounds settle that.
 */
async function withOwnCss(html: string): Promise<string> {
  let also: string[] = [];
  for (let round = 0; round < 4; round++) {
    const critical = await withCriticalCss(html, also);
    const inline = inlineCss(critical);
    if (inline === null) return critical;
    const more = tiedBeforeInline(shared, inline, coOccurrence(critical, words)).filter((selector) => !also.includes(selector));
    if (more.length === 0) return critical;
    also = [...also, ...more];
  }
  throw new Error('the rules to inline for ties did not settle in 4 rounds');
}

async function stylesheetsOf(html: string): Promise<string[]> {
  const inline = inlineCss(html);
  if (inline === null) return [];
  const parts = pageLateCss(shared, inline, coOccurrence(html, words));
  const hrefs: string[] = [];
  for (const part of lateCssParts) {
    const css = parts[part];
    if (css === '') continue;
    let href = written.get(css);
    if (!href) {
      const name = createHash('sha256').update(css).digest('hex').slice(0, 16);
      await writeFile(path.join(site, 'late-css', `${name}.css`), css);
      href = routes.pageCssLate(name);
      written.set(css, href);
    }
    hrefs.push(href);
  }
  return hrefs;
}
const worker = { url: `${basePath}/sw.js`, scope: `${basePath}/`, pagesCache: cacheNames.pages };
let before = 0;
let after = 0;
let deferredPages = 0;
for (const page of pages) {
  const html = await readFile(page, 'utf8');
  try {
    const critical = await withOwnCss(html);
    const stylesheets = await stylesheetsOf(critical);
    const done = declareFavicon(await deferToFirstPaint(critical, { stylesheets, fallbackStylesheets, worker }), favicon);
    before += gzipSync(html).length;
    after += gzipSync(done).length;
    if (deferred(done)) deferredPages++;
    await writeFile(page, done);
  } catch (error) {
    throw new Error(`${path.relative(process.cwd(), page)}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
// Next names a page's chunks in a form defer.ts recognizes; should that ever change, say so here
// rather than ship pages whose scripts start before their first paint.
if (deferredPages === 0) throw new Error(`[first-paint] no page in ${dir} names its scripts in the form expected: did Next's HTML change?`);
console.log(
  `[first-paint] ${pages.length} pages in ${path.relative(process.cwd(), dir)}, ${deferredPages} with their scripts after first paint: ${(before / 1024).toFixed(0)} → ${(after / 1024).toFixed(0)} KiB gzipped; ${written.size} stylesheets after the paint; ${Date.now() - started} ms`,
);
