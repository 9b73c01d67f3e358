import { describe, expect, it } from 'vitest';
import { prefAttributes, prefsScript } from '@/lib/reader/prefs';
import { withCriticalCss } from './critical-css';
import { deferToFirstPaint, deferred } from './defer';
import { afterPaintScript } from './loader';

// The shape of a page as `next build` writes it (Next 16, Turbopack), cut down.
const page = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/b.js" async=""></script>',
  '<title>T</title><link rel="manifest" href="/manifest.webmanifest"/>',
  '<style data-site-css="">.x{color:red}</style><script src="/_next/static/chunks/polyfill.js" noModule=""></script></head>',
  '<body><p class="x">Text</p><script id="_R_">(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push({})</script>',
  '<script src="/_next/static/chunks/main.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '</body></html>',
].join('');

const options = { stylesheet: '/site.css', then: 'function(){window.started=1}' };

describe('deferToFirstPaint', () => {
  const done = deferToFirstPaint(page, options);

  it('takes the chunk scripts, their preload and the manifest out of the HTML', () => {
    expect(done).not.toMatch(/<script src="[^"]*" async="">/);
    expect(done).not.toContain('rel="preload"');
    expect(done).not.toContain('rel="manifest"');
  });

  it('keeps everything else where it was', () => {
    expect(done).toContain('<script src="/_next/static/chunks/polyfill.js" noModule=""></script></head>');
    expect(done).toContain('<style data-site-css="">.x{color:red}</style>');
    expect(done).toContain('<p class="x">Text</p><script id="_R_">');
    expect(done).toContain('push([0])</script><script data-after-paint="">');
  });

  it('names every script once, in the order of the HTML, in the script at the end of <body>', () => {
    const loader = /<script data-after-paint="">(.*?)<\/script><\/body>/.exec(done)?.[1] ?? '';
    expect(loader).toContain('["/_next/static/chunks/a.js","/_next/static/chunks/b.js","/_next/static/chunks/main.js"]');
    expect(loader).toContain('"/site.css"');
    expect(loader).toContain('"/manifest.webmanifest"');
  });

  it('leaves a page done once, and a page that names no chunk, alone', () => {
    expect(deferred(done)).toBe(true);
    expect(deferToFirstPaint(done, options)).toBe(done);
    const staticPage = '<html><head><style data-site-css="">.x{}</style></head><body><script id="_R_">x</script></body></html>';
    expect(deferToFirstPaint(staticPage, options)).toBe(staticPage);
  });
});

/** Runs the after-paint script against a stand-in for the browser, frame by frame. */
function runLoader(source: string, { visibility = 'visible', paintTiming = true }: { visibility?: string; paintTiming?: boolean } = {}) {
  const added: { tag: string; attributes: Record<string, string>; onload?: () => void; onerror?: () => void }[] = [];
  const frames: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const observers: ((list: { getEntriesByName: (name: string) => unknown[] }) => void)[] = [];
  const calls: string[] = [];
  const document = {
    visibilityState: visibility,
    head: { appendChild: (element: (typeof added)[number]) => added.push(element) },
    createElement: (tag: string) => {
      const attributes: Record<string, string> = {};
      return { tag, attributes, setAttribute: (name: string, value: string) => (attributes[name] = value) };
    },
  };
  class PerformanceObserver {
    static supportedEntryTypes = ['paint', 'largest-contentful-paint'];
    constructor(callback: (typeof observers)[number]) {
      observers.push(callback);
    }
    observe() {}
    disconnect() {}
  }
  const window = { calls, PerformanceObserver: paintTiming ? PerformanceObserver : undefined };
  new Function('document', 'requestAnimationFrame', 'setTimeout', 'window', source)(
    document,
    (callback: () => void) => frames.push(callback),
    (callback: () => void) => timers.push(callback),
    window,
  );
  const run = (queue: (() => void)[]) => queue.splice(0).forEach((callback) => callback());
  return {
    added,
    calls,
    frame: () => run(frames),
    tasks: () => run(timers),
    paint: (name: string) => observers.forEach((observer) => observer({ getEntriesByName: (wanted) => (wanted === name ? [{}] : []) })),
  };
}

describe('the after-paint script', () => {
  const source = afterPaintScript({
    stylesheet: '/site.css',
    manifest: '/manifest.webmanifest',
    scripts: ['/a.js', '/b.js'],
    then: "function(){window.calls.push('then')}",
  });
  const started = (browser: ReturnType<typeof runLoader>) =>
    browser.added.map((element) => [element.tag, element.attributes.href ?? element.attributes.src]);

  it('starts nothing until the next frame is painted and the first contentful paint is on screen', () => {
    const browser = runLoader(source);
    browser.frame();
    browser.tasks();
    browser.paint('first-paint');
    browser.tasks();
    expect(browser.added).toEqual([]);
    browser.paint('first-contentful-paint');
    browser.tasks();
    expect(started(browser)).toEqual([
      ['link', '/site.css'],
      ['link', '/manifest.webmanifest'],
      ['script', '/a.js'],
      ['script', '/b.js'],
    ]);
    expect(browser.added[2]?.attributes).toEqual({ src: '/a.js', async: '' });
  });

  it('waits for the frame after the whole document even when the first contentful paint came before it', () => {
    const browser = runLoader(source);
    browser.paint('first-contentful-paint');
    browser.tasks();
    expect(browser.added).toEqual([]);
    browser.frame();
    browser.tasks();
    browser.tasks();
    expect(browser.added).toHaveLength(4);
  });

  it('without paint timing, waits for the frame alone', () => {
    const browser = runLoader(source, { paintTiming: false });
    browser.frame();
    browser.tasks();
    browser.tasks();
    expect(browser.added).toHaveLength(4);
  });

  it('calls `then` once every script has loaded or failed', () => {
    const browser = runLoader(source);
    browser.frame();
    browser.paint('first-contentful-paint');
    browser.tasks();
    browser.tasks();
    browser.added[2]?.onload?.();
    expect(browser.calls).toEqual([]);
    browser.added[3]?.onerror?.();
    expect(browser.calls).toEqual(['then']);
  });

  it('starts at once in a page opened in the background, which has no frame to wait for', () => {
    const browser = runLoader(source, { visibility: 'hidden' });
    expect(browser.added).toHaveLength(4);
  });
});

describe('withCriticalCss', () => {
  const css = [
    '.used{color:red}.unused{color:blue}.used:hover{color:green}.used::before{content:"x"}',
    ':root[data-theme=dark] .later{color:white}html[data-js] .js-only{display:block}',
    'details[open] .inside{margin:0}@media print{.used{color:black}.unused{color:black}}',
  ].join('');
  const html = `<html><head><style data-site-css="">${css}</style></head><body><p class="used">A</p><details><p class="inside">B</p></details></body></html>`;

  it('keeps the rules that match the page, pseudo-classes and media included, and drops the rest', async () => {
    const reduced = /<style data-site-css="">(.*?)<\/style>/.exec(await withCriticalCss(html))?.[1] ?? '';
    expect(reduced).toContain('.used{color:red}');
    expect(reduced).toContain('.used:hover{color:green}');
    expect(reduced).toContain('.used::before{content:"x"}');
    expect(reduced).toContain('@media print{.used{color:black}}');
    expect(reduced).not.toContain('.unused');
  });

  it('keeps rules for states set before first paint without a script of the page: preferences, an open <details>', async () => {
    const reduced = await withCriticalCss(html);
    expect(reduced).toContain('[data-theme=dark] .later');
    expect(reduced).toContain('html[data-js] .js-only');
    expect(reduced).toContain('details[open] .inside');
  });

  it('changes nothing else in the page', async () => {
    const reduced = await withCriticalCss(html);
    expect(reduced.replace(/<style data-site-css="">.*?<\/style>/, '')).toBe(html.replace(/<style data-site-css="">.*?<\/style>/, ''));
  });
});

it('the critical CSS keeps every attribute the prefs script can set', () => {
  const set = [...prefsScript.matchAll(/setAttribute\('([a-z-]+)'/g)].map((match) => match[1]);
  expect(set.length).toBeGreaterThan(5);
  expect([...new Set(set)].sort()).toEqual([...prefAttributes].sort());
});

it('a page with styles of its own (Next’s error page) gets its scripts after paint, and no site stylesheet', () => {
  const errorPage = page.replace('<style data-site-css="">.x{color:red}</style>', '<style>body{margin:0}</style>');
  const done = deferToFirstPaint(errorPage, options);
  expect(deferred(done)).toBe(true);
  expect(done).not.toContain('/site.css');
});
