import { beforeAll, describe, expect, it } from 'vitest';
import { prefAttributes, prefsScript } from '@/lib/reader/prefs';
import { withCriticalCss } from './critical-css';
import { deferToFirstPaint, deferred } from './defer';
import { declareFavicon } from './favicon';

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

const options = {
  stylesheets: ['/late/a.css', '/late/b.css'],
  fallbackStylesheets: ['/late/whole-1.css', '/late/whole-2.css'],
  worker: { url: '/sw.js', scope: '/', pagesCache: 'pages' },
};

describe('deferToFirstPaint', () => {
  let done = '';
  beforeAll(async () => {
    done = await deferToFirstPaint(page, options);
  });

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
    expect(loader).toContain('"scripts":["/_next/static/chunks/a.js","/_next/static/chunks/b.js","/_next/static/chunks/main.js"]');
    expect(loader).toContain('"stylesheets":["/late/a.css","/late/b.css"],"fallbackStylesheets":["/late/whole-1.css","/late/whole-2.css"]');
    expect(loader).toContain('"/manifest.webmanifest"');
  });

  it('leaves a page done once, and a page that names no chunk, alone', async () => {
    expect(deferred(done)).toBe(true);
    expect(await deferToFirstPaint(done, options)).toBe(done);
    const staticPage = '<html><head><style data-site-css="">.x{}</style></head><body><script id="_R_">x</script></body></html>';
    expect(await deferToFirstPaint(staticPage, options)).toBe(staticPage);
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

  it('also keeps the rules with the selectors it is asked for, in their place', async () => {
    const reduced = /<style data-site-css="">(.*?)<\/style>/.exec(await withCriticalCss(html, ['.unused']))?.[1] ?? '';
    expect(reduced).toContain('.used{color:red}.unused{color:blue}');
    expect(reduced).toContain('@media print{.used{color:black}.unused{color:black}}');
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

it('a page with styles of its own (Next’s error page) gets its scripts after paint, and no site stylesheet', async () => {
  const errorPage = page.replace('<style data-site-css="">.x{color:red}</style>', '<style>body{margin:0}</style>');
  const done = await deferToFirstPaint(errorPage, options);
  expect(deferred(done)).toBe(true);
  expect(done).not.toContain('/late/');
  expect(done).toContain('"stylesheets":[],"fallbackStylesheets":[]');
});

it('every page declares the favicon in its <head>, unless it has one', () => {
  const declared = declareFavicon(page, 'data:image/svg+xml,%3Csvg/%3E');
  expect(declared).toContain('noModule=""></script><link rel="icon" href="data:image/svg+xml,%3Csvg/%3E" type="image/svg+xml"/></head>');
  expect(declareFavicon(declared, 'data:,')).toBe(declared);
});
