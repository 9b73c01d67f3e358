import { describe, expect, it } from 'vitest';
import { normalizeChinesePunctuation } from '@/lib/text/chinese-punctuation';
import { buildSearchPayload } from './build-index';
import { loadSearch } from './query';

const source = '北京要加快建设,数字城市(示范区)加速建设。';

const searcher = loadSearch(
  JSON.parse(
    JSON.stringify(
      buildSearchPayload(
        [
          {
            id: 'p',
            kind: 'paragraph',
            section: null,
            zh: [normalizeChinesePunctuation(source)],
            en: ['Beijing must speed up building the digital city.'],
            terms: [],
            doc: 'd',
            docTitle: { zh: '文', en: 'Doc' },
            sectionTitle: null,
          },
        ],
        [],
        new Map(),
      ),
    ),
  ),
);

describe('search over Chinese punctuation', () => {
  it('finds the text as shown whichever form of the marks the query uses', () => {
    const ascii = searcher.search('建设,数字城市(示范区');
    const full = searcher.search('建设，数字城市（示范区');
    expect(ascii.results.map((hit) => hit.id)).toEqual(['p']);
    expect(full.results.map((hit) => hit.id)).toEqual(['p']);
    // The same characters highlighted either way: offsets are those of the text as shown.
    expect(ascii.results[0]?.ranges).toEqual(full.results[0]?.ranges);
  });
});
