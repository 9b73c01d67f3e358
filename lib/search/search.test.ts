// End to end over the real seed text: build → JSON → load → search, checked
// against brute-force substring matching on the same lines.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { must } from '@/lib/testing/must';
import type { SegmentKind } from '@/lib/content/model';
import { buildSearchPayload, type GlossaryEntry, type IndexSegment } from './build-index';
import { buildCorpusFoldMap } from './fold-build';
import { mergePayload, PAYLOAD_VERSION, splitPayload, type SearchPayload } from './payload';
import { loadSearch, type SegmentHit, type Searcher } from './query';

// The interview as received (content/sources keeps the seed byte for byte).
const SEED = fileURLToPath(new URL('../../content/sources/beijing-digital-economy-2023.txt', import.meta.url));
// Lines 1–22: the article. Line 23 is the site's copyright notice.
const lines = readFileSync(SEED, 'utf8').split('\n').slice(0, 22);

// Synthetic English for a few lines; the rest are Chinese only.
const english: Record<number, string[]> = {
  4: ['In 2023 Beijing plans 10,000 new 5G base stations.', 'The digital economy grew.'],
  5: ['Foton Cummins and Sany Heavy Industry were named global lighthouse factories.'],
  6: ['Gigabit broadband reached 1.296 million users.', 'A smart factory pilot opened in the city.'],
};

const glossary: GlossaryEntry[] = [
  { id: 'ywtb', zh: '一网通办', pinyin: 'yī wǎng tōng bàn', en: 'one-stop online government services' },
  { id: 'ywtg', zh: '一网统管', pinyin: 'yī wǎng tǒng guǎn', en: 'unified city management' },
  {
    id: 'dtgc',
    zh: '灯塔工厂',
    pinyin: 'dēng tǎ gōng chǎng',
    en: 'lighthouse factory',
    enForms: ['lighthouse factories'],
  },
  { id: 'szjj', zh: '数字经济', pinyin: 'shù zì jīng jì', en: 'digital economy' },
];

function kindOf(line: string, i: number): SegmentKind {
  if (i === 0) return 'title';
  if (i === 1) return 'lead';
  return line.length < 40 ? 'heading' : 'paragraph';
}

// Sentences end at 。！？； (kept), so joining with '' gives the line back.
const sentencesOf = (line: string) => line.match(/[^。！？；]+[。！？；]?/g) ?? [line];

const segments: IndexSegment[] = lines.map((line, i) => ({
  id: `seed-${i + 1}`,
  kind: kindOf(line, i),
  section: null,
  zh: sentencesOf(line),
  en: english[i + 1] ?? [],
  terms: glossary.filter((g) => line.includes(g.zh)).map((g) => g.id),
  doc: 'seed',
  docTitle: { zh: must(lines[0]), en: 'Seed' },
  sectionTitle: null,
}));

/** Ground truth: ids of the lines whose text contains every part (plain substring). */
function bruteForce(...parts: string[]): string[] {
  return segments.filter((s) => parts.every((p) => s.zh.join('').includes(p))).map((s) => s.id);
}

const ids = (hits: SegmentHit[]) => hits.map((h) => h.id);

let payload: SearchPayload;
let json: string;
let searcher: Searcher;
const search = (q: string) => searcher.search(q, { limit: Infinity });

beforeAll(() => {
  const fold = buildCorpusFoldMap(segments, glossary);
  payload = buildSearchPayload(segments, glossary, fold);
  json = JSON.stringify(payload);
  // Load what the browser gets: the JSON text, not the in-memory object.
  searcher = loadSearch(JSON.parse(json));
});

describe('Chinese substrings', () => {
  it.each(['数字经', '数字经济', '灯塔工厂', '基站', '互联网', '张劲松', '人工智能', '标杆城市', '京津冀', '一网通办'])(
    '%s finds exactly the lines containing it',
    (q) => {
      const expected = bruteForce(q);
      expect(expected.length).toBeGreaterThan(0);
      expect(ids(search(q).results)).toEqual(expected);
    },
  );

  it('matches brute force for any substring of the seed', () => {
    const han = /^\p{Script=Han}+$/u;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: lines.length - 1 }), fc.nat(), fc.integer({ min: 1, max: 6 }), (line, at, len) => {
        const text = must(lines[line]);
        const start = at % text.length;
        const q = text.slice(start, start + len);
        fc.pre(han.test(q));
        expect(ids(search(q).results)).toEqual(bruteForce(q));
      }),
      { numRuns: 300 },
    );
  });

  it('rejects lines holding every bigram of the query but not the query', () => {
    // Find ABC where the line has AB and BC (so the bigram index returns it) but not ABC.
    const traps: Array<{ q: string; line: string }> = [];
    for (const s of segments) {
      const text = s.zh.join('');
      const grams = new Set(Array.from(text.matchAll(/(?=(\p{Script=Han}{2}))/gu), (m) => m[1] ?? ''));
      for (const ab of grams) {
        for (const bc of grams) {
          const q = ab + (bc[1] ?? '');
          if (ab[1] === bc[0] && !text.includes(q)) traps.push({ q, line: s.id });
        }
      }
    }
    expect(traps.length).toBeGreaterThan(10);
    for (const { q, line } of traps.slice(0, 50)) {
      expect(ids(search(q).results)).not.toContain(line);
      expect(ids(search(q).results)).toEqual(bruteForce(q));
    }
  });

  it('finds single characters', () => {
    expect(ids(search('网').results)).toEqual(bruteForce('网'));
  });

  it('finds Simplified text from a Traditional query', () => {
    expect(ids(search('一網通辦').results)).toEqual(bruteForce('一网通办'));
    expect(ids(search('數字經濟').results)).toEqual(bruteForce('数字经济'));
  });

  it('finds text from full-width input', () => {
    expect(ids(search('５Ｇ基站').results)).toEqual(bruteForce('5G', '基站'));
  });
});

describe('mixed, numbers and English', () => {
  it('5G 基站 finds the lines with both', () => {
    const expected = bruteForce('5G', '基站');
    expect(expected).toEqual(['seed-4', 'seed-6']);
    expect(ids(search('5G 基站').results)).toEqual(expected);
  });

  it('keeps a space-free mixed query in order, like a substring search', () => {
    expect(ids(search('AI技术').results)).toEqual(bruteForce('AI技术'));
    expect(bruteForce('AI技术').length).toBeGreaterThan(0);
    // Lines 4 and 6 hold both 5G and 数字, never adjacent.
    expect(bruteForce('5G', '数字')).toEqual(['seed-4', 'seed-6']);
    expect(search('5G数字').results).toEqual([]);
    expect(ids(search('5G基站').results)).toEqual(bruteForce('5G基站'));
  });

  it('keeps numbers whole', () => {
    expect(ids(search('129.6').results)).toEqual(['seed-6']);
    expect(ids(search('2023').results)).toEqual(bruteForce('2023'));
    expect(search('129').results).toEqual([]);
  });

  it('matches English words by stem, both ways', () => {
    expect(ids(search('factory').results)).toEqual(['seed-5', 'seed-6']);
    expect(ids(search('factories').results)).toEqual(['seed-5', 'seed-6']);
    expect(ids(search('Lighthouse Factories').results)).toEqual(['seed-5']);
    expect(search('factorial').results).toEqual([]);
  });

  it('requires every word, stop words included', () => {
    expect(ids(search('the city').results)).toEqual(['seed-6']);
    expect(search('the lighthouse').results).toEqual([]);
    expect(ids(search('the').results)).toEqual(['seed-4', 'seed-6']);
  });

  it('lets the parts of a bilingual query match in either language of the pair', () => {
    // seed-4: 基站 in the Chinese, "stations" only in the (synthetic) English.
    const hits = search('基站 stations').results;
    expect(ids(hits)).toEqual(['seed-4']);
    const hit = must(hits[0], 'hit');
    expect(hit.lang).toBe('zh');
    const marked = (lang: 'zh' | 'en') =>
      (hit.matches[lang] ?? []).flatMap((m) => m.ranges.map(([s, e]) => must(hit[lang][m.sentence]).slice(s, e)));
    expect(marked('zh')).toEqual(expect.arrayContaining(['基站']));
    expect(marked('en')).toEqual(['stations']);
    // Still every part: a part found in neither language rejects the pair.
    expect(search('基站 lighthouse').results).toEqual([]);
  });

  it('matches numbers with thousands separators in English', () => {
    expect(ids(search('10,000').results)).toEqual(['seed-4']);
    expect(ids(search('10000 stations').results)).toEqual(['seed-4']);
  });
});

describe('highlights', () => {
  it('points at the matched Chinese sentence and characters', () => {
    const hit = must(search('灯塔工厂').results[0], 'hit');
    expect(hit.lang).toBe('zh');
    expect(hit.ranges.length).toBeGreaterThan(0);
    for (const [start, end] of hit.ranges) expect(must(hit.zh[hit.sentence]).slice(start, end)).toBe('灯塔工厂');
    expect(hit.zh[hit.sentence]).toContain('灯塔工厂');
  });

  it('highlights every part of a mixed query and picks the sentence holding most of them', () => {
    const hit = search('5G 基站').results.find((h) => h.id === 'seed-4');
    expect(hit).toBeDefined();
    if (!hit) return;
    const marked = hit.ranges.map(([s, e]) => must(hit.zh[hit.sentence]).slice(s, e));
    expect(marked.join('|')).toBe('5G基站');
    // The English text has 5G but not 基站: that language did not match.
    expect(hit.matches.en).toBeNull();
  });

  it('highlights the English word form that matched', () => {
    const hit = search('factory').results.find((h) => h.id === 'seed-5');
    expect(hit?.lang).toBe('en');
    expect(hit && hit.ranges.map(([s, e]) => must(hit.en[hit.sentence]).slice(s, e))).toEqual(['factories']);
    expect(hit?.matches.zh).toBeNull();
  });

  it('maps offsets back through Traditional and full-width input', () => {
    const hit = must(search('一網通辦').results[0], 'hit');
    expect(must(hit.zh[hit.sentence]).slice(...must(hit.ranges[0]))).toBe('一网通办');
  });

  it('splits a highlight that crosses a sentence boundary', () => {
    const small = loadSearch(
      JSON.parse(
        JSON.stringify(
          buildSearchPayload(
            [
              {
                id: 'x',
                kind: 'paragraph',
                section: 'h',
                zh: ['发展数字经', '济很重要'],
                en: [],
                terms: [],
                doc: 'd',
                docTitle: { zh: '文', en: 'Doc' },
                sectionTitle: { zh: '节', en: 'Section' },
              },
            ],
            [],
            new Map(),
          ),
        ),
      ),
    );
    const hit = must(small.search('数字经济').results[0], 'hit');
    expect(hit.matches.zh).toEqual([
      { sentence: 0, ranges: [[2, 5]] },
      { sentence: 1, ranges: [[0, 1]] },
    ]);
    expect(hit.sentence).toBe(0);
    expect(hit).toMatchObject({ doc: 'd', docTitle: { en: 'Doc' }, sectionTitle: { zh: '节' } });
  });
});

describe('glossary', () => {
  it.each(['yiwangtongban', 'yi wang tong ban', 'yīwǎngtōngbàn', 'YI WANG TONG BAN'])(
    'pinyin %s finds the term and the segments containing it',
    (q) => {
      const { terms, results } = search(q);
      expect(terms[0]).toMatchObject({ id: 'ywtb', match: 'exact', field: 'pinyin' });
      expect(ids(results)).toEqual(bruteForce('一网通办'));
      const first = must(results[0], 'result');
      expect(first.via).toBe('term');
      expect(must(first.zh[first.sentence]).slice(...must(first.ranges[0]))).toBe('一网通办');
    },
  );

  it('matches pinyin on syllable boundaries only', () => {
    expect(search('yiwang').terms.map((t) => t.id)).toEqual(['ywtb', 'ywtg']);
    expect(search('yiwan').terms).toEqual([]);
  });

  it('puts the term first when the query is a term', () => {
    const res = search('灯塔工厂');
    expect(res.terms[0]).toMatchObject({ id: 'dtgc', match: 'exact', field: 'zh' });
    expect(search('lighthouse factories').terms[0]).toMatchObject({ id: 'dtgc', match: 'exact', field: 'en' });
    expect(search('数字').terms.map((t) => `${t.id}:${t.match}`)).toEqual(['szjj:prefix']);
  });
});

describe('robustness', () => {
  it.each(['', '   ', '<script>alert(1)</script>', '.*(', '(?:)[]\\', '\u0000\ud800', '😀😀', 'a'.repeat(5000), '数字经济'.repeat(2000)])(
    '%# returns calmly',
    (q) => {
      const started = performance.now();
      const res = search(q);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(Array.isArray(res.results)).toBe(true);
      expect(res.total).toBe(res.results.length);
    },
  );

  it('finds nothing for markup that is not in the text', () => {
    expect(search('<script>alert(1)</script>').results).toEqual([]);
    expect(search('.*(').results).toEqual([]);
  });

  it('honours the limit but reports the total', () => {
    const res = searcher.search('数字', { limit: 2 });
    expect(res.results).toHaveLength(2);
    expect(res.total).toBe(bruteForce('数字').length);
  });

  it('returns segments in reading order', () => {
    const positions = search('数字').results.map((h) => h.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('refuses a payload of another version', () => {
    expect(() => loadSearch({ ...payload, v: PAYLOAD_VERSION + 1 })).toThrow();
    expect(() => loadSearch(null)).toThrow();
  });
});

describe('payload', () => {
  it('is served as a core and one shard per document, each small, merging back to the same payload', () => {
    const { core, shards } = splitPayload(payload, (slug) => `/search-index/${slug}.json`);
    const files = [core, ...shards].map((file) => gzipSync(JSON.stringify(file)).length);
    console.info(
      `seed search files, gzip: core ${files[0]} B, shards ${files.slice(1).join(', ')} B; fold map ${Array.from(payload.fold).length / 2} entries`,
    );
    for (const size of files) expect(size).toBeLessThan(30 * 1024);
    expect(core.shards).toEqual(payload.docs.map((doc) => `/search-index/${doc.slug}.json`));
    expect(mergePayload(core, shards)).toEqual(payload);
    expect(Array.from(payload.fold).length / 2).toBeLessThan(600);
  });
});
