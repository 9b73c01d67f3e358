import { describe, expect, it } from 'vitest';
import { isKnownPath, routeTable } from './known-path';
import { localPaths, routes } from './routes';

describe('routes', () => {
  it('builds every URL the app links to or fetches', () => {
    expect(routes.library('zh')).toBe('/zh');
    expect(routes.glossary('en')).toBe('/en/glossary');
    expect(routes.term('en', 'one-network-services')).toBe('/en/glossary/one-network-services');
    expect(routes.document('zh', 'doc')).toBe('/zh/documents/doc');
    expect(routes.segment('en', 'doc', 's1-p2')).toBe('/en/documents/doc#s1-p2');
    expect(routes.sentence('en', 'doc', 's1-p2', 3)).toBe('/en/documents/doc?s=3#s1-p2');
    expect(routes.passage('en', 'doc', 's1-p2')).toBe('/en/documents/doc/passages/s1-p2');
    expect(routes.passageData('en', 'doc')).toBe('/en/documents/doc/passages/segments.json');
    expect(routes.search('en')).toBe('/en/search');
    expect(routes.search('en', '数字 经济')).toBe('/en/search?q=%E6%95%B0%E5%AD%97%20%E7%BB%8F%E6%B5%8E');
    expect(routes.searchResult('zh', 'doc', 's1', 'a&b')).toBe('/zh/documents/doc?hl=a%26b#s1');
    expect(routes.searchResult('zh', 'doc', 's1', '')).toBe('/zh/documents/doc#s1');
    expect(routes.searchIndex()).toBe('/search-index.json');
    expect(routes.glossaryCards('zh')).toBe('/zh/glossary-cards.json');
    expect(routes.notFound('en')).toBe('/en/404');
  });

  it('encodes ids, so no id can add a path part, a query or a fragment', () => {
    expect(routes.document('en', 'a/b?c#d')).toBe('/en/documents/a%2Fb%3Fc%23d');
    expect(routes.segment('en', 'doc', 'x#y')).toBe('/en/documents/doc#x%23y');
  });

  it('names, in the proxy table, every page the builders make', () => {
    const manifest = { documents: { doc: ['s1-p2'] }, terms: ['t'] };
    const pages = [
      localPaths.library(),
      localPaths.glossary(),
      localPaths.term('t'),
      localPaths.search(),
      localPaths.about(),
      localPaths.offline(),
      localPaths.document('doc'),
      localPaths.passage('doc', 's1-p2'),
      localPaths.notFound(),
    ];
    for (const page of pages) expect(isKnownPath(page, manifest), page).toBe(true);
    expect(Object.keys(routeTable)).toHaveLength(11);
  });
});
