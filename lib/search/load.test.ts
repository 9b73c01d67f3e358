import { describe, expect, it, vi } from 'vitest';
import { buildSearchPayload } from './build-index';
import { getSearch } from './load';

const payload = buildSearchPayload(
  [
    {
      id: 'a',
      kind: 'paragraph',
      section: null,
      zh: ['建设数字经济标杆城市。'],
      en: ['Build a digital economy benchmark city.'],
      terms: [],
      doc: 'd',
      docTitle: { zh: '文', en: 'Doc' },
      sectionTitle: null,
    },
  ],
  [],
  new Map(),
);

describe('getSearch', () => {
  it('fetches once and shares the searcher', async () => {
    const fetchJson = vi.fn(async () => JSON.parse(JSON.stringify(payload)));
    const [first, second] = await Promise.all([getSearch('/once.json', fetchJson), getSearch('/once.json', fetchJson)]);
    expect(first).toBe(second);
    expect(await getSearch('/once.json', fetchJson)).toBe(first);
    expect(fetchJson).toHaveBeenCalledTimes(1);
    expect(first.search('数字经济').results.map((h) => h.id)).toEqual(['a']);
  });

  it('retries after a failed load', async () => {
    const fetchJson = vi
      .fn<(url: string) => Promise<unknown>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ not: 'a payload' })
      .mockResolvedValue(JSON.parse(JSON.stringify(payload)));
    await expect(getSearch('/retry.json', fetchJson)).rejects.toThrow('offline');
    await expect(getSearch('/retry.json', fetchJson)).rejects.toThrow('payload');
    const searcher = await getSearch('/retry.json', fetchJson);
    expect(searcher.search('benchmark').results).toHaveLength(1);
    expect(fetchJson).toHaveBeenCalledTimes(3);
  });
});
