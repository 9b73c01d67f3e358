// The dictionary a document page loads (cut at build time to that document's words) and the two
// ways the reader reads it: the longest word starting at a character (the word card, as Zhongwen
// looks words up) and a sentence cut into words (pinyin grouping, "Words in this sentence").
// Browser-safe: the build cuts with the same functions, so a lookup can never miss a word the
// cut left out (lib/dictionary/cut.test.ts checks every position of every document).

/** One dictionary reading of a word: Traditional form, pinyin with tone marks (syllables spaced), definitions. */
export type WordSense = { traditional: string; pinyin: string; definitions: string[] };

/** A glossary term's form: the word card shows the term instead and links to its entry. */
export type TermWord = { id: string; en: string; pinyin: string };

export type DictionaryFile = {
  /** Longest key, in characters: no lookup looks further. */
  maxLength: number;
  /**
   * Simplified form → its readings, the one read in this document first, each packed as
   * "Traditional\tpinyin\tdefinition/definition" (Traditional empty when it is the same): the
   * file travels to every reader who hovers a word, and the keys would cost a tenth of it.
   */
  words: Record<string, string[]>;
  terms: Record<string, TermWord>;
  /** Characters the dictionary lacks → their reading here, so the card still gives the pinyin. */
  unlisted: Record<string, string>;
};

export function packSense(word: string, sense: WordSense): string {
  return `${sense.traditional === word ? '' : sense.traditional}\t${sense.pinyin}\t${sense.definitions.join('/')}`;
}

/** A word's readings in the dictionary file (CC-CEDICT never puts a slash inside a definition). */
export function sensesOf(file: DictionaryFile, word: string): WordSense[] {
  return (file.words[word] ?? []).map((packed) => {
    const [traditional = '', pinyin = '', definitions = ''] = packed.split('\t');
    return { traditional: traditional || word, pinyin, definitions: definitions.split('/').filter(Boolean) };
  });
}

/** What the lookup needs of a dictionary: the full one at build time, a document's cut in the browser. */
export type WordSource = {
  maxLength: number;
  has: (word: string) => boolean;
};

export const han = /\p{Script=Han}/u;

/** What the word card shows for a word: its dictionary readings, its glossary term, or neither. */
export type WordInfo = { word: string; senses: WordSense[]; term: TermWord | null; pinyin: string };

export function describeWord(file: DictionaryFile, word: string): WordInfo {
  const senses = sensesOf(file, word);
  const term = file.terms[word] ?? null;
  return { word, senses, term, pinyin: senses[0]?.pinyin ?? term?.pinyin ?? file.unlisted[word] ?? '' };
}

export function sourceOf(file: DictionaryFile): WordSource {
  return { maxLength: file.maxLength, has: (word) => Object.hasOwn(file.words, word) || Object.hasOwn(file.terms, word) };
}

/**
 * The longest word of the dictionary starting at `chars[at]` (a code point index), or the
 * character alone when the dictionary has nothing there. Only Han characters start a word.
 */
export function longestAt(source: WordSource, chars: readonly string[], at: number, hanOnly = false): string | null {
  const first = chars[at];
  if (first === undefined || !han.test(first)) return null;
  let limit = Math.min(source.maxLength, chars.length - at);
  if (hanOnly) {
    let run = 1;
    while (run < limit && han.test(chars[at + run] ?? '')) run++;
    limit = run;
  }
  for (let length = limit; length > 1; length--) {
    const word = chars.slice(at, at + length).join('');
    if (source.has(word)) return word;
  }
  return first;
}

export type Piece = { text: string; word: boolean };

/**
 * A text cut into words from left to right, each the longest dictionary word of Han characters
 * at its start; what lies between (punctuation, Latin, digits) comes as non-word pieces.
 */
export function segmentWords(source: WordSource, text: string): Piece[] {
  const chars = Array.from(text);
  const pieces: Piece[] = [];
  let other = '';
  for (let at = 0; at < chars.length;) {
    const word = longestAt(source, chars, at, true);
    if (word === null) {
      other += chars[at] ?? '';
      at++;
      continue;
    }
    if (other) pieces.push({ text: other, word: false });
    other = '';
    pieces.push({ text: word, word: true });
    at += Array.from(word).length;
  }
  if (other) pieces.push({ text: other, word: false });
  return pieces;
}
