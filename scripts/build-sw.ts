// After `next build` (or the static export): bundles the service worker (lib/offline/sw/sw.ts)
// into <public>/sw.js with its precache list: the build's hashed chunks, the stylesheet and the
// offline pages. `next start` serves it from public/, a static host from out/.
//
//   tsx scripts/build-sw.ts .next public     (npm run build)
//   tsx scripts/build-sw.ts out out          (npm run build:static)
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { routing } from '../i18n/routing';
import { basePath, lateCssParts, localized, routes } from '../lib/routes/routes';
import { siteCssFile, siteCssLateFile } from '../lib/static-html/files';

const distDir = process.argv[2] ?? process.env.NEXT_DIST_DIR ?? '.next';
const outDir = process.argv[3] ?? 'public';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && !/\.(br|gz|map)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const staticDir = path.join(distDir, distDir === outDir ? '_next/static' : 'static');
const files = (await filesUnder(staticDir)).map((file) => path.relative(staticDir, file).split(path.sep).join('/'));
// Only the content-hashed chunks and media: the folder named after the build id holds the Pages
// Router's manifests, which App Router pages never load. Without them a worker's precache names
// no file of one build only, so it installs even when served beside another build of the same
// code (the bench's build writes public/sw.js too).
const chunks = files.filter((file) => /^(chunks|media)\//.test(file)).map((file) => `${basePath}/_next/static/${file}`);
const css = await readFile(siteCssFile());
const revision = (...parts: (string | Buffer)[]) =>
  parts
    .reduce((hash, part) => hash.update(part), createHash('sha256'))
    .digest('hex')
    .slice(0, 16);
// The build's fingerprint (every file, the build id's folder included): a new build is a new
// worker, whose precache replaces the old one's.
const build_ = revision(files.sort().join('\n'), css);
const manifest = [
  ...chunks.map((url) => ({ url, revision: null })),
  { url: routes.siteCss(), revision: revision(css) },
  ...(await Promise.all(
    lateCssParts.map(async (part) => ({ url: routes.siteCssLate(part), revision: revision(await readFile(siteCssLateFile(part))) })),
  )),
  ...routing.locales.map((locale) => ({ url: localized(locale, '/offline'), revision: build_ })),
];

await build({
  entryPoints: ['lib/offline/sw/sw.ts'],
  outfile: path.join(outDir, 'sw.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2022',
  legalComments: 'none',
  define: {
    SW_BASE: JSON.stringify(basePath),
    SW_LOCALES: JSON.stringify(routing.locales),
    'self.__SW_MANIFEST': JSON.stringify(manifest),
  },
});
console.log(`${outDir}/sw.js: ${manifest.length} files precached (build ${build_})`);
