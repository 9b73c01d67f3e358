// The one tokenizer shared by the build-time index (Node) and the browser.
// FlexSearch does not export encoder options with an index, so both sides must
// build the index options from this module, or queries silently stop matching.
//
// Pure: no Node or DOM APIs, imports only from `flexsearch` and the tokens it shares (tokens.ts).

import { Encoder, type IndexOptions } from 'flexsearch';
import { EMPTY_FOLD, indexTerms, isIndexable, normalizeText, tokenize, type FoldMap, type Token } from './tokens';

/** Queries are cut to this many code points: longer input is a paste, not a search. */
export const MAX_QUERY_CHARS = 256;
/** At most this many distinct query atoms are honoured (each costs an index lookup). */
export const MAX_QUERY_ATOMS = 24;

// ---------------------------------------------------------------------------
// Queries

/**
 * One thing the reader asked for; every atom must match.
 * - han: a Han run, matched as a substring;
 * - word: a word or number, matched by key (stem);
 * - phrase: a space-free chunk mixing Han with anything else (5G基站, 数字经济、发展),
 *   matched as a substring of the normalised text, so order and adjacency hold.
 */
export type QueryAtom = { kind: 'han' | 'word' | 'phrase'; key: string };

export type ParsedQuery = {
  atoms: QueryAtom[];
  /**
   * What to hand to FlexSearch, which runs it through the same encoder: the
   * surfaces of the indexable tokens. Surfaces, not keys, because stemming a
   * stem is not always a no-op; space-joined Han runs get no bridging bigram.
   * Empty when nothing is indexable (one Han character, stop words only).
   */
  indexQuery: string;
  /** Token keys in order, space-joined: compared with glossary forms for exact / prefix. */
  flat: string;
  /** Letters-only pinyin form (tones, spaces, tone digits dropped), '' if the query is not pinyin-like. */
  pinyin: string;
};

export function capQuery(query: string): string {
  const chars = Array.from(query);
  return chars.length > MAX_QUERY_CHARS ? chars.slice(0, MAX_QUERY_CHARS).join('') : query;
}

export function parseQuery(query: string, fold: FoldMap = EMPTY_FOLD): ParsedQuery {
  const text = normalizeText(capQuery(typeof query === 'string' ? query : ''), fold);
  const seen = new Set<string>();
  const atoms: QueryAtom[] = [];
  const index: string[] = [];
  const flat: string[] = [];
  // Whitespace separates independent parts (AND); inside a part, Han next to
  // other tokens must stay next to them, as in a plain substring search.
  for (const chunk of text.split(/\s+/)) {
    const tokens = tokenize(chunk);
    const first = tokens[0];
    const last = tokens.at(-1);
    if (!first || !last) continue;
    const phrase = tokens.length > 1 && tokens.some((t) => t.kind === 'han');
    const parts: Array<{ atom: QueryAtom; tokens: Token[] }> = phrase
      ? [{ atom: { kind: 'phrase', key: chunk.slice(first.start, last.end) }, tokens }]
      : tokens.map((t) => ({ atom: { kind: t.kind, key: t.key }, tokens: [t] }));
    for (const part of parts) {
      const id = `${part.atom.kind}:${part.atom.key}`;
      if (seen.has(id) || atoms.length >= MAX_QUERY_ATOMS) continue;
      seen.add(id);
      atoms.push(part.atom);
      for (const t of part.tokens) {
        flat.push(t.key);
        if (isIndexable(t)) index.push(t.surface);
      }
    }
  }
  return { atoms, indexQuery: index.join(' '), flat: flat.join(' '), pinyin: compactPinyinQuery(text) };
}

// ---------------------------------------------------------------------------
// Pinyin

/** yī wǎng → ["yi", "wang"]; ü and v both become u so lü/lv/lu agree. */
export function pinyinSyllables(pinyin: string): string[] {
  return normalizeText(pinyin)
    .split(/[^a-z]+/)
    .map((s) => s.replace(/v/g, 'u'))
    .filter((s) => s.length > 0);
}

/** 'yi wang tong ban', 'yi1wang3', 'yīwǎngtōngbàn' → 'yiwangtongban'; '' when not pinyin-like. */
function compactPinyinQuery(normalized: string): string {
  if (!/^[a-z0-9\s'\u2019-]*[a-z][a-z0-9\s'\u2019-]*$/.test(normalized)) return '';
  return normalized.replace(/[^a-z]/g, '').replace(/v/g, 'u');
}

// ---------------------------------------------------------------------------
// FlexSearch wiring

/**
 * FlexSearch encoder for the segment index. All tokenizing happens in `prepare`
 * (so build and browser share it); the Encoder defaults that would corrupt
 * the terms are off: `dedupe` collapses repeated letters (and would merge 哈哈
 * bigrams), `numeric` splits numbers into triplets (129.6 → 129 6).
 */
export function createEncoder(fold: FoldMap): Encoder {
  return new Encoder({
    normalize: false,
    prepare: (text: string) => indexTerms(tokenize(normalizeText(text, fold))).join(' '),
    split: ' ',
    numeric: false,
    dedupe: false,
    cache: false,
    minlength: 1,
  });
}

/** Index options for the segment index; identical at build time and in the browser. */
export function segmentIndexOptions(fold: FoldMap): IndexOptions {
  return {
    tokenize: 'strict',
    // One score slot: results are ordered by document position, not by
    // FlexSearch's positional score, so extra slots would only grow the export.
    resolution: 1,
    fastupdate: false,
    cache: false,
    encoder: createEncoder(fold),
  };
}

// ---------------------------------------------------------------------------
// Fold map (de)serialisation: a string of alternating code points, T S T S …

export function foldToString(fold: FoldMap): string {
  let out = '';
  for (const [from, to] of [...fold].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) out += from + to;
  return out;
}

export function foldFromString(packed: string): Map<string, string> {
  const chars = Array.from(packed);
  const fold = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const from = chars[i];
    const to = chars[i + 1];
    if (from !== undefined && to !== undefined) fold.set(from, to);
  }
  return fold;
}
