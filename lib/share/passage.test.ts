import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentText, type SegmentModel } from '@/lib/content/model';
import { hashText } from './hash';
import { decodeShareLink, encodeShareLink } from './link-codec';
import type { ShareLink } from './link-schema';
import {
  createSegmentLink,
  createSelectionLink,
  createSentenceLink,
  openShareLink,
  resolveShareLink,
  simplifyShareLink,
  type PassageResult,
} from './passage';
import { SAMPLE_SEGMENTS, SAMPLE_SLUG, sampleSegment } from './test-fixtures';

const PATH = `/zh/documents/${SAMPLE_SLUG}`;
const P2 = sampleSegment('s1-p2');

function linkFor(segment: SegmentModel, lang: 'zh' | 'en', exact: string, note: string | null = null): string {
  const text = segmentText(segment, lang);
  const start = text.indexOf(exact);
  if (start === -1) throw new Error(`"${exact}" not in ${segment.id}`);
  return encodeShareLink(createSelectionLink({ segment, lang, start, end: start + exact.length, note })!, PATH);
}

function withSegment(replacement: SegmentModel): SegmentModel[] {
  return SAMPLE_SEGMENTS.map((segment) => (segment.id === replacement.id ? replacement : segment));
}

function passageOf(result: PassageResult) {
  if (!result.ok) throw new Error(`open failed: ${result.error.code}`);
  return result.passage;
}

describe('openShareLink', () => {
  it('match: highlights the span and the aligned sentences of the other language', () => {
    const url = linkFor(P2, 'zh', '占国内企业总量的29%', '全国首位');
    const passage = passageOf(openShareLink(url, SAMPLE_SEGMENTS));
    expect(passage).toMatchObject({ kind: 'selection', status: 'match', segmentId: 's1-p2', lang: 'zh', note: '全国首位' });
    if (passage.kind !== 'selection' || passage.status === 'gone') throw new Error('unreachable');
    expect(segmentText(P2, 'zh').slice(passage.start, passage.end)).toBe('占国内企业总量的29%');
    expect(passage.aligned).toEqual({ zh: [1], en: [1] });
  });

  it('an English selection across two sentences aligns with both Chinese sentences', () => {
    const url = linkFor(P2, 'en', 'first in China. Blockchain also ranks first');
    const passage = passageOf(openShareLink(url, SAMPLE_SEGMENTS));
    expect(passage).toMatchObject({ status: 'match', lang: 'en', aligned: { zh: [1, 2], en: [1, 2] } });
  });

  it('revised: after an edit the quote is found at its new place, with the status to show a quiet notice', () => {
    const url = linkFor(P2, 'zh', '小米 “黑灯工厂”成为行业标杆');
    const edited: SegmentModel = { ...P2, zh: [P2.zh[0]!, `${P2.zh[1]!}`, P2.zh[2]!.replace('区块链产业发展', '区块链产业')] };
    const passage = passageOf(openShareLink(url, withSegment(edited)));
    expect(passage).toMatchObject({ kind: 'selection', status: 'revised', lang: 'zh', aligned: { zh: [2], en: [2] } });
    if (passage.kind !== 'selection' || passage.status === 'gone') throw new Error('unreachable');
    expect(segmentText(edited, 'zh').slice(passage.start, passage.end)).toBe('小米 “黑灯工厂”成为行业标杆');
  });

  it('gone: quote no longer in the segment → no highlight, the link quote is returned for the notice', () => {
    const url = linkFor(P2, 'zh', '占国内企业总量的29%', '为什么是29%?');
    const edited: SegmentModel = { ...P2, zh: P2.zh.map((s) => s.replace('29%', '31%')) };
    const passage = passageOf(openShareLink(url, withSegment(edited)));
    expect(passage).toEqual({
      kind: 'selection',
      status: 'gone',
      segmentId: 's1-p2',
      lang: 'zh',
      quote: expect.objectContaining({ exact: '占国内企业总量的29%' }),
      note: '为什么是29%?',
    });
    expect(passage).not.toHaveProperty('start');
  });

  it('unknown segment → typed error carrying the id, no passage', () => {
    const result = openShareLink(`${PATH}?s=1#s9-p9`, SAMPLE_SEGMENTS);
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-segment', segmentId: 's9-p9' } });
    expect(result).not.toHaveProperty('passage');
  });

  it('sentence links: aligned in both languages; out of range falls back to the segment', () => {
    expect(passageOf(openShareLink(`${PATH}?s=2#s1-p2`, SAMPLE_SEGMENTS))).toEqual({
      kind: 'sentence',
      segmentId: 's1-p2',
      sentence: 1,
      aligned: { zh: [1], en: [1] },
      note: null,
    });
    const far = openShareLink(`${PATH}?s=9#s1-p2`, SAMPLE_SEGMENTS);
    expect(passageOf(far)).toEqual({ kind: 'segment', segmentId: 's1-p2', note: null });
    expect(far.issues.map((i) => i.code)).toContain('invalid-param');
  });

  it('bad offsets but a good quote still anchors (partially valid link)', () => {
    const url = linkFor(P2, 'zh', '互联网3.0快速起步').replace(/r=[^&]*/, 'r=9999-10000');
    const result = openShareLink(url, SAMPLE_SEGMENTS);
    // Hash unchanged, so the text is unchanged: the quote's position is authoritative.
    expect(passageOf(result)).toMatchObject({ status: 'match', lang: 'zh' });
  });

  it('never throws and never highlights text other than the link quote (property over corrupted links)', () => {
    const urls = SAMPLE_SEGMENTS.flatMap((segment) =>
      (['zh', 'en'] as const).map((lang) => {
        const text = segmentText(segment, lang);
        return encodeShareLink(createSelectionLink({ segment, lang, start: 2, end: Math.min(text.length, 14) })!, PATH);
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...urls), fc.nat(), fc.string({ maxLength: 3 }), (url, at, junk) => {
        const pos = at % (url.length + 1);
        const corrupted = url.slice(0, pos) + junk + url.slice(pos + 1);
        const result = openShareLink(corrupted, SAMPLE_SEGMENTS);
        if (!result.ok) {
          expect(['invalid-input', 'oversized', 'missing-segment', 'invalid-segment', 'unknown-segment']).toContain(result.error.code);
          return;
        }
        const passage = result.passage;
        if (passage.kind !== 'selection' || passage.status === 'gone') return;
        const segment = SAMPLE_SEGMENTS.find((s) => s.id === passage.segmentId)!;
        const text = segmentText(segment, passage.lang);
        const decoded = decodeShareLink(corrupted);
        if (!decoded.ok || decoded.link.kind !== 'selection') throw new Error('inconsistent');
        if (decoded.link.quote !== null) {
          expect(text.slice(passage.start, passage.end)).toBe(decoded.link.quote.exact);
        } else {
          expect(decoded.link.hash).toBe(hashText(text));
        }
      }),
      { numRuns: 600 },
    );
  });
});

describe('resolveShareLink', () => {
  it('a link without a language finds its text by hash', () => {
    const link = createSelectionLink({ segment: P2, lang: 'en', start: 0, end: 9 })!;
    if (link.kind !== 'selection') throw new Error('unreachable');
    const result = resolveShareLink({ ...link, lang: null }, SAMPLE_SEGMENTS);
    expect(passageOf(result)).toMatchObject({ status: 'match', lang: 'en', start: 0, end: 9 });
  });
});

describe('simplifyShareLink', () => {
  const sentenceSpan = (segment: SegmentModel, lang: 'zh' | 'en', index: number) => {
    const text = segmentText(segment, lang);
    const start = text.indexOf(segment[lang][index]!);
    return { start, end: start + segment[lang][index]!.length };
  };

  it('turns an exact sentence selection into ?s=N and a whole segment into a segment link', () => {
    const { start, end } = sentenceSpan(P2, 'en', 2);
    const link = createSelectionLink({ segment: P2, lang: 'en', start, end })!;
    const simple = simplifyShareLink(link, P2);
    expect(simple).toEqual(createSentenceLink('s1-p2', 2));
    expect(encodeShareLink(simple, PATH)).toBe(`${PATH}?s=3#s1-p2`);
    const whole = createSelectionLink({ segment: P2, lang: 'zh', start: 0, end: segmentText(P2, 'zh').length })!;
    expect(simplifyShareLink(whole, P2)).toEqual(createSegmentLink('s1-p2'));
  });

  it('keeps selections with a note or a partial span', () => {
    const { start, end } = sentenceSpan(P2, 'zh', 1);
    const withNote: ShareLink = createSelectionLink({ segment: P2, lang: 'zh', start, end, note: 'n' })!;
    expect(simplifyShareLink(withNote, P2)).toBe(withNote);
    const partial = createSelectionLink({ segment: P2, lang: 'zh', start, end: end - 1 })!;
    expect(simplifyShareLink(partial, P2)).toBe(partial);
  });
});
