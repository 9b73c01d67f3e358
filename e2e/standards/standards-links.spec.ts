import { expect, test, type APIRequestContext } from '@playwright/test';

/*
 * Every internal link resolves. Crawls the built site from /en, /zh and the served 404 page of
 * each locale, following same-origin <a href> and the URLs of <link href>, <script src>,
 * <img src|srcset>, <source src|srcset> and URL-valued <meta content> (Open Graph images).
 * Absolute URLs on the site origin (canonical, hreflang, Open Graph: SITE_URL at build time) are
 * checked against the server under test. Each URL must answer 200, or redirect (3xx with a
 * Location) along a same-origin chain ending in 200. URLs that differ only by fragment are fetched
 * once; a #fragment must name an id (or <a name>) on the target page.
 */

/**
 * Known broken links, each with the page it is on, the URL, and why it is here. The owners of the
 * page fix it, then delete the entry. An entry that matches nothing fails the suite.
 */
const BROKEN_LINK_ALLOWLIST: { from: RegExp; url: RegExp; reason: string }[] = [];

const MAX_URLS = 5000;
const locales = ['en', 'zh'] as const;
const notFound = (locale: string) => `/${locale}/no-such-page-standards-check`;
/** The global 404 (app/not-found.tsx): paths the proxy does not localise, e.g. with an extension. */
const globalNotFound = '/no-such-file-standards-check.txt';

/** Every passage page, from the ids the server under test serves (/routes.json). */
async function passagePaths(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/routes.json');
  expect(response.status(), '/routes.json').toBe(200);
  const { documents } = (await response.json()) as { documents: Record<string, string[]> };
  return locales.flatMap((locale) =>
    Object.entries(documents).flatMap(([slug, segments]) => segments.map((segment) => `/${locale}/documents/${slug}/passages/${segment}`)),
  );
}

type Page = { status: number; html: string | null; ids: Set<string>; redirectedTo?: string };
type Link = { from: string; url: URL };

function decode(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** Markup with the contents of inline scripts, styles and templates taken out (their tags stay). */
function markup(html: string): string {
  return html.replace(/(<(script|style|template)\b[^>]*>)[\s\S]*?(<\/\2\s*>)/gi, '$1$3');
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/\s([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g)) {
    found.set(match[1]!.toLowerCase(), decode(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return found;
}

/** Every URL a page refers to, as written. */
function references(html: string): string[] {
  const urls: string[] = [];
  for (const match of markup(html).matchAll(/<(a|area|link|script|img|source|meta|iframe|video|audio|form)\b[^>]*>/gi)) {
    const tag = match[1]!.toLowerCase();
    const attrs = attributes(match[0]);
    if (tag === 'meta') {
      const content = attrs.get('content') ?? '';
      if (/^(https?:)?\//.test(content)) urls.push(content);
      continue;
    }
    for (const name of ['href', 'src', 'action']) {
      const value = attrs.get(name);
      if (value !== undefined && value.trim() !== '') urls.push(value.trim());
    }
    for (const name of ['srcset', 'imagesrcset']) {
      for (const candidate of (attrs.get(name) ?? '').split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) urls.push(url);
      }
    }
  }
  return urls;
}

function targets(html: string): Set<string> {
  const ids = new Set<string>();
  for (const match of markup(html).matchAll(/<[a-zA-Z][^>]*>/g)) {
    const attrs = attributes(match[0]);
    const id = attrs.get('id');
    if (id) ids.add(id);
    if (/^<a\b/i.test(match[0]) && attrs.get('name')) ids.add(attrs.get('name')!);
  }
  return ids;
}

test('every internal link, script, stylesheet and image resolves', async ({ request, baseURL }) => {
  test.setTimeout(300_000);
  const origin = new URL(baseURL!).origin;
  // The site origin the build wrote into canonical and hreflang URLs (SITE_URL at build time).
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const siteOrigin = new URL(/<loc>([^<]+)<\/loc>/.exec(sitemap)?.[1] ?? origin).origin;

  const pages = new Map<string, Promise<Page>>();
  const links: Link[] = [];
  const seen = new Set<string>();

  const fetchPage = (request: APIRequestContext, key: string) =>
    (async (): Promise<Page> => {
      const response = await request.get(key, { maxRedirects: 0 });
      const status = response.status();
      const location = response.headers()['location'];
      const isHtml = (response.headers()['content-type'] ?? '').includes('text/html');
      const html = isHtml && !key.startsWith('/_next/') ? await response.text() : null;
      if (!isHtml) await response.dispose();
      return {
        status,
        html,
        ids: html ? targets(html) : new Set(),
        redirectedTo: status >= 300 && status < 400 && location ? location : undefined,
      };
    })();

  /** Path and query of a same-site URL, or null for another origin. */
  const local = (url: URL): string | null => (url.origin === origin || url.origin === siteOrigin ? `${url.pathname}${url.search}` : null);

  // Breadth first, one round per link depth, six requests at a time.
  let frontier: string[] = [];
  const visit = (key: string) => {
    if (seen.has(key)) return;
    if (seen.size >= MAX_URLS) throw new Error(`more than ${MAX_URLS} URLs: is the crawl looping?`);
    seen.add(key);
    frontier.push(key);
  };
  const seeds = [...locales.map((locale) => `/${locale}`), ...locales.map(notFound), globalNotFound, ...(await passagePaths(request))];
  for (const seed of seeds) visit(seed);
  while (frontier.length) {
    const round = frontier;
    frontier = [];
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        for (let key = round.shift(); key !== undefined; key = round.shift()) {
          const promise = fetchPage(request, key);
          pages.set(key, promise);
          const page = await promise;
          if (page.redirectedTo) {
            const next = local(new URL(page.redirectedTo, `${origin}${key}`));
            if (next) visit(next);
          }
          if (!page.html) continue;
          for (const raw of references(page.html)) {
            if (/^(mailto|tel|javascript|data|blob):/i.test(raw)) continue;
            const url = new URL(raw, `${origin}${key}`);
            if (!/^https?:$/.test(url.protocol)) continue;
            const target = local(url);
            if (target === null) continue;
            links.push({ from: key, url });
            visit(target);
          }
        }
      }),
    );
  }

  const problems: { from: string; url: string; problem: string }[] = [];
  const resolved = async (key: string, hops = 0): Promise<{ page: Page; key: string } | string> => {
    const page = await pages.get(key);
    if (!page) return 'not fetched';
    if (page.status === 200) return { page, key };
    if (page.redirectedTo && hops < 5) {
      const next = local(new URL(page.redirectedTo, `${origin}${key}`));
      if (next === null) return `redirects off-site to ${page.redirectedTo}`;
      const end = await resolved(next, hops + 1);
      return typeof end === 'string' ? `redirects to ${next}, which ${end}` : end;
    }
    return `answers ${page.status}`;
  };
  for (const { from, url } of links) {
    const key = local(url)!;
    // A link to the page it is on (a skip link, a table of contents): only its fragment matters,
    // whatever the page's status (the 404 page has a skip link too).
    const end = key === from ? { page: (await pages.get(key))!, key } : await resolved(key);
    const shown = `${url.pathname}${url.search}${url.hash}`;
    if (typeof end === 'string') {
      problems.push({ from, url: shown, problem: end });
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    // Fragments that carry state rather than name an element (key=value) are the page's business.
    if (fragment && !fragment.includes('=') && end.page.html !== null && !end.page.ids.has(fragment)) {
      problems.push({ from, url: shown, problem: `no element with id "${fragment}" on ${end.key}` });
    }
  }
  for (const seed of seeds) {
    const page = await pages.get(seed);
    const expected = seed === globalNotFound || (locales as readonly string[]).some((locale) => seed === notFound(locale)) ? 404 : 200;
    if (page?.status !== expected) problems.push({ from: '(seed)', url: seed, problem: `answers ${page?.status}, expected ${expected}` });
  }

  const used = new Set<number>();
  const unexpected = problems.filter((problem) => {
    const entry = BROKEN_LINK_ALLOWLIST.findIndex((allowed) => allowed.from.test(problem.from) && allowed.url.test(problem.url));
    if (entry === -1) return true;
    used.add(entry);
    return false;
  });
  test.info().annotations.push({
    type: 'links',
    description: `${seen.size} URLs fetched, ${links.length} links checked, ${problems.length} problems`,
  });
  expect(seen.size, 'URLs crawled').toBeGreaterThan(seeds.length);

  const grouped = new Map<string, string[]>();
  for (const problem of unexpected)
    grouped.set(`${problem.url}: ${problem.problem}`, [...(grouped.get(`${problem.url}: ${problem.problem}`) ?? []), problem.from]);
  const report = [...grouped].map(
    ([key, from]) =>
      `${key} (linked from ${from.length} page(s): ${[...new Set(from)].slice(0, 3).join(', ')}${from.length > 3 ? ', …' : ''})`,
  );
  expect(report, 'broken internal links (see BROKEN_LINK_ALLOWLIST for known ones)').toEqual([]);

  const stale = BROKEN_LINK_ALLOWLIST.filter((_, index) => !used.has(index)).map((entry) => `${entry.from} ${entry.url}: ${entry.reason}`);
  expect(stale, 'BROKEN_LINK_ALLOWLIST entries that match no problem any more: delete them').toEqual([]);
});
