import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/*
 * The journeys that make sense on a static host, run against out/ (npm run build:static) served
 * by a plain static file server (`serve`, which maps /a/b to /a/b.html and answers unknown paths
 * with 404.html and a 404), plus the static site's own checks (e2e/static/). Part of `npm test`.
 */
// The offline journey changes the served worker to play a new build (e2e/offline/).
process.env.E2E_SW_FILE = 'out/sw.js';

const port = Number(process.env.E2E_STATIC_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1);

export default defineConfig({
  ...base,
  outputDir: `test-results/static-${port}`,
  testIgnore: [],
  testMatch: [
    'static/**/*.spec.ts',
    'offline/**/*.spec.ts',
    'reader/document-content.spec.ts',
    'reader/view-modes.spec.ts',
    'reader/pinyin.spec.ts',
    'reader/traditional.spec.ts',
    'reader/word-card.spec.ts',
    'reader/sentence-highlight.spec.ts',
    'reader/no-js.spec.ts',
    'glossary/glossary-pages.spec.ts',
    'glossary/glossary-popover.spec.ts',
    'search/search-page.spec.ts',
    'search/search-library.spec.ts',
    'share/share-note-link.spec.ts',
    'share/share-passage-page.spec.ts',
    'library/library.spec.ts',
  ],
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `${process.env.E2E_STATIC_SKIP_BUILD === '1' ? '' : 'npm run build:static && '}npx serve out -l tcp://127.0.0.1:${port} --no-clipboard`,
    url: `http://127.0.0.1:${port}/en`,
    timeout: 600_000,
    reuseExistingServer: process.env.E2E_REUSE === '1',
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
