import { describe, expect, it } from 'vitest';
import { passageSize } from './passage-size';

describe('passageSize', () => {
  it('counts every non-space character of the Chinese and every character of the English', () => {
    expect(passageSize({ zh: ['坚持数字化，', '加快建设。'], en: ['Keep going.', 'Build faster.'] })).toEqual({
      '--zh': 11,
      '--en': 'Keep going. Build faster.'.length,
    });
  });

  it('gives zero for a language the passage lacks', () => {
    expect(passageSize({ zh: [], en: ['Only English'] })).toEqual({ '--zh': 0, '--en': 12 });
    expect(passageSize({ zh: ['仅中文'], en: [] })).toEqual({ '--zh': 3, '--en': 0 });
  });

  it('does not count spaces in the Chinese', () => {
    expect(passageSize({ zh: ['2023 年 1 月'], en: [] })['--zh']).toBe('2023年1月'.length);
  });
});
