import { Index } from 'flexsearch';
import { describe, expect, it } from 'vitest';
import { createEncoder, foldFromString, foldToString, MAX_QUERY_ATOMS, parseQuery, pinyinSyllables, segmentIndexOptions } from './encoder';
import { EMPTY_FOLD, indexTerms, normalize, normalizeText, stem, tokenize } from './tokens';
import { buildFoldMap } from './fold-build';

const words = (text: string) => tokenize(normalizeText(text)).map((t) => `${t.kind}:${t.key}`);

describe('normalize', () => {
  it('folds full-width forms, case and tone marks', () => {
    expect(normalizeText('ＡＢＣ５Ｇ，Factory')).toBe('abc5g,factory');
    expect(normalizeText('yīwǎngtōngbàn Lǚ')).toBe('yiwangtongban lu');
  });

  it('maps every normalised unit back to its source offsets', () => {
    // ﬁ (one unit) becomes two; ǎ (one unit) stays one after its mark is dropped.
    const n = normalize('aﬁǎ数');
    expect(n.text).toBe('afia数');
    expect(n.from).toEqual([0, 1, 1, 2, 3]);
    expect(n.to).toEqual([1, 2, 2, 3, 4]);
  });

  it('folds Traditional to Simplified only through the fold map', () => {
    const fold = new Map([
      ['網', '网'],
      ['辦', '办'],
    ]);
    expect(normalizeText('一網通辦', fold)).toBe('一网通办');
    expect(normalizeText('一網通辦')).toBe('一網通辦');
  });
});

describe('tokenize', () => {
  it('splits Han runs from words and numbers', () => {
    expect(words('新增5G基站1万个')).toEqual(['han:新增', 'word:5g', 'han:基站', 'word:1', 'han:万个']);
  });

  it('keeps numbers whole', () => {
    expect(words('千兆固网累计接入129.6万用户')).toContain('word:129.6');
    expect(words('2023年北京')).toContain('word:2023');
    expect(words('互联网3.0快速起步')).toContain('word:3.0');
    expect(words('1,000 users')).toEqual(['word:1000', 'word:user']);
    // A list, not a thousands separator; a full stop after a number ends it.
    expect(words('2021,2022')).toEqual(['word:2021', 'word:2022']);
    expect(words('in 2023.')).toEqual(['word:in', 'word:2023']);
  });

  it('reads possessives and drops punctuation', () => {
    expect(words("Beijing's “digital economy”!")).toEqual(['word:beij', 'word:digital', 'word:economy']);
  });

  it('gives offsets into the normalised text', () => {
    const tokens = tokenize('ab 数字经济');
    expect(tokens.map((t) => [t.start, t.end])).toEqual([
      [0, 2],
      [3, 7],
    ]);
  });
});

describe('stem', () => {
  it.each([
    ['factories', 'factory'],
    ['policies', 'policy'],
    ['developed', 'develop'],
    ['developing', 'develop'],
    ['develops', 'develop'],
    ['planned', 'plan'],
    ['classes', 'class'],
    ['causes', 'cause'],
    ['making', 'make'],
  ])('%s and %s share a stem', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it('does not conflate unrelated words', () => {
    expect(stem('nation')).not.toBe(stem('national'));
    expect(stem('development')).not.toBe(stem('develop'));
    expect(stem('thing')).toBe('thing');
    expect(stem('status')).toBe('status');
    expect(stem('need')).toBe('need');
  });
});

describe('index terms', () => {
  it('indexes Han runs as overlapping bigrams, single characters not at all', () => {
    expect(indexTerms(tokenize('数字经济'))).toEqual(['数字', '字经', '经济']);
    expect(indexTerms(tokenize('“是”'))).toEqual([]);
  });

  it('leaves stop words out of the index', () => {
    expect(indexTerms(tokenize('the factories of beijing'))).toEqual(['factory', 'beij']);
  });

  it('wires the same terms through the FlexSearch Encoder, with dedupe and numeric off', () => {
    const encoder = createEncoder(EMPTY_FOLD);
    expect(encoder.encode('数字经济 129.6 2023 5G factories 哈哈哈')).toEqual([
      '数字',
      '字经',
      '经济',
      '129.6',
      '2023',
      '5g',
      'factory',
      '哈哈',
    ]);
  });

  it('finds Chinese inside a clause where a default FlexSearch index does not', () => {
    const line = '北京要加快建设全球数字经济标杆城市';
    const plain = new Index();
    plain.add(1, line);
    expect(plain.search('数字经济')).toEqual([]);
    const ours = new Index(segmentIndexOptions(EMPTY_FOLD));
    ours.add(1, line);
    expect(ours.search('数字经济')).toEqual([1]);
  });
});

describe('parseQuery', () => {
  it('normalises pinyin with or without tones, spaces and tone digits', () => {
    for (const q of ['yiwangtongban', 'yi wang tong ban', 'yīwǎngtōngbàn', 'Yi1 Wang3 Tong1 Ban4']) {
      expect(parseQuery(q).pinyin).toBe('yiwangtongban');
    }
    expect(parseQuery('一网通办').pinyin).toBe('');
    expect(parseQuery('5G 基站').pinyin).toBe('');
  });

  it('splits mixed queries into atoms and an index query of surfaces', () => {
    const q = parseQuery('5G 基站 the factories');
    expect(q.atoms.map((a) => `${a.kind}:${a.key}`)).toEqual(['word:5g', 'han:基站', 'word:the', 'word:factory']);
    // Stop word dropped, surface (not stem) kept so the encoder re-derives the same key.
    expect(q.indexQuery).toBe('5g 基站 factories');
    expect(q.flat).toBe('5g 基站 the factory');
  });

  it('keeps Han next to other tokens as one phrase when there is no space', () => {
    const q = parseQuery('５Ｇ基站 数字经济，发展');
    expect(q.atoms).toEqual([
      { kind: 'phrase', key: '5g基站' },
      { kind: 'phrase', key: '数字经济,发展' },
    ]);
    expect(q.indexQuery).toBe('5g 基站 数字经济 发展');
  });

  it('caps hostile input', () => {
    expect(parseQuery('').atoms).toEqual([]);
    expect(parseQuery('.*(').atoms).toEqual([]);
    const long = parseQuery(Array.from({ length: 5000 }, (_, i) => `w${i}`).join(' '));
    expect(long.atoms).toHaveLength(MAX_QUERY_ATOMS);
  });

  it('syllabifies glossary pinyin', () => {
    expect(pinyinSyllables('yī wǎng tōng bàn')).toEqual(['yi', 'wang', 'tong', 'ban']);
    expect(pinyinSyllables("Xī'ān")).toEqual(['xi', 'an']);
  });
});

describe('fold map', () => {
  const corpus = ['坚持“一网通办”有序推进', '署著作者名', '着力推动'];
  const fold = buildFoldMap(corpus);

  it('maps Traditional characters onto Simplified ones the corpus uses', () => {
    expect(fold.get('網')).toBe('网');
    expect(fold.get('辦')).toBe('办');
    expect(normalizeText('一網通辦', fold)).toBe('一网通办');
  });

  it('keeps only mappings whose target occurs, never remapping a character the corpus uses', () => {
    for (const target of fold.values()) expect(corpus.join('')).toContain(target);
    // 著 is a Simplified character in this corpus (著作者): it must match itself, not 着.
    expect(fold.has('著')).toBe(false);
    expect(fold.size).toBeLessThan(100);
  });

  it('round-trips through its string form', () => {
    expect(foldFromString(foldToString(fold))).toEqual(new Map(fold));
  });
});
