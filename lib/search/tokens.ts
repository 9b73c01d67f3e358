// Text as the search sees it: normalised (case, width, Traditional folded to Simplified), cut
// into Han runs and words, English words stemmed, and the terms each token gives the index. Used
// by the encoder (encoder.ts), the index build and the query engine alike. Pure.

/** Traditional → Simplified, one code point to one code point. */
export type FoldMap = ReadonlyMap<string, string>;

/** No fold: text compared as written. */
export const EMPTY_FOLD: FoldMap = new Map();

// ---------------------------------------------------------------------------
// Normalisation

/**
 * Text in search form plus a map back to the input, so highlight ranges can be
 * given as offsets into the original sentence even where NFKD changed lengths.
 */
export type Normalized = {
  text: string;
  /** For each UTF-16 unit of `text`: start offset of the source code point. */
  from: number[];
  /** For each UTF-16 unit of `text`: end offset of the source code point. */
  to: number[];
};

const COMBINING_MARK = /\p{M}/gu;
// Per code point, not per string: NFKD is char-local once marks are dropped,
// which keeps the offset map exact. Memoised because real text reuses few chars.
const charCache = new Map<string, string>();

function normalizeChar(ch: string): string {
  let out = charCache.get(ch);
  if (out === undefined) {
    // NFKD folds full-width forms (Ｇ→G, ，→,) and strips tone marks (ǎ→a);
    // lowercasing after NFKD also catches compatibility capitals.
    out = ch.normalize('NFKD').replace(COMBINING_MARK, '').toLowerCase().replace(COMBINING_MARK, '');
    if (charCache.size < 20000) charCache.set(ch, out);
  }
  return out;
}

export function normalize(input: string, fold: FoldMap = EMPTY_FOLD): Normalized {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  let offset = 0;
  for (const ch of input) {
    const end = offset + ch.length;
    const code = ch.charCodeAt(0);
    // Fast path for the ASCII that dominates English text.
    let out = ch;
    if (code < 0x80) {
      if (code >= 65 && code <= 90) out = String.fromCharCode(code + 32);
    } else {
      // Fold after NFKD so compatibility ideographs (U+F900…) fold like their unified form.
      out = normalizeChar(ch);
      out = fold.get(out) ?? out;
    }
    for (let i = 0; i < out.length; i += 1) {
      from.push(offset);
      to.push(end);
    }
    text += out;
    offset = end;
  }
  return { text, from, to };
}

/** Normalised text only, for callers that need no offsets. */
export function normalizeText(input: string, fold: FoldMap = EMPTY_FOLD): string {
  return normalize(input, fold).text;
}

// ---------------------------------------------------------------------------
// Tokens

export type Token = {
  kind: 'han' | 'word';
  /** Han run text, or the word key: stemmed word / number without thousands commas. */
  key: string;
  /** The normalised text the token was read from (before stemming). */
  surface: string;
  /** UTF-16 offsets into the normalised text, end exclusive. */
  start: number;
  end: number;
};

const HAN = /\p{Script=Han}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\p{Nd}/u;
const LETTER = /\p{L}/u;

function isHan(ch: string): boolean {
  return HAN.test(ch);
}

function isWordChar(ch: string): boolean {
  return LETTER_OR_DIGIT.test(ch) && !HAN.test(ch);
}

/** `,` joins digits only as a thousands separator (1,000), never a list (2021,2022). */
function isThousandsComma(chars: string[], i: number): boolean {
  let n = 0;
  while (DIGIT.test(chars[i + 1 + n] ?? '')) n += 1;
  return n === 3;
}

/**
 * Splits normalised text into Han runs and words. Numbers stay whole: `129.6`,
 * `1,000` (keyed 1000), `5g`; an apostrophe inside a word is kept (china's).
 */
export function tokenize(text: string): Token[] {
  const chars = Array.from(text);
  // Past the end reads as '', which is neither Han nor a word character.
  const at = (index: number): string => chars[index] ?? '';
  const tokens: Token[] = [];
  let i = 0;
  let offset = 0;
  while (i < chars.length) {
    const ch = at(i);
    if (isHan(ch)) {
      const start = offset;
      let key = '';
      while (isHan(at(i))) {
        key += at(i);
        offset += at(i).length;
        i += 1;
      }
      tokens.push({ kind: 'han', key, surface: key, start, end: offset });
    } else if (isWordChar(ch)) {
      const start = offset;
      let raw = '';
      while (i < chars.length) {
        const c = at(i);
        const prev = raw.at(-1) ?? '';
        const next = at(i + 1);
        const joins =
          isWordChar(c) ||
          (c === '.' && DIGIT.test(prev) && DIGIT.test(next)) ||
          (c === ',' && DIGIT.test(prev) && isThousandsComma(chars, i)) ||
          ((c === "'" || c === '\u2019') && LETTER.test(prev) && next !== '' && isWordChar(next));
        if (!joins) break;
        raw += c;
        offset += c.length;
        i += 1;
      }
      tokens.push({ kind: 'word', key: wordKey(raw), surface: raw, start, end: offset });
    } else {
      offset += ch.length;
      i += 1;
    }
  }
  return tokens;
}

function wordKey(raw: string): string {
  if (DIGIT.test(raw)) return raw.replace(/,/g, '');
  return stem(raw.replace(/['\u2019]s$/, '').replace(/['\u2019]/g, ''));
}

// ---------------------------------------------------------------------------
// English stemming

const VOWEL = /[aeiouy]/;

/**
 * A deliberately light English stemmer: plurals and -s, then -ing/-ed, then a
 * final -e, so factory ⇄ factories, develop ⇄ developed ⇄ developing,
 * make ⇄ making. FlexSearch's lang/en stemmer loops over suffixes and
 * conflates far more (national, nation → n; cement → c), which would return
 * segments that do not contain the word the reader typed.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || !/^[a-z]+$/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  // -ses only loses its s (causes → cause), so the final-e rule below joins it to cause.
  else if (/(?:[xz]|[cs]h)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);

  let stripped = false;
  if (w.endsWith('ied') && w.length > 4) {
    w = `${w.slice(0, -3)}y`;
  } else if (w.endsWith('ing') || w.endsWith('ed')) {
    const base = w.slice(0, w.endsWith('ing') ? -3 : -2);
    if (base.length >= 3 && VOWEL.test(base)) {
      w = base;
      stripped = true;
    }
  }
  // planned → plann → plan; but keep -ll/-ss/-zz (called → call).
  if (stripped && /([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

// Function words too common to be worth an index entry. Dropping them only
// shrinks the index: the query side still checks them against the text.
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'for',
  'from',
  'has',
  'have',
  'in',
  'into',
  'is',
  'it',
  'its',
  'of',
  'on',
  'or',
  'that',
  'the',
  'their',
  'this',
  'to',
  'was',
  'were',
  'which',
  'will',
  'with',
]);

/** Whether a token gets index entries (and so can drive an index lookup). */
export function isIndexable(token: Pick<Token, 'kind' | 'key'>): boolean {
  if (token.kind === 'han') return Array.from(token.key).length >= 2;
  return !STOP_WORDS.has(token.key);
}

function bigrams(run: string): string[] {
  const chars = Array.from(run);
  const out: string[] = [];
  chars.forEach((char, i) => {
    const next = chars[i + 1];
    if (next !== undefined) out.push(char + next);
  });
  return out;
}

/** Terms for the inverted index: Han runs as overlapping bigrams, words by key. */
export function indexTerms(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    if (!isIndexable(token)) continue;
    if (token.kind === 'han') out.push(...bigrams(token.key));
    else out.push(token.key);
  }
  return out;
}
