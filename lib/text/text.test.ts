import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, codePointLength, escapeRegExp, excerpt, headUnits, tailUnits, truncateText } from './text';

describe('text helpers', () => {
  it('truncates by code points without splitting surrogate pairs or emoji sequences', () => {
    expect(truncateText('𠮷𠮷𠮷', 2)).toBe('𠮷𠮷');
    expect(truncateText('ab👩‍👩‍👧cd', 3)).toBe('ab'); // the family emoji is 5 code points
    expect(truncateText('abc', 0)).toBe('');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.integer({ min: 1, max: 40 }), (text, max) => {
        const cut = truncateText(text, max);
        expect(codePointLength(cut)).toBeLessThanOrEqual(max);
        expect(text.startsWith(cut)).toBe(true);
        expect(cut.isWellFormed()).toBe(true);
      }),
    );
  });

  it('head/tail slices never cut a surrogate pair', () => {
    expect(headUnits('a😋b', 2)).toBe('a');
    expect(tailUnits('a😋b', 2)).toBe('b');
    expect(headUnits('a😋b', 3)).toBe('a😋');
  });

  it('cleans notes: controls and bidi overrides removed, markup kept verbatim, idempotent', () => {
    expect(cleanText('  <script>alert(1)</script>\u202Egnp.exe\u0000 \r\nline2 ', 500)).toBe('<script>alert(1)</script>gnp.exe \nline2');
    expect(cleanText('a\uD800b', 10)).toBe('a\uFFFDb');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.integer({ min: 1, max: 200 }), (text, max) => {
        const once = cleanText(text, max);
        expect(cleanText(once, max)).toBe(once);
        expect(codePointLength(once)).toBeLessThanOrEqual(max);
        expect(once.isWellFormed()).toBe(true);
        expect(once).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
      }),
    );
  });

  it('shortens labels with an ellipsis only when it cuts, and escapes regular expressions', () => {
    expect(excerpt('全球数字经济标杆城市', 4)).toBe('全球数字…');
    expect(excerpt('short', 10)).toBe('short');
    expect(excerpt('two words here', 4)).toBe('two…');
    expect(excerpt('𠮷𠮷𠮷', 2)).toBe('𠮷𠮷…');
    const pattern = new RegExp(escapeRegExp('a.b*(c)[d]?'));
    expect(pattern.test('a.b*(c)[d]?')).toBe(true);
    expect(pattern.test('axbbb(c)d')).toBe(false);
  });
});
