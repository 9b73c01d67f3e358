import { describe, expect, it } from 'vitest';
import { foldChinesePunctuation, normalizeChineseBlocks, normalizeChinesePunctuation } from './chinese-punctuation';

describe('normalizeChinesePunctuation', () => {
  it('makes ASCII marks among Chinese full-width, one unit for one', () => {
    const source = '人民网北京1月17日电 (记者孟竹)1月15日,北京:发展;是吗?好!';
    const shown = normalizeChinesePunctuation(source);
    expect(shown).toBe('人民网北京1月17日电 （记者孟竹）1月15日，北京：发展；是吗？好！');
    expect(shown).toHaveLength(source.length);
  });

  it('leaves numbers, English and marks before a space alone', () => {
    expect(normalizeChinesePunctuation('1,000人 10:30 Web3.0')).toBe('1,000人 10:30 Web3.0');
    expect(normalizeChinesePunctuation('人民网, January 17')).toBe('人民网, January 17');
    expect(normalizeChinesePunctuation('占总量的29%,位列第一;')).toBe('占总量的29%，位列第一；');
    expect(normalizeChinesePunctuation('“灯塔工厂”,小米')).toBe('“灯塔工厂”，小米');
  });

  it('folds back so that a text written before and after compare equal', () => {
    const before = '一年多来,数字经济全面赋能产业(城市)';
    expect(foldChinesePunctuation(normalizeChinesePunctuation(before))).toBe(foldChinesePunctuation(before));
  });
});

describe('normalizeChineseBlocks', () => {
  it('normalizes only the Chinese blocks, deciding across term marks', () => {
    const mdx = '<Zh>\n一年多来,<T id="digital-economy">数字经济</T>:发展\n</Zh>\n<En>\nOver a year, growth: fast\n</En>';
    expect(normalizeChineseBlocks(mdx)).toBe(
      '<Zh>\n一年多来，<T id="digital-economy">数字经济</T>：发展\n</Zh>\n<En>\nOver a year, growth: fast\n</En>',
    );
  });

  it('treats a sentence-final mark at the end of its line as Chinese', () => {
    expect(normalizeChineseBlocks('<Zh>\n位居全国第一;\n工业互联网\n</Zh>')).toBe('<Zh>\n位居全国第一；\n工业互联网\n</Zh>');
  });
});
