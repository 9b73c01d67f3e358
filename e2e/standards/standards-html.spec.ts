import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';

/*
 * Every built HTML page passes the Nu Html Checker (vnu, npm `vnu-jar`, needs Java 17+; CI
 * installs default-jre-headless) with no errors; warnings are allowed.
 *
 * Pages: the sitemap, plus the glossary, every term, search and every passage page, and the
 * served 404 page, in both locales, and the global 404 for paths outside the locales. All are
 * fetched from the server under test and checked in one vnu run (the JVM is slow to start).
 */

/**
 * Known vnu errors, each with the page it is on (a pattern matched against the page path), the
 * message (a pattern), and why it is here. Only for errors in code this suite's owner may not
 * change: the owners of the page fix it, then delete the entry. An entry that matches nothing
 * fails the suite, so that fixed errors leave this list.
 */
const VNU_ALLOWLIST: { page: RegExp; message: RegExp; reason: string }[] = [];

const locales = ['en', 'zh'] as const;
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

type Routes = { documents: Record<string, string[]>; terms: string[] };
type VnuMessage = {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
};

/** The ids behind every dynamic route, as the server under test serves them (/routes.json). */
async function routes(request: APIRequestContext): Promise<Routes> {
  const response = await request.get('/routes.json');
  expect(response.status(), '/routes.json').toBe(200);
  return (await response.json()) as Routes;
}

async function pagesToCheck(request: APIRequestContext): Promise<{ path: string; status: number }[]> {
  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.status(), '/sitemap.xml').toBe(200);
  const fromSitemap = [...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  expect(fromSitemap.length, 'pages in the sitemap').toBeGreaterThan(0);

  const { documents, terms } = await routes(request);
  const paths = new Set(fromSitemap);
  for (const locale of locales) {
    paths.add(`/${locale}/glossary`);
    for (const term of terms) paths.add(`/${locale}/glossary/${term}`);
    paths.add(`/${locale}/search`);
    for (const [slug, segments] of Object.entries(documents)) {
      for (const segment of segments) paths.add(`/${locale}/documents/${slug}/passages/${segment}`);
    }
  }
  return [
    ...[...paths].sort().map((path) => ({ path, status: 200 })),
    ...locales.map((locale) => ({ path: `/${locale}/no-such-page-standards-check`, status: 404 })),
    // The global 404 (app/not-found.tsx): paths the proxy does not localise, e.g. with an extension.
    { path: '/no-such-file-standards-check.txt', status: 404 },
  ];
}

function runVnu(files: string[]): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    execFile(
      'java',
      ['-Xss8m', '-jar', vnuJar, '--errors-only', '--format', 'json', '--exit-zero-always', ...files],
      { maxBuffer: 256 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (error) {
          const hint =
            (error as NodeJS.ErrnoException).code === 'ENOENT'
              ? ' (no `java` on PATH: install a Java 17+ runtime, e.g. apt-get install default-jre-headless)'
              : '';
          reject(new Error(`vnu could not run${hint}: ${error.message}\n${stderr}`));
          return;
        }
        try {
          resolve((JSON.parse(stderr) as { messages: VnuMessage[] }).messages);
        } catch {
          reject(new Error(`vnu printed no JSON:\n${stderr.slice(0, 4000)}`));
        }
      },
    );
  });
}

test('every built HTML page passes the Nu Html Checker with no errors', async ({ request }) => {
  test.setTimeout(300_000);
  const pages = await pagesToCheck(request);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-vnu-'));
  try {
    const files = new Map<string, string>();
    const wrongStatus: string[] = [];
    const queue = pages.map((page, index) => ({ ...page, file: path.join(dir, `page-${String(index).padStart(4, '0')}.html`) }));
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        for (let page = queue.shift(); page; page = queue.shift()) {
          const response = await request.get(page.path, { maxRedirects: 0 });
          if (response.status() !== page.status) wrongStatus.push(`${page.path}: ${response.status()}, expected ${page.status}`);
          const type = response.headers()['content-type'] ?? '';
          if (!type.includes('text/html')) {
            wrongStatus.push(`${page.path}: content-type ${type || 'none'}, expected text/html`);
            continue;
          }
          writeFileSync(page.file, await response.body());
          files.set(`file:${page.file}`, page.path);
        }
      }),
    );
    expect(wrongStatus, 'pages that did not answer as expected').toEqual([]);

    const messages = await runVnu([...files.keys()].map((url) => url.slice('file:'.length)));
    const errors = messages
      .filter((message) => message.type === 'error' || message.type === 'non-document-error')
      // The inlined site stylesheet: vnu's CSS grammar predates what it uses (CSS Custom
      // Highlights, scroll timelines, @property, line-clamp); Tailwind's compiler checks it instead.
      .filter((message) => !message.message.startsWith('CSS:'))
      // <link rel="expect" blocking="render"> (app/[locale]/layout.tsx): the HTML standard allows
      // `blocking` on rel=expect links; vnu's rule predates them and allows it on stylesheets only.
      .filter((message) => !(/“blocking” attribute must have a “rel”/.test(message.message) && message.extract?.includes('rel="expect"')))
      .map((message) => ({
        page: files.get(message.url ?? '') ?? message.url ?? '(vnu)',
        where: message.lastLine ? `${message.lastLine}:${message.firstColumn ?? 0}` : '',
        message: message.message,
        extract: message.extract?.replace(/\s+/g, ' ').trim().slice(0, 160),
      }));

    const used = new Set<number>();
    const unexpected = errors.filter((error) => {
      const entry = VNU_ALLOWLIST.findIndex((allowed) => allowed.page.test(error.page) && allowed.message.test(error.message));
      if (entry === -1) return true;
      used.add(entry);
      return false;
    });
    const allowed = errors.length - unexpected.length;
    test
      .info()
      .annotations.push({ type: 'vnu', description: `${files.size} pages checked, ${errors.length} errors (${allowed} allowlisted)` });

    // Group by message so that one template bug on 96 term pages reads as one problem.
    const grouped = new Map<string, string[]>();
    for (const error of unexpected) {
      const key = `${error.message}${error.extract ? `\n      at: ${error.extract}` : ''}`;
      grouped.set(key, [...(grouped.get(key) ?? []), `${error.page}${error.where ? `:${error.where}` : ''}`]);
    }
    const report = [...grouped].map(
      ([key, where]) => `${key}\n      on ${where.length} page(s): ${where.slice(0, 5).join(', ')}${where.length > 5 ? ', …' : ''}`,
    );
    expect(report, 'vnu errors (fix the page; see VNU_ALLOWLIST for known ones)').toEqual([]);

    const stale = VNU_ALLOWLIST.filter((_, index) => !used.has(index)).map((entry) => `${entry.page} ${entry.message}: ${entry.reason}`);
    expect(stale, 'VNU_ALLOWLIST entries that match no error any more: delete them').toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
