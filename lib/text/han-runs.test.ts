import { describe, expect, it } from 'vitest';
import { hanRuns } from './han-runs';

describe('hanRuns', () => {
  it('cuts the Chinese names out of English prose', () => {
    expect(hanRuns("First published by People's Daily Online (人民网) on January 17, 2023.")).toEqual([
      { text: "First published by People's Daily Online (", han: false },
      { text: '人民网', han: true },
      { text: ') on January 17, 2023.', han: false },
    ]);
  });

  it('keeps CJK punctuation inside a run, and leaves it outside when it ends one', () => {
    expect(hanRuns('see 高原（北京）文化传播有限公司。 and 数据，')).toEqual([
      { text: 'see ', han: false },
      { text: '高原（北京）文化传播有限公司', han: true },
      { text: '。 and ', han: false },
      { text: '数据', han: true },
      { text: '，', han: false },
    ]);
  });

  it('gives one run for text without Chinese, and none for an empty text', () => {
    expect(hanRuns('Duizhao')).toEqual([{ text: 'Duizhao', han: false }]);
    expect(hanRuns('')).toEqual([]);
  });

  it('loses nothing: the runs join into the text', () => {
    const text = 'Short for 信息技术应用创新 (information technology application innovation) and 信创·国产 · x 中';
    expect(
      hanRuns(text)
        .map((run) => run.text)
        .join(''),
    ).toBe(text);
    expect(
      hanRuns(text)
        .filter((run) => run.han)
        .map((run) => run.text),
    ).toEqual(['信息技术应用创新', '信创·国产', '中']);
  });
});
