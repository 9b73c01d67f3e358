import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentText } from '@/lib/content/model';
import { codePointLength } from '@/lib/text/text';
import { NOTE_MAX_LENGTH } from './constants';
import { decodeShareLink, encodeShareLink } from './link-codec';
import { MAX_LINK_LENGTH, MAX_QUOTE_ENCODED_LENGTH, ShareLinkSchema, type DecodeResult, type ShareLink } from './link-schema';
import { createSelectionLink, createSentenceLink, createSegmentLink } from './passage';
import { ASTRAL_SEGMENT, SAMPLE_SEGMENTS, SAMPLE_SLUG, sampleSegment } from './test-fixtures';

const PATH = `/en/documents/${SAMPLE_SLUG}`;
const P1 = sampleSegment('s1-p1');
const P1_ZH = segmentText(P1, 'zh');

function selection(exact: string, note: string | null = null): ShareLink {
  const start = P1_ZH.indexOf(exact);
  const link = createSelectionLink({ segment: P1, lang: 'zh', start, end: start + exact.length, note });
  if (!link) throw new Error('empty');
  return link;
}

function expectOk(result: DecodeResult): ShareLink {
  if (!result.ok) throw new Error(`decode failed: ${result.error.code}`);
  return result.link;
}

const codes = (result: DecodeResult) => result.issues.map((i) => i.code);

describe('URL format', () => {
  it('segment links are the page plus the segment id as fragment', () => {
    expect(encodeShareLink(createSegmentLink('s1-p2'), PATH)).toBe(`${PATH}#s1-p2`);
    expect(encodeShareLink(createSegmentLink('s1-p2'), `https://duizhao.example${PATH}?s=2#s1-p1`)).toBe(
      `https://duizhao.example${PATH}#s1-p2`,
    );
  });

  it('sentence links are ?s=<1-based index>#<segment>', () => {
    expect(encodeShareLink(createSentenceLink('s1-p2', 2), PATH)).toBe(`${PATH}?s=3#s1-p2`);
    expect(expectOk(decodeShareLink(`${PATH}?s=3#s1-p2`))).toEqual({
      kind: 'sentence',
      segmentId: 's1-p2',
      sentence: 2,
      note: null,
    });
  });

  it('selection links carry p, l, r, h, q, b, a, n in that order, readable after decodeURI', () => {
    const url = encodeShareLink(selection('全球数字经济标杆城市', '见 “十四五” 规划 & 5G'), PATH);
    expect(url.endsWith('#s1-p1')).toBe(true);
    expect(decodeURI(url)).toBe(
      `${PATH}?p=s1-p1&l=zh&r=24-34&h=0jy4vlm&q=全球数字经济标杆城市&b=告中指出,北京要加快建设&a=,新增5G基站1万个。张&n=见 “十四五” 规划 %26 5G#s1-p1`,
    );
    expect(url).not.toMatch(/[ ()'"<>]/);
  });
});

describe('round trip', () => {
  it('segment and sentence links for every segment of the sample document', () => {
    for (const segment of SAMPLE_SEGMENTS) {
      const seg = createSegmentLink(segment.id);
      expect(expectOk(decodeShareLink(encodeShareLink(seg, PATH)))).toEqual(seg);
      segment.zh.forEach((_, i) => {
        const link = createSentenceLink(segment.id, i);
        const decoded = decodeShareLink(encodeShareLink(link, PATH));
        expect(expectOk(decoded)).toEqual(link);
        expect(decoded.issues).toEqual([]);
      });
    }
  });

  it('random spans and notes in every segment and both languages (property)', () => {
    const arbitrary = fc.record({
      segment: fc.constantFrom(...SAMPLE_SEGMENTS, ASTRAL_SEGMENT),
      lang: fc.constantFrom('zh' as const, 'en' as const),
      a: fc.nat(),
      b: fc.nat(),
      note: fc.option(fc.string({ unit: 'grapheme', maxLength: 40 }), { nil: null }),
      absolute: fc.boolean(),
    });
    fc.assert(
      fc.property(arbitrary, ({ segment, lang, a, b, note, absolute }) => {
        const text = segmentText(segment, lang);
        const link = createSelectionLink({ segment, lang, start: a % (text.length + 1), end: b % (text.length + 1), note });
        if (!link) return;
        const url = encodeShareLink(link, absolute ? `https://duizhao.example${PATH}` : PATH);
        expect(url.endsWith(`#${segment.id}`)).toBe(true);
        const decoded = decodeShareLink(url);
        expect(expectOk(decoded)).toEqual(link);
        expect(decoded.issues).toEqual([]);
        // Same result through the URL API and through Next.js-style parsed params.
        const parsed = new URL(url, 'https://duizhao.example');
        expect(expectOk(decodeShareLink(parsed))).toEqual(link);
        const params = Object.fromEntries(parsed.searchParams.entries());
        expect(expectOk(decodeShareLink({ params, hash: parsed.hash }))).toEqual(link);
      }),
      { numRuns: 400 },
    );
  });

  it('CJK, astral characters, "+", "&", "#" and "%" survive in quotes and notes', () => {
    const text = segmentText(ASTRAL_SEGMENT, 'zh');
    const link = createSelectionLink({
      segment: ASTRAL_SEGMENT,
      lang: 'zh',
      start: 0,
      end: text.length,
      note: 'a+b & c#d 100% 𠮷😋 = ok?',
    });
    expect(expectOk(decodeShareLink(encodeShareLink(link!, PATH)))).toEqual(link);
  });

  it('caps notes at NOTE_MAX_LENGTH code points without splitting surrogate pairs', () => {
    const long = '😀'.repeat(NOTE_MAX_LENGTH + 20);
    const url = encodeShareLink(selection('一年多来', long), PATH);
    const link = expectOk(decodeShareLink(url));
    expect(codePointLength(link.note!)).toBe(NOTE_MAX_LENGTH);
    expect(link.note?.isWellFormed()).toBe(true);
    // A hand-made link with a longer note is cut on decode and says so.
    const handMade = `${PATH}?n=${encodeURIComponent('字'.repeat(NOTE_MAX_LENGTH + 1))}#s1-p1`;
    const decoded = decodeShareLink(handMade);
    expect(codePointLength(expectOk(decoded).note!)).toBe(NOTE_MAX_LENGTH);
    expect(codes(decoded)).toContain('note-truncated');
  });

  it('leaves the quote out when it is too long for a URL, keeping offsets and hash', () => {
    const segment = { ...P1, zh: [P1_ZH.repeat(8)] };
    const text = segmentText(segment, 'zh');
    const link = createSelectionLink({ segment, lang: 'zh', start: 0, end: text.length });
    const url = encodeShareLink(link!, PATH);
    expect(encodeURIComponent(text).length).toBeGreaterThan(MAX_QUOTE_ENCODED_LENGTH);
    expect(url).not.toContain('q=');
    expect(expectOk(decodeShareLink(url))).toMatchObject({ kind: 'selection', quote: null, range: { start: 0, end: text.length } });
    expect(url.length).toBeLessThan(MAX_LINK_LENGTH);
  });
});

describe('decoding damaged and hostile links', () => {
  const good = encodeShareLink(selection('新增5G基站1万个', 'note'), PATH);
  const at = P1_ZH.indexOf('新增5G基站1万个');
  const goodRange = { start: at, end: at + '新增5G基站1万个'.length };

  it('keeps markup in a note as inert text and strips control / bidi-override characters', () => {
    const note = '<img src=x onerror=alert(1)><script>alert("x")</script>\u202Eevil\u0007';
    const result = decodeShareLink(`${PATH}?n=${encodeURIComponent(note)}#s1-p1`);
    expect(expectOk(result).note).toBe('<img src=x onerror=alert(1)><script>alert("x")</script>evil');
    expect(codes(result)).toContain('note-sanitized');
  });

  it('bad percent-encoding drops only that parameter', () => {
    const broken = good.replace(/q=[^&]*/, 'q=%E6%96%B0%E5'); // truncated UTF-8 sequence
    const result = decodeShareLink(broken);
    const link = expectOk(result);
    expect(link).toMatchObject({ kind: 'selection', segmentId: 's1-p1', quote: null, range: goodRange });
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'bad-encoding', param: 'q' }));
    expect(decodeShareLink(`${PATH}?s=2#%E0%A4%A`)).toMatchObject({ ok: false, error: { code: 'missing-segment' } });
  });

  it('bad offsets keep the quote; a bad quote keeps the offsets', () => {
    for (const r of ['61-51', '5', 'abc', '-1-4', '1-9999999', '3-3']) {
      const result = decodeShareLink(good.replace(/r=[^&]*/, `r=${r}`));
      expect(expectOk(result)).toMatchObject({ kind: 'selection', range: null, quote: { exact: '新增5G基站1万个' } });
      expect(result.issues).toContainEqual(expect.objectContaining({ code: 'invalid-param', param: 'r' }));
    }
    const noQuote = expectOk(decodeShareLink(good.replace(/q=[^&]*/, 'q=')));
    expect(noQuote).toMatchObject({ kind: 'selection', quote: null, range: goodRange });
  });

  it('invalid language and hash are dropped individually', () => {
    const result = decodeShareLink(good.replace('l=zh', 'l=fr').replace(/h=[^&]*/, 'h=<svg>'));
    expect(expectOk(result)).toMatchObject({ kind: 'selection', lang: null, hash: null, range: goodRange });
    expect(codes(result).filter((c) => c === 'invalid-param')).toHaveLength(2);
    expect(expectOk(decodeShareLink(good.replace('l=zh', 'l=ZH')))).toMatchObject({ lang: 'zh' });
  });

  it('a selection with nothing usable degrades to the segment (or its sentence)', () => {
    const result = decodeShareLink(`${PATH}?l=zh&r=oops&h=bad#s1-p1`);
    expect(expectOk(result)).toEqual({ kind: 'segment', segmentId: 's1-p1', note: null });
    expect(codes(result)).toContain('selection-dropped');
    expect(expectOk(decodeShareLink(`${PATH}?s=2&r=oops#s1-p1`))).toMatchObject({ kind: 'sentence', sentence: 1 });
    const both = decodeShareLink(`${good.split('#')[0]}&s=2#s1-p1`);
    expect(expectOk(both).kind).toBe('selection');
    expect(codes(both)).toContain('conflicting-params');
  });

  it('bad sentence numbers fall back to the segment', () => {
    for (const s of ['0', '-1', 'x', '1.5', '99999', '']) {
      const result = decodeShareLink(`${PATH}?s=${s}#s1-p2`);
      expect(expectOk(result)).toEqual({ kind: 'segment', segmentId: 's1-p2', note: null });
      expect(codes(result)).toContain('invalid-param');
    }
  });

  it('segment id: missing, invalid, from p when the fragment is lost, p wins on mismatch', () => {
    expect(decodeShareLink(`${PATH}?s=1`)).toMatchObject({ ok: false, error: { code: 'missing-segment' } });
    expect(decodeShareLink(`${PATH}#<script>alert(1)</script>`)).toMatchObject({ ok: false, error: { code: 'invalid-segment' } });
    expect(decodeShareLink(`${PATH}#`)).toMatchObject({ ok: false, error: { code: 'missing-segment' } });
    // Truncated link: the fragment is gone but p survives.
    const truncated = good.slice(0, good.indexOf('&q='));
    expect(expectOk(decodeShareLink(truncated))).toMatchObject({ kind: 'selection', segmentId: 's1-p1', quote: null });
    const mismatch = decodeShareLink(good.replace('#s1-p1', '#s2-p1'));
    expect(expectOk(mismatch).segmentId).toBe('s1-p1');
    expect(codes(mismatch)).toContain('fragment-mismatch');
    // A browser text-fragment directive is ignored.
    expect(expectOk(decodeShareLink(`${PATH}#s1-p2:~:text=foo`)).segmentId).toBe('s1-p2');
  });

  it('duplicate parameters: the first one wins; unknown parameters are ignored', () => {
    const result = decodeShareLink(`${PATH}?utm_source=x&s=2&s=5#s1-p2`);
    expect(expectOk(result)).toMatchObject({ kind: 'sentence', sentence: 1 });
    expect(codes(result)).toEqual(['duplicate-param']);
  });

  it('"+" means space, as in form encoding', () => {
    expect(expectOk(decodeShareLink(`${PATH}?n=hello+world%2B1#s1-p2`)).note).toBe('hello world+1');
  });

  it('oversized links keep only their segment, or fail with a typed error', () => {
    const huge = `${PATH}?n=${'x'.repeat(MAX_LINK_LENGTH)}#s1-p2`;
    const result = decodeShareLink(huge);
    expect(expectOk(result)).toEqual({ kind: 'segment', segmentId: 's1-p2', note: null });
    expect(codes(result)).toContain('oversized');
    expect(decodeShareLink(`${PATH}?n=${'x'.repeat(MAX_LINK_LENGTH)}`)).toMatchObject({
      ok: false,
      error: { code: 'oversized' },
    });
  });

  it('wrong input types give invalid-input; Next.js params with wrong value types keep the rest', () => {
    for (const input of [null, undefined, 42, true, [], {}, () => 1, Symbol('x'), { search: 5 }]) {
      expect(decodeShareLink(input)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    const result = decodeShareLink({ params: { s: ['2', '3'], n: 7, l: { x: 1 }, p: 's1-p1' }, hash: '#s1-p1' });
    expect(expectOk(result)).toMatchObject({ kind: 'sentence', sentence: 1, segmentId: 's1-p1' });
    expect(codes(result)).toEqual(expect.arrayContaining(['duplicate-param', 'invalid-param']));
    expect(expectOk(decodeShareLink({ search: '?s=1', hash: '#s2' }))).toMatchObject({ kind: 'sentence', segmentId: 's2' });
  });
});

describe('decoder properties', () => {
  const isValidResult = (result: DecodeResult) => {
    expect(Array.isArray(result.issues)).toBe(true);
    if (result.ok) {
      expect(ShareLinkSchema.safeParse(result.link).success).toBe(true);
    } else {
      expect(['invalid-input', 'oversized', 'missing-segment', 'invalid-segment']).toContain(result.error.code);
      expect(typeof result.error.message).toBe('string');
    }
  };

  it('never throws on arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withNullPrototype: true }), (value) => {
        isValidResult(decodeShareLink(value));
        isValidResult(decodeShareLink({ params: value, hash: '#s1' }));
        isValidResult(decodeShareLink({ search: '?s=1', hash: value }));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary strings, including lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (value) => {
        isValidResult(decodeShareLink(value));
        isValidResult(decodeShareLink(`${PATH}?${value}#s1-p1`));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on parameter soup built from the real parameter names', () => {
    const names = fc.constantFrom('p', 's', 'l', 'r', 'h', 'q', 'b', 'a', 'n', 'x');
    const values = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.stringMatching(/^(%[0-9A-Fa-f]{0,2}|\d{1,7}-?\d{0,7}|[a-z0-9]{7}|zh|en|\+)+$/),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(names, values), { maxLength: 12 }), fc.option(fc.string({ maxLength: 12 })), (pairs, hash) => {
        const url = `${PATH}?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}${hash === null ? '' : `#${hash}`}`;
        isValidResult(decodeShareLink(url));
        isValidResult(decodeShareLink({ params: Object.fromEntries(pairs), hash: hash ?? undefined }));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on truncated or corrupted real links', () => {
    const links = SAMPLE_SEGMENTS.map((segment) => {
      const text = segmentText(segment, 'zh');
      return encodeShareLink(
        createSelectionLink({ segment, lang: 'zh', start: 1, end: Math.min(text.length, 9), note: '注释 <b>x</b>' })!,
        PATH,
      );
    });
    fc.assert(
      fc.property(fc.constantFrom(...links), fc.nat(), fc.nat(), fc.string({ maxLength: 4 }), (url, cut, at, junk) => {
        isValidResult(decodeShareLink(url.slice(0, cut % (url.length + 1))));
        const pos = at % (url.length + 1);
        isValidResult(decodeShareLink(url.slice(0, pos) + junk + url.slice(pos + 1)));
      }),
      { numRuns: 500 },
    );
  });
});
