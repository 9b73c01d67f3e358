// After `next build` (or the static export): every prerendered page's HTML keeps only the CSS its
// own first paint needs, starts its scripts, the full stylesheet and the manifest after that
// paint, and declares its favicon inline (lib/first-paint/). Runs before anything serves or
// copies the pages.
//
//   tsx scripts/build-first-paint.ts            the pages of `next build` (NEXT_DIST_DIR, default .next)
//   tsx scripts/build-first-paint.ts out        the static export
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { withCriticalCss } from '../lib/first-paint/critical-css';
import { deferToFirstPaint, deferred } from '../lib/first-paint/defer';
import { declareFavicon } from '../lib/first-paint/favicon';
import { cacheNames } from '../lib/offline/constants';
import { faviconDataUrl } from '../lib/offline/icons';
import { basePath, routes } from '../lib/routes/routes';

const dir = path.resolve(process.argv[2] ?? path.join(process.env.NEXT_DIST_DIR ?? '.next', 'server', 'app'));
const started = Date.now();

const pages = (await readdir(dir, { withFileTypes: true, recursive: true }))
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => path.join(entry.parentPath, entry.name));

const favicon = faviconDataUrl();
const stylesheets = routes.siteCssLateParts();
const worker = { url: `${basePath}/sw.js`, scope: `${basePath}/`, pagesCache: cacheNames.pages };
let before = 0;
let after = 0;
let deferredPages = 0;
for (const page of pages) {
  const html = await readFile(page, 'utf8');
  try {
    const critical = await withCriticalCss(html);
    const done = declareFavicon(await deferToFirstPaint(critical, { stylesheets, worker }), favicon);
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
  `[first-paint] ${pages.length} pages in ${path.relative(process.cwd(), dir)}, ${deferredPages} with their scripts after first paint: ${(before / 1024).toFixed(0)} → ${(after / 1024).toFixed(0)} KiB gzipped, ${Date.now() - started} ms`,
);
