import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentText, type SegmentModel } from '@/lib/content/model';
import { sentenceRanges } from '@/lib/content/model';
import { alignedSentences, createTextAnchor, findQuote, resolveAnchor, type TextAnchor } from './anchor';
import { hashText } from './hash';
import { normalizeChinesePunctuation } from '@/lib/text/chinese-punctuation';
import { ASTRAL_SEGMENT, SAMPLE_SEGMENTS, sampleSegment } from './test-fixtures';

const P1 = sampleSegment('s1-p1');
const P1_ZH = segmentText(P1, 'zh');

function anchorOf(segment: SegmentModel, lang: 'zh' | 'en', exact: string, occurrence = 0): TextAnchor {
  const text = segmentText(segment, lang);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(exact, at + 1);
  if (at === -1) throw new Error(`"${exact}" not found`);
  const anchor = createTextAnchor({ segment, lang, start: at, end: at + exact.length });
  if (!anchor) throw new Error('empty anchor');
  return anchor;
}

function edit(segment: SegmentModel, lang: 'zh' | 'en', index: number, change: (s: string) => string): SegmentModel {
  const sentences = [...segment[lang]];
  sentences[index] = change(sentences[index]!);
  return { ...segment, [lang]: sentences };
}

const input = (anchor: TextAnchor) => ({
  lang: anchor.lang,
  range: { start: anchor.start, end: anchor.end },
  quote: anchor.quote,
  hash: anchor.hash,
});

describe('sentence ranges and alignment', () => {
  it('gives offsets into the joined segment text (zh joined with "", en with " ")', () => {
    for (const segment of SAMPLE_SEGMENTS) {
      for (const lang of ['zh', 'en'] as const) {
        const text = segmentText(segment, lang);
        const ranges = sentenceRanges(segment, lang);
        expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(segment[lang]);
      }
    }
    expect(sentenceRanges(P1, 'en')[1]!.start).toBe(P1.en[0]!.length + 1);
  });

  it('maps the sentences overlapped by a span to the same indices in the other language', () => {
    const ranges = sentenceRanges(P1, 'zh');
    // From the end of sentence 0 into sentence 1.
    expect(alignedSentences(P1, 'zh', { start: ranges[0]!.end - 3, end: ranges[1]!.start + 2 })).toEqual({
      zh: [0, 1],
      en: [0, 1],
    });
    // Inside the last sentence only.
    expect(alignedSentences(P1, 'zh', { start: ranges[2]!.start + 1, end: ranges[2]!.end })).toEqual({ zh: [2], en: [2] });
    // English span across all three sentences.
    expect(alignedSentences(P1, 'en', { start: 0, end: segmentText(P1, 'en').length })).toEqual({
      zh: [0, 1, 2],
      en: [0, 1, 2],
    });
    // Only the space between two English sentences: nothing.
    const en = sentenceRanges(P1, 'en');
    expect(alignedSentences(P1, 'en', { start: en[0]!.end, end: en[1]!.start })).toEqual({ zh: [], en: [] });
    // The other language has fewer sentences: indices it lacks are dropped.
    const short: SegmentModel = { ...P1, en: [P1.en[0]!] };
    expect(alignedSentences(short, 'zh', { start: 0, end: P1_ZH.length })).toEqual({ zh: [0, 1, 2], en: [0] });
  });
});

describe('createTextAnchor', () => {
  it('records offsets, the exact text with context, and the segment hash', () => {
    const anchor = anchorOf(P1, 'zh', '新增5G基站1万个');
    expect(P1_ZH.slice(anchor.start, anchor.end)).toBe('新增5G基站1万个');
    expect(anchor.quote).toEqual({
      prefix: P1_ZH.slice(anchor.start - 12, anchor.start),
      exact: '新增5G基站1万个',
      suffix: P1_ZH.slice(anchor.end, anchor.end + 12),
    });
    expect(anchor.hash).toBe(hashText(P1_ZH));
    const en = anchorOf(P1, 'en', 'global benchmark city');
    expect(en.quote.prefix).toHaveLength(32);
    expect(en.quote.suffix).toHaveLength(32);
  });

  it('clamps, orders and trims offsets, and refuses empty selections', () => {
    const en = segmentText(P1, 'en');
    const firstEnd = P1.en[0]!.length;
    const anchor = createTextAnchor({ segment: P1, lang: 'en', start: firstEnd + 1, end: firstEnd - 9 });
    expect(anchor?.quote.exact).toBe('stations.'); // reversed offsets swapped, trailing space trimmed
    expect(createTextAnchor({ segment: P1, lang: 'en', start: -5, end: 9 })?.start).toBe(0);
    expect(createTextAnchor({ segment: P1, lang: 'en', start: en.length - 3, end: en.length + 50 })?.end).toBe(en.length);
    expect(createTextAnchor({ segment: P1, lang: 'en', start: firstEnd, end: firstEnd + 1 })).toBeNull();
    expect(createTextAnchor({ segment: P1, lang: 'en', start: 4, end: 4 })).toBeNull();
    expect(createTextAnchor({ segment: P1, lang: 'en', start: Number.NaN, end: 4 })?.start).toBe(0);
  });

  it('never splits a surrogate pair (𠮷, emoji)', () => {
    const text = segmentText(ASTRAL_SEGMENT, 'zh');
    // Offset 1 is inside 𠮷 (U+20BB7 = two code units).
    const anchor = createTextAnchor({ segment: ASTRAL_SEGMENT, lang: 'zh', start: 1, end: 3 });
    expect(anchor?.start).toBe(0);
    expect(anchor?.quote.exact).toBe('𠮷野');
    const emoji = text.indexOf('😋');
    const around = createTextAnchor({ segment: ASTRAL_SEGMENT, lang: 'zh', start: emoji - 1, end: emoji + 1 });
    expect(around?.quote.exact).toBe('吃😋');
    fc.assert(
      fc.property(fc.nat(text.length), fc.nat(text.length), (a, b) => {
        const result = createTextAnchor({ segment: ASTRAL_SEGMENT, lang: 'zh', start: a, end: b });
        if (result === null) return;
        for (const part of [result.quote.prefix, result.quote.exact, result.quote.suffix]) {
          expect(encodeURIComponent(part)).toBeTypeOf('string'); // throws on a lone surrogate
        }
      }),
    );
  });
});

describe('resolveAnchor', () => {
  it('match: unchanged segment uses the stored offsets', () => {
    const anchor = anchorOf(P1, 'zh', '全球数字经济标杆城市', 1);
    expect(resolveAnchor(P1, input(anchor))).toEqual({
      status: 'match',
      lang: 'zh',
      start: anchor.start,
      end: anchor.end,
      aligned: { zh: [1], en: [1] },
    });
  });

  it('match: a link made before the Chinese took Chinese punctuation still matches, at the same place', () => {
    // Quote and hash taken over the old text (ASCII commas), resolved against the text as shown now.
    const anchor = anchorOf(P1, 'zh', '政府工作报告中指出,北京要加快');
    const shown = { ...P1, zh: P1.zh.map(normalizeChinesePunctuation) };
    expect(segmentText(shown, 'zh')).not.toBe(P1_ZH);
    const result = resolveAnchor(shown, input(anchor));
    expect(result).toMatchObject({ status: 'match', lang: 'zh', start: anchor.start, end: anchor.end });
    expect(segmentText(shown, 'zh').slice(anchor.start, anchor.end)).toBe('政府工作报告中指出，北京要加快');
    // And one made now resolves against the same text.
    const fresh = anchorOf(shown, 'zh', '指出，北京');
    expect(resolveAnchor(shown, input(fresh))).toMatchObject({ status: 'match', start: fresh.start });
  });

  it('revised: text inserted before the span moves the highlight to the quote', () => {
    const anchor = anchorOf(P1, 'zh', '积极构建首都新发展格局');
    const revised = edit(P1, 'zh', 0, (s) => `据悉,${s}`);
    const result = resolveAnchor(revised, input(anchor));
    expect(result.status).toBe('revised');
    if (result.status === 'gone') throw new Error('unreachable');
    expect(result.start).toBe(anchor.start + 3);
    expect(segmentText(revised, 'zh').slice(result.start, result.end)).toBe('积极构建首都新发展格局');
    expect(result.aligned).toEqual({ zh: [1], en: [1] });
  });

  it('gone: quote removed by an edit gives no highlight', () => {
    const anchor = anchorOf(P1, 'zh', '新增5G基站1万个');
    const revised = edit(P1, 'zh', 0, (s) => s.replace('新增5G基站1万个', '新增5G基站2万个'));
    expect(resolveAnchor(revised, input(anchor))).toEqual({ status: 'gone' });
    // Without a quote, a changed hash can never be trusted.
    expect(resolveAnchor(revised, { ...input(anchor), quote: null })).toEqual({ status: 'gone' });
  });

  it('repeated quotes: prefix/suffix pick the right occurrence after an edit', () => {
    const quote = '建设全球数字经济标杆城市';
    expect(P1_ZH.split(quote)).toHaveLength(3); // occurs twice
    const second = anchorOf(P1, 'zh', quote, 1);
    const first = anchorOf(P1, 'zh', quote, 0);
    // An edit that shifts everything so the old offsets point nowhere useful.
    const revised = edit(P1, 'zh', 0, (s) => `(新华社)${s}`);
    const text = segmentText(revised, 'zh');
    const r2 = resolveAnchor(revised, input(second));
    const r1 = resolveAnchor(revised, input(first));
    if (r1.status === 'gone' || r2.status === 'gone') throw new Error('expected revised');
    expect(r2.start).toBe(text.lastIndexOf(quote));
    expect(r1.start).toBe(text.indexOf(quote));
    expect(r2.aligned.zh).toEqual([1]);
    expect(r1.aligned.zh).toEqual([0]);
  });

  it('repeated quotes with no distinguishing context fall back to the nearest occurrence', () => {
    const text = '甲乙甲乙甲乙';
    expect(findQuote(text, { prefix: '', exact: '甲乙', suffix: '' }, 3)).toEqual({ start: 2, end: 4 });
    expect(findQuote(text, { prefix: '', exact: '甲乙', suffix: '' })).toEqual({ start: 0, end: 2 });
    expect(findQuote(text, { prefix: '乙', exact: '甲乙', suffix: '' }, 0)).toEqual({ start: 2, end: 4 });
    expect(findQuote(text, { prefix: '', exact: '丙', suffix: '' })).toBeNull();
    expect(findQuote(text, { prefix: '', exact: '', suffix: '' })).toBeNull();
  });

  it('unchanged hash but damaged offsets: relocates by quote and still reports match', () => {
    const anchor = anchorOf(P1, 'zh', '一年多来');
    const result = resolveAnchor(P1, { ...input(anchor), range: { start: 0, end: 4 } });
    expect(result).toMatchObject({ status: 'match', start: anchor.start, end: anchor.end });
  });

  it('no hash: offsets are accepted only when exact text and context are there', () => {
    const anchor = anchorOf(P1, 'zh', '一年多来');
    expect(resolveAnchor(P1, { ...input(anchor), hash: null }).status).toBe('match');
    const moved = edit(P1, 'zh', 0, (s) => `注:${s}`);
    expect(resolveAnchor(moved, { ...input(anchor), hash: null }).status).toBe('revised');
    // Offsets only, no hash, no quote: unverifiable, so no highlight.
    expect(resolveAnchor(P1, { ...input(anchor), hash: null, quote: null })).toEqual({ status: 'gone' });
  });

  it('unknown language: the hash or the quote decides which text the anchor belongs to', () => {
    const anchor = anchorOf(P1, 'en', 'digital economy');
    expect(resolveAnchor(P1, { ...input(anchor), lang: null })).toMatchObject({ status: 'match', lang: 'en' });
    expect(resolveAnchor(P1, { ...input(anchor), lang: null, hash: null, range: null })).toMatchObject({
      status: 'revised',
      lang: 'en',
    });
  });

  it('never highlights anything but the quoted text, whatever the edit (property)', () => {
    const segments = SAMPLE_SEGMENTS.filter((s) => s.kind === 'paragraph');
    fc.assert(
      fc.property(
        fc.constantFrom(...segments),
        fc.constantFrom('zh' as const, 'en' as const),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.nat(40),
        fc.string({ maxLength: 8 }),
        (segment, lang, a, b, at, deleteCount, inserted) => {
          const text = segmentText(segment, lang);
          const anchor = createTextAnchor({ segment, lang, start: a % text.length, end: b % text.length });
          if (!anchor) return;
          const sentences = [...segment[lang]];
          const index = at % sentences.length;
          const sentence = sentences[index]!;
          const pos = at % (sentence.length + 1);
          sentences[index] = sentence.slice(0, pos) + inserted + sentence.slice(pos + deleteCount);
          const revised = { ...segment, [lang]: sentences };
          const result = resolveAnchor(revised, input(anchor));
          const newText = segmentText(revised, lang);
          if (result.status !== 'gone') {
            expect(newText.slice(result.start, result.end)).toBe(anchor.quote.exact);
          } else {
            expect(newText.includes(anchor.quote.exact)).toBe(false);
          }
          if (newText === text) expect(result).toMatchObject({ status: 'match', start: anchor.start, end: anchor.end });
        },
      ),
      { numRuns: 300 },
    );
  });
});
