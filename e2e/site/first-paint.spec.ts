import { expect, test, type Page, type Route } from '@playwright/test';
import { skippedElements, skippedSubject } from '@/lib/first-paint/late-css';
import { routes } from '@/lib/routes/routes';
import { docPath, everyPageKind, regulationsPath } from '../support';

test('the first paint needs nothing but the HTML: every request starts after it', async ({ page, request }) => {
  for (const path of everyPageKind) {
    const html = await (await request.get(path)).text();
    // The HTML names no script, stylesheet or manifest for the browser to fetch while it parses.
    expect(html.match(/<script src="[^"]*"(?! noModule)[^>]*>/g), path).toBeNull();
    expect(html, path).not.toMatch(/<link rel="(stylesheet|preload|modulepreload|manifest)"/);
    expect(html, path).toContain('<style data-site-css="">');

    await page.goto(path);
    // Hydrated: the header's search button is an island.
    await expect(page.getByRole('button', { name: /Search|搜索/ }).first()).toBeEnabled();
    const own = await ownLateSheets(page);
    expect(own.length, path).toBeGreaterThan(0);
    await expect(page.locator('link[rel="stylesheet"]')).toHaveCount(own.length);
    // Resource timing lists a request once it has finished.
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.js')).length))
      .toBeGreaterThan(3);
    const { paint, requests } = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      requests: performance.getEntriesByType('resource').map((entry) => ({ url: entry.name, start: entry.startTime })),
    }));
    expect(paint, path).not.toBeNull();
    expect(requests.length, path).toBeGreaterThan(3);
    for (const { url, start } of requests) expect(start, `${path}: ${url}`).toBeGreaterThan(paint ?? Infinity);
  }
});

type Box = { key: string; rect: string; style: string };

/**
 * What the reader sees of every element on the first screen (and that an element outside it is
 * hidden or not): its box and the computed properties that draw it, its pseudo-elements' too.
 */
function firstScreen(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const properties = [
      'display',
      'position',
      'visibility',
      'opacity',
      'z-index',
      'overflow',
      'color',
      'background-color',
      'background-image',
      'border-top',
      'border-right',
      'border-bottom',
      'border-left',
      'border-radius',
      'box-shadow',
      'outline',
      'font-family',
      'font-size',
      'font-weight',
      'font-style',
      'line-height',
      'letter-spacing',
      'text-align',
      'text-decoration',
      'text-transform',
      'text-underline-offset',
      'white-space',
      'list-style',
      'transform',
      'filter',
      'backdrop-filter',
      'cursor',
      'fill',
      'stroke',
      'content',
      'content-visibility',
      'columns',
      'grid-template-columns',
      'gap',
    ];
    const boxes: Box[] = [];
    const visit = (element: Element, path: string) => {
      const rect = element.getBoundingClientRect();
      const style = (pseudo: string | null) => {
        const computed = getComputedStyle(element, pseudo);
        return properties.map((name) => computed.getPropertyValue(name)).join(';');
      };
      boxes.push({
        key: `${path} ${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${element.getAttribute('class') ?? ''}`,
        rect: [rect.x, rect.y, rect.width, rect.height].map((value) => value.toFixed(1)).join(','),
        style: `${style(null)}|${style('::before')}|${style('::after')}`,
      });
      // Below the first screen, or not drawn at all: the element's own box and style say enough.
      if (rect.top > innerHeight || getComputedStyle(element).display === 'none') return;
      [...element.children].forEach((child, index) => visit(child, `${path}/${index}`));
    };
    visit(document.body, '');
    return boxes;
  });
}

/** The page's own parts of the stylesheet after the paint, as its after-paint script names them. */
async function ownLateSheets(page: Page): Promise<string[]> {
  const script = (await page.locator('script[data-after-paint]').textContent()) ?? '';
  const named: unknown = JSON.parse(/"stylesheets":(\[[^\]]*\])/.exec(script)?.[1] ?? 'null');
  if (!Array.isArray(named) || !named.every((href): href is string => typeof href === 'string'))
    throw new Error('no stylesheets in the after-paint script');
  return named;
}

/** Every part of the page's stylesheet after the paint has loaded, appended in the cascade's order. */
async function lateSheetsLoaded(page: Page) {
  const hrefs = await ownLateSheets(page);
  await page.waitForFunction((expected) => {
    const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
    return links.length === expected && links.every((link) => (link.sheet?.cssRules.length ?? 0) > 0);
  }, hrefs.length);
  const appended = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => new URL(link.href).pathname),
  );
  expect(appended).toEqual(hrefs);
  // Each part is asked for once the one before has arrived.
  const timings = await page.evaluate(
    (names) =>
      names.map((name) => {
        const [entry] = performance.getEntriesByName(new URL(name, location.href).href);
        return entry instanceof PerformanceResourceTiming ? { start: entry.startTime, end: entry.responseEnd } : null;
      }),
    hrefs,
  );
  for (let index = 1; index < timings.length; index++) {
    expect(timings[index]?.start).toBeGreaterThanOrEqual(timings[index - 1]?.end ?? Infinity);
  }
}

/** Holds every request whose URL matches until released. */
async function hold(page: Page, pattern: RegExp) {
  const held: Route[] = [];
  let released = false;
  await page.route(pattern, (route) => (released ? route.continue() : held.push(route)));
  return async () => {
    released = true;
    await Promise.all(held.splice(0).map((route) => route.continue()));
  };
}

// Each page inlines only the rules its own HTML can use; the rest of the stylesheet arrives after
// the first paint. Held back with the scripts, then let in alone, it must change nothing the
// reader already sees, in any theme, view or width the head script can set before the paint.
const cases = [
  { path: `/en${docPath}`, width: 1280, scheme: 'light' },
  { path: `/zh${docPath}?view=zh`, width: 360, scheme: 'dark' },
  { path: `/en${regulationsPath}?view=interleaved`, width: 1280, scheme: 'dark' },
  { path: `/en${regulationsPath}/passages/art-18`, width: 360, scheme: 'light' },
  { path: '/zh', width: 360, scheme: 'light' },
  { path: '/en/glossary', width: 1280, scheme: 'dark' },
  { path: '/zh/glossary/xinchuang', width: 360, scheme: 'dark' },
  { path: '/en/search?q=%E6%95%B0%E5%AD%97%E7%BB%8F%E6%B5%8E', width: 1280, scheme: 'light' },
  { path: '/en/about', width: 360, scheme: 'light' },
] as const;

test.describe(() => {
  // The service worker would serve the held files from its cache.
  test.use({ serviceWorkers: 'block' });
  test('the rest of the stylesheet, arriving after the first paint, changes nothing on the page', async ({ page }) => {
    test.setTimeout(90_000);
    for (const { path, width, scheme } of cases) {
      await page.unrouteAll({ behavior: 'wait' });
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      const releaseScripts = await hold(page, /\/_next\/static\//);
      const releaseStylesheet = await hold(page, /\/late-css\//);
      // `load` waits for the scripts when they start before it: held, they never finish.
      await page.goto(path, { waitUntil: 'domcontentloaded' });
      await expect.poll(() => page.evaluate(() => document.querySelectorAll('head > script[src]').length)).toBeGreaterThan(3);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
      const before = await firstScreen(page);

      await releaseStylesheet();
      await lateSheetsLoaded(page);
      const after = await firstScreen(page);
      expect(
        after.map((box) => box.key),
        path,
      ).toEqual(before.map((box) => box.key));
      const changed = after
        .filter((box, index) => box.rect !== before[index]?.rect || box.style !== before[index]?.style)
        .map((box) => box.key);
      expect(changed, `${path} at ${width} px, ${scheme}`).toEqual([]);
      await releaseScripts();
    }
  });
});

// The stylesheet after the paint leaves out what every page inlines (lib/first-paint/late-css.ts):
// together, the two hold every rule of the site stylesheet, in its layer and media, save the
// rules for segments or glossary entries on a page that has none.
test('every rule of the site stylesheet reaches each page: inlined, or in the stylesheet after the paint', async ({ page }) => {
  for (const path of everyPageKind) {
    await page.goto(path);
    await expect(page.getByRole('button', { name: /Search|搜索/ }).first()).toBeEnabled();
    await lateSheetsLoaded(page);
    const {
      site,
      page: onPage,
      rendered,
    } = await page.evaluate(
      async ({ siteCss, markers }) => {
        // Each style rule's selectors, one by one, under the layers, media and supports around it.
        function keys(rules: CSSRuleList, context = '', into = new Set<string>()): Set<string> {
          for (const rule of Array.from(rules)) {
            if (rule instanceof CSSStyleRule) {
              let depth = 0;
              let start = 0;
              const text = rule.selectorText;
              for (let index = 0; index <= text.length; index++) {
                const char = text[index];
                if (char === '(' || char === '[') depth++;
                else if (char === ')' || char === ']') depth--;
                else if ((char === ',' && depth === 0) || index === text.length) {
                  into.add(`${context}|${text.slice(start, index).trim()}`);
                  start = index + 1;
                }
              }
            } else if (rule instanceof CSSPropertyRule) into.add(`@property ${rule.name}`);
            else if (rule instanceof CSSKeyframesRule) into.add(`@keyframes ${rule.name}`);
            else if (rule instanceof CSSLayerBlockRule) keys(rule.cssRules, `${context}@layer ${rule.name}`, into);
            else if (rule instanceof CSSConditionRule)
              keys(rule.cssRules, `${context}@${rule.constructor.name} ${rule.conditionText}`, into);
          }
          return into;
        }
        const whole = new CSSStyleSheet();
        whole.replaceSync(await (await fetch(siteCss)).text());
        const onPage = new Set<string>();
        for (const sheet of Array.from(document.styleSheets)) keys(sheet.cssRules, '', onPage);
        const rendered = markers.filter((marker) => document.querySelector(`[${marker}]`) !== null);
        return { site: [...keys(whole.cssRules)], page: [...onPage], rendered };
      },
      { siteCss: routes.siteCss(), markers: skippedElements.map(({ marker }) => marker) },
    );
    const missing = site.filter((key) => {
      const skipped = skippedSubject(key.slice(key.lastIndexOf('|') + 1));
      return !onPage.includes(key) && (skipped === null || rendered.includes(skipped));
    });
    expect(site.length, path).toBeGreaterThan(300);
    expect(missing, path).toEqual([]);
  }
});

test.describe(() => {
  // The service worker would fetch the files itself, past the routes that fail them here.
  test.use({ serviceWorkers: 'block' });
  test('a page whose own stylesheet after the paint does not load gets the whole one instead', async ({ page }) => {
    await page.route(/\/late-css\//, (route) => route.abort());
    await page.goto(`/en${docPath}`);
    await expect(page.getByRole('button', { name: 'Search' }).first()).toBeEnabled();
    const [first] = await ownLateSheets(page);
    const whole = routes.siteCssLateParts();
    // The page's first part failed; the site's parts follow it, each once the one before has loaded.
    const sheets = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => ({
          href: new URL(link.href).pathname,
          // A sheet that failed has no rules to read: reading them throws.
          loaded: (() => {
            try {
              return (link.sheet?.cssRules.length ?? 0) > 0;
            } catch {
              return false;
            }
          })(),
        })),
      );
    await expect.poll(sheets).toEqual([{ href: first, loaded: false }, ...whole.map((href) => ({ href, loaded: true }))]);
  });
});
