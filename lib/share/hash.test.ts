import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentText } from '@/lib/content/model';
import { fnv1a32, HASH_PATTERN, hashText } from './hash';
import { SAMPLE_SEGMENTS, sampleSegment } from './test-fixtures';

// Reference implementation over TextEncoder bytes (test-only; Node has TextEncoder).
function referenceFnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

describe('hashText', () => {
  it('matches the published FNV-1a 32-bit test vectors', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('hashes the UTF-8 bytes of any string, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(fnv1a32(text)).toBe(referenceFnv1a(text));
      }),
      { numRuns: 500 },
    );
    expect(fnv1a32('𠮷😋')).toBe(referenceFnv1a('𠮷😋'));
  });

  it('is 7 base36 characters and pads small values', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(hashText(text)).toMatch(HASH_PATTERN);
      }),
    );
    expect(hashText('a')).toBe((0xe40c292c).toString(36).padStart(7, '0'));
    expect(hashText('')).toBe((0x811c9dc5).toString(36).padStart(7, '0'));
  });

  it('is stable for the sample document (guards against silent algorithm changes)', () => {
    const lead = sampleSegment('s0-lead');
    expect(hashText(segmentText(lead, 'zh'))).toBe(referenceFnv1a(segmentText(lead, 'zh')).toString(36).padStart(7, '0'));
    expect(hashText(segmentText(sampleSegment('s1-p1'), 'zh'))).toBe('0jy4vlm');
  });

  it('tells every sample segment text apart, and notices a one-character edit', () => {
    const hashes = SAMPLE_SEGMENTS.flatMap((segment) => [hashText(segmentText(segment, 'zh')), hashText(segmentText(segment, 'en'))]);
    expect(new Set(hashes).size).toBe(hashes.length);
    const text = segmentText(sampleSegment('s1-p2'), 'zh');
    expect(hashText(text.replace('29%', '30%'))).not.toBe(hashText(text));
  });
});
