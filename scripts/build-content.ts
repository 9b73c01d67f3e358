// The build step before `next build` (npm run build / dev run it): renders every document's static
// HTML (components/reader/static-render.tsx) and the glossary's list (components/glossary/
// static-render.tsx), and compiles the site stylesheet (app/globals.css with Tailwind), into
// .generated/ where server rendering and the fallback routes read them.
// `--watch` renders again when content, messages, components or styles change (npm run dev).
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import tailwind from '@tailwindcss/postcss';
import postcss from 'postcss';
import { renderGlossaryFragments } from '../components/glossary/static-render';
import { renderFragments } from '../components/reader/static-render';
import { libraryContext } from '../lib/library/context';
import { features } from '../i18n/features';
import { routing } from '../i18n/routing';
import { appContentStore } from '../lib/content/store';
import { fragmentNames, glossaryFragmentNames, lateCssParts } from '../lib/routes/routes';
import { splitLateCss } from '../lib/first-paint/late-css';
import { fragmentFile, siteCssFile, siteCssLateFile } from '../lib/static-html/files';

async function messagesOf(locale: string) {
  const parts = await Promise.all(
    features.map(async (feature) => JSON.parse(await readFile(`messages/${feature}/${locale}.json`, 'utf8'))),
  );
  return Object.assign({}, ...parts);
}

async function write(file: string, text: string) {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

async function buildFragments() {
  const store = appContentStore();
  const documents = await store.getAllDocuments();
  const { entries } = await store.getGlossary();
  const published = await store.getDocuments();
  const library = libraryContext(published, entries);
  for (const locale of routing.locales) {
    const messages = await messagesOf(locale);
    const glossary = renderGlossaryFragments(entries, published, locale, messages);
    for (const name of glossaryFragmentNames) await write(fragmentFile(locale, { page: 'glossary', name }), glossary[name]);
    for (const document of documents) {
      const fragments = renderFragments(document, locale, messages, library);
      for (const name of fragmentNames)
        await write(fragmentFile(locale, { page: 'document', slug: document.meta.slug, name }), fragments[name]);
    }
  }
  return documents.length;
}

async function buildCss() {
  const from = path.join(process.cwd(), 'app', 'globals.css');
  const result = await postcss([tailwind({ optimize: { minify: true } })]).process(await readFile(from, 'utf8'), { from });
  await write(siteCssFile(), result.css);
  const late = splitLateCss(result.css);
  for (const part of lateCssParts) await write(siteCssLateFile(part), late[part]);
  return result.css.length;
}

async function build() {
  const started = Date.now();
  const [documents, cssBytes] = await Promise.all([buildFragments(), buildCss()]);
  console.log(
    `[build-content] ${documents} documents × ${routing.locales.length} locales, site.css ${(cssBytes / 1024).toFixed(1)} KiB, ${Date.now() - started} ms`,
  );
}

await build();

if (process.argv.includes('--watch')) {
  // Each build reads everything afresh in a child process: the content store caches per process.
  let timer: NodeJS.Timeout | undefined;
  const again = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      spawn(process.execPath, [...process.execArgv, process.argv[1] ?? ''], { stdio: 'inherit' });
    }, 200);
  };
  for (const dir of ['content', 'messages', 'components', 'app', 'lib']) watch(dir, { recursive: true }, again);
  console.log('[build-content] watching content, messages, components, app and lib');
}
