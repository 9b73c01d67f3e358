import { describe, expect, it } from 'vitest';
import { keepsLink } from './term-press';

const plain = { ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };

describe('keepsLink', () => {
  it('leaves a plain click to the card', () => {
    expect(keepsLink(plain)).toBe(false);
  });

  it('gives a click with any modifier to the link', () => {
    for (const key of ['ctrlKey', 'metaKey', 'shiftKey', 'altKey'] as const) expect(keepsLink({ ...plain, [key]: true })).toBe(true);
  });
});
