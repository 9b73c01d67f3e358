import { describe, expect, it, vi } from 'vitest';
import { buildSearchPayload } from './build-index';
import { getSearch } from './load';
import { splitPayload } from './payload';

const segment = (id: string, doc: string, zh: string, en: string) => ({
  id,
  kind: 'paragraph' as const,
  section: null,
  zh: [zh],
  en: [en],
  terms: [],
  doc,
  docTitle: { zh: '文', en: doc },
  sectionTitle: null,
});

const { core, shards } = splitPayload(
  buildSearchPayload(
    [
      segment('a', 'one', '建设数字经济标杆城市。', 'Build a digital economy benchmark city.'),
      segment('b', 'two', '数字经济促进条例。', 'Regulations.'),
    ],
    [],
    new Map(),
  ),
  (slug) => `/shard/${slug}.json`,
);

/** A server holding the core at `coreUrl` and the shards where it says. */
const files = (coreUrl: string): Record<string, unknown> => ({
  [coreUrl]: core,
  ...Object.fromEntries(shards.map((shard) => [`/shard/${shard.doc.slug}.json`, shard])),
});

describe('getSearch', () => {
  it('loads the core and every shard once, and shares the searcher', async () => {
    const served = files('/once.json');
    const fetchJson = vi.fn(async (url: string) => JSON.parse(JSON.stringify(served[url] ?? null)));
    const [first, second] = await Promise.all([getSearch('/once.json', fetchJson), getSearch('/once.json', fetchJson)]);
    expect(first).toBe(second);
    expect(await getSearch('/once.json', fetchJson)).toBe(first);
    expect(fetchJson.mock.calls.map(([url]) => url).sort()).toEqual(['/once.json', '/shard/one.json', '/shard/two.json']);
    const found = first.search('数字经济');
    expect(found.results.map((h) => `${h.doc}#${h.id}`)).toEqual(['one#a', 'two#b']);
    expect(found.docs.map((d) => [d.slug, d.count])).toEqual([
      ['one', 1],
      ['two', 1],
    ]);
  });

  it('offline, searches the documents whose files are there; online a missing one fails the load', async () => {
    const served = files('/partial.json');
    delete served['/shard/two.json'];
    const fetchJson = async (url: string) => {
      if (!(url in served)) throw new Error(`${url}: offline`);
      return JSON.parse(JSON.stringify(served[url]));
    };
    await expect(getSearch('/partial.json', fetchJson, () => false)).rejects.toThrow('offline');
    const searcher = await getSearch('/partial.json', fetchJson, () => true);
    expect(searcher.search('数字经济').results.map((hit) => hit.id)).toEqual(['a']);
  });

  it('retries after a failed load, a wrong core or a wrong shard', async () => {
    const served = files('/retry.json');
    const fetchJson = vi
      .fn<(url: string) => Promise<unknown>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ not: 'a payload' })
      .mockImplementation(async (url) => JSON.parse(JSON.stringify(served[url] ?? null)));
    await expect(getSearch('/retry.json', fetchJson)).rejects.toThrow('offline');
    await expect(getSearch('/retry.json', fetchJson)).rejects.toThrow('core');
    const searcher = await getSearch('/retry.json', fetchJson);
    expect(searcher.search('benchmark').results).toHaveLength(1);
    delete served['/shard/two.json'];
    await expect(getSearch('/broken.json', async (url) => (url === '/broken.json' ? core : (served[url] ?? null)))).rejects.toThrow(
      '/shard/two.json',
    );
  });
});
