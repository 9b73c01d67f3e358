import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createContentStore, type Glossary, type LoadedDocument } from '@/lib/content/store';
import { cutDictionary, fullDictionary, groupReadings, loadCedict, type FullDictionary } from './cut';
import { readSentences } from './document';
import { describeWord, longestAt, packSense, segmentWords, sensesOf, sourceOf, type DictionaryFile, type WordSense } from './lookup';

const root = path.join(process.cwd(), 'content');
let documents: LoadedDocument[];
let glossary: Glossary;
let full: FullDictionary;

beforeAll(async () => {
  const store = createContentStore({ root });
  [documents, glossary] = await Promise.all([store.getDocuments(), store.getGlossary()]);
  full = fullDictionary(await loadCedict(), glossary.entries);
}, 60_000);

describe('longest-match lookup', () => {
  const senses: Record<string, WordSense> = {
    数: { traditional: '數', pinyin: 'shù', definitions: ['number'] },
    数字: { traditional: '數字', pinyin: 'shù zì', definitions: ['numeral', 'digital'] },
    数字化: { traditional: '數字化', pinyin: 'shù zì huà', definitions: ['digitization'] },
    经济: { traditional: '經濟', pinyin: 'jīng jì', definitions: ['economy'] },
    数字经济: { traditional: '數字經濟', pinyin: 'shù zì jīng jì', definitions: ['digital economy'] },
    卡拉OK: { traditional: '卡拉OK', pinyin: 'kǎ lā ō kèi', definitions: ['karaoke'] },
    卡拉: { traditional: '卡拉', pinyin: 'kǎ lā', definitions: ['Karla'] },
  };
  const file: DictionaryFile = {
    maxLength: 4,
    words: Object.fromEntries(Object.entries(senses).map(([word, sense]) => [word, [packSense(word, sense)]])),
    terms: { 数字经济: { id: 'digital-economy', en: 'digital economy', pinyin: 'shùzì jīngjì' } },
    unlisted: { 㐀: 'qiū' },
  };
  const source = sourceOf(file);

  it('packs and unpacks readings', () => {
    expect(sensesOf(file, '数字')).toEqual([senses['数字']]);
    expect(file.words['卡拉']).toEqual(['\tkǎ lā\tKarla']);
    expect(sensesOf(file, '卡拉')).toEqual([senses['卡拉']]);
    expect(sensesOf(file, '无')).toEqual([]);
  });

  it('describes a word by its readings, its glossary term, or as missing with its pinyin', () => {
    expect(describeWord(file, '数字')).toMatchObject({ pinyin: 'shù zì', term: null, senses: [senses['数字']] });
    expect(describeWord(file, '数字经济')).toMatchObject({ pinyin: 'shù zì jīng jì', term: { id: 'digital-economy' } });
    expect(describeWord({ ...file, words: {} }, '数字经济')).toMatchObject({ pinyin: 'shùzì jīngjì', senses: [] });
    expect(describeWord(file, '㐀')).toEqual({ word: '㐀', senses: [], term: null, pinyin: 'qiū' });
  });

  it('takes the longest word starting at the character', () => {
    const chars = Array.from('数字经济和数字化');
    expect(longestAt(source, chars, 0)).toBe('数字经济');
    expect(longestAt(source, chars, 1)).toBe('字');
    expect(longestAt(source, chars, 2)).toBe('经济');
    expect(longestAt(source, chars, 5)).toBe('数字化');
  });

  it('starts words only at Han characters, and the Han-only cut stops before Latin', () => {
    const chars = Array.from('唱卡拉OK。');
    expect(longestAt(source, chars, 1)).toBe('卡拉OK');
    expect(longestAt(source, chars, 1, true)).toBe('卡拉');
    expect(longestAt(source, chars, 3)).toBeNull();
  });

  it('cuts a sentence into words from the left', () => {
    expect(segmentWords(source, '发展数字经济，数字化。')).toEqual([
      { text: '发', word: true },
      { text: '展', word: true },
      { text: '数字经济', word: true },
      { text: '，', word: false },
      { text: '数字化', word: true },
      { text: '。', word: false },
    ]);
  });

  it('groups readings by word, one syllable per character', () => {
    expect(groupReadings(source, '数字经济，数字化', ['shù', 'zì', 'jīng', 'jì', 'shù', 'zì', 'huà'])).toBe('shù-zì-jīng-jì shù-zì-huà');
  });
});

describe('the dictionary cut of each document', () => {
  it('holds every word the lookup and the word list can reach, with the same answer as the whole dictionary', () => {
    for (const document of documents) {
      const sentences = readSentences(document);
      const cut = sourceOf(cutDictionary(full, sentences));
      let positions = 0;
      for (const { text } of sentences) {
        const chars = Array.from(text);
        for (let at = 0; at < chars.length; at++) {
          expect(longestAt(cut, chars, at), `${document.meta.slug}: ${text.slice(at, at + 8)}`).toBe(longestAt(full, chars, at));
          positions++;
        }
        expect(segmentWords(cut, text)).toEqual(segmentWords(full, text));
      }
      expect(positions).toBeGreaterThan(1000);
    }
  });

  it('gives a character missing from CC-CEDICT the reading it has in the text', () => {
    const cut = cutDictionary(
      { ...full, has: (word) => word !== '展' && full.has(word), senses: new Map([...full.senses].filter(([word]) => word !== '展')) },
      [{ text: '展', readings: ['zhǎn'] }],
    );
    expect(cut.unlisted).toEqual({ 展: 'zhǎn' });
    expect(describeWord(cut, '展')).toEqual({ word: '展', senses: [], term: null, pinyin: 'zhǎn' });
  });

  it('lists the reading the document uses first', () => {
    const interview = documents.find((document) => document.meta.slug === 'beijing-digital-economy-2023');
    if (!interview) throw new Error('interview missing');
    const cut = cutDictionary(full, readSentences(interview));
    // 行 is read háng in 行业; 京 (in 北京) is the common word before the surname.
    expect(sensesOf(cut, '行业')[0]?.pinyin).toBe('háng yè');
    expect(sensesOf(cut, '发展')[0]?.pinyin).toBe('fā zhǎn');
    expect(sensesOf(cut, '发展')[0]?.definitions.join('; ')).toMatch(/develop/);
    expect(sensesOf(cut, '京')[0]?.pinyin).toBe('jīng');
    // A slogan is a word of its own; a longer glossary form only when the dictionary has it.
    expect(cut.terms['一网通办']?.id).toBeTruthy();
    for (const form of Object.keys(cut.terms)) if (Array.from(form).length > 4) expect(cut.words[form]).toBeDefined();
    expect(Object.keys(cut.words).length).toBeGreaterThan(500);
  });

  it('groups the pinyin of the interview by word', () => {
    const interview = documents.find((document) => document.meta.slug === 'beijing-digital-economy-2023');
    if (!interview) throw new Error('interview missing');
    const all = readSentences(interview).map(({ text, readings }) => groupReadings(full, text, readings));
    expect(all[0]).toMatch(/^běi-jīng-shì jīng-jì hé xìn-xī-huà jú /);
    expect(all.join(' ')).toContain('shù-zì-jīng-jì');
    expect(all.join(' ')).toContain('yī-wǎng-tōng-bàn');
    for (const [index, { text }] of readSentences(interview).entries()) {
      const syllables = (all[index] ?? '').split(/[ -]/).filter(Boolean);
      expect(syllables.length).toBe(Array.from(text).filter((char) => /\p{Script=Han}/u.test(char)).length);
    }
  });
});
