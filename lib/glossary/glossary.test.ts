import { describe, expect, it } from 'vitest';
import { byPinyin, entryMatches, filterAttributes, filterKeys, matchesFilter, pinyinKey } from './glossary';

const entry = {
  zh: '一网通办',
  aliases: [],
  pinyin: 'yī wǎng tōng bàn',
  en: 'One-Network Government Services',
  enForms: [],
  otherRenderings: ['One Network for All Services'],
};

describe('glossary filter', () => {
  it('strips tones, spaces and apostrophes from pinyin and keeps ü apart', () => {
    expect(pinyinKey('yī wǎng tōng bàn')).toBe('yiwangtongban');
    expect(pinyinKey("Xī'ān")).toBe('xian');
    expect(pinyinKey('lǜ sè')).toBe('lvse');
  });

  it('matches Chinese, English and pinyin with or without tones and spaces', () => {
    const keys = filterKeys(entry);
    for (const query of [
      '网通',
      '一网通办',
      'government services',
      'ALL SERVICES',
      'yiwangtongban',
      'yi wang tong ban',
      'yī wǎng',
      '  yiwang ',
    ]) {
      expect(matchesFilter(keys, query), query).toBe(true);
    }
    for (const query of ['统管', 'factory', 'yiwangtongguan']) {
      expect(matchesFilter(keys, query), query).toBe(false);
    }
    expect(matchesFilter(keys, '')).toBe(true);
  });

  it('filters an entry of the static list by the keys and documents its attributes carry', () => {
    const attributes = filterAttributes(filterKeys(entry), ['interview', 'regulations']);
    const read = (name: string) => attributes[name] ?? null;
    expect(entryMatches(read, 'yiwang', '')).toBe(true);
    expect(entryMatches(read, 'all services', 'regulations')).toBe(true);
    expect(entryMatches(read, '', 'interview')).toBe(true);
    // A query that spans two keys matches neither.
    expect(entryMatches(read, 'services\none', '')).toBe(false);
    expect(entryMatches(read, 'yiwang', 'plan')).toBe(false);
    expect(entryMatches(read, 'factory', '')).toBe(false);
    const nowhere = filterAttributes(filterKeys(entry), []);
    expect(entryMatches((name) => nowhere[name] ?? null, '', 'interview')).toBe(false);
    expect(entryMatches((name) => nowhere[name] ?? null, '一网', '')).toBe(true);
  });

  it('sorts by pinyin letters, then by tone', () => {
    const sorted = [{ pinyin: 'wǔ zǐ' }, { pinyin: 'bā' }, { pinyin: 'bá' }, { pinyin: 'liǎng qū' }].sort(byPinyin);
    expect(sorted.map((item) => item.pinyin)).toEqual(['bā', 'bá', 'liǎng qū', 'wǔ zǐ']);
  });
});
