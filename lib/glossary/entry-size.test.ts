import { describe, expect, it } from 'vitest';
import { entrySize } from './entry-size';

describe('glossary entry size', () => {
  const entry = { zh: '一网通办', pinyin: 'yī wǎng tōng bàn', en: 'One-Network Government Services' };

  it('counts a Han character as twice the width of any other', () => {
    expect(entrySize(entry, '数字经济')['--text']).toBe(Math.round(4 * 1.15));
    expect(entrySize(entry, 'digital economy')['--text']).toBe(Math.round(15 * 0.57));
    expect(entrySize(entry, '“数字”economy')['--text']).toBe(Math.round(2 * 1.15 + 9 * 0.57));
  });

  it('sizes the heading from its Chinese, pinyin and English', () => {
    expect(entrySize(entry, '')['--title']).toBe(Math.round(4 * 1.25 + 16 * 0.5 + 31 * 0.58 + 1.5));
    expect(entrySize({ ...entry, en: `${entry.en} and more` }, '')['--title']).toBeGreaterThan(entrySize(entry, '')['--title']);
  });
});
