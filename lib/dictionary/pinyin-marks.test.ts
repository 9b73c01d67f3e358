import { describe, expect, it } from 'vitest';
import { joinWord, markDefinition, markPinyin, markSyllable, toneOf } from './pinyin-marks';

describe('pinyin tone marks', () => {
  it('places the mark by the standard rule', () => {
    expect(markPinyin('jian4 she4')).toBe('jiàn shè');
    expect(markPinyin('shu4 zi4 jing1 ji4')).toBe('shù zì jīng jì');
    expect(markSyllable('gou3')).toBe('gǒu');
    expect(markSyllable('hui4')).toBe('huì');
    expect(markSyllable('liu2')).toBe('liú');
    expect(markSyllable('lu:4')).toBe('lǜ');
    expect(markSyllable('nu:3')).toBe('nǚ');
    expect(markSyllable('xue2')).toBe('xué');
  });

  it('keeps capitals, the neutral tone and non-syllables', () => {
    expect(markPinyin('Bei3 jing1')).toBe('Běi jīng');
    expect(markPinyin('de5')).toBe('de');
    expect(markPinyin('r5')).toBe('r');
    expect(markPinyin('A1 la1 bo2 · zhi1')).toBe('Ā lā bó · zhī');
  });

  it('marks the syllabic nasals', () => {
    expect(markSyllable('ng4')).toBe('ǹg');
    expect(markSyllable('m2')).toBe('ḿ');
  });

  it('joins syllables into a word with apostrophes before a, o, e', () => {
    expect(joinWord('jiàn shè')).toBe('jiànshè');
    expect(joinWord('xī ān')).toBe("xī'ān");
    expect(joinWord('tiān ān mén')).toBe("tiān'ānmén");
    expect(joinWord('shù zì jīng jì')).toBe('shùzìjīngjì');
  });

  it('reads the tone back', () => {
    expect(['mā', 'má', 'mǎ', 'mà', 'ma'].map(toneOf)).toEqual([1, 2, 3, 4, 5]);
    expect(toneOf('lǜ')).toBe(4);
  });

  it('makes readings inside definitions readable', () => {
    expect(markDefinition('CL:個|个[ge4]')).toBe('CL: 个 gè');
    expect(markDefinition('variant of 機|机[ji1]')).toBe('variant of 机 jī');
    expect(markDefinition('see 網絡[wang3 luo4]')).toBe('see 網絡 wǎng luò');
    expect(markDefinition('Taiwan pr. [fa3]')).toBe('Taiwan pr. [fǎ]');
  });
});
