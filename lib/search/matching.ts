// Verifying a candidate against the stored text, and laying out what matched: each query atom
// found in the normalised text of a segment's side (its sentences in one language), mapped back to
// ranges in the original sentences. Pure; the engine (query.ts) runs it over FlexSearch's candidates.

import type { QueryAtom } from './encoder';
import { normalize, tokenize, type FoldMap, type Normalized, type Token } from './tokens';

/** [start, end) in UTF-16 code units of one sentence string (`zh[i]` or `en[i]`). */
export type HighlightRange = [start: number, end: number];

export type SentenceMatch = { sentence: number; ranges: HighlightRange[] };

/** How well a glossary form matched the query. */
export type MatchKind = 'exact' | 'prefix' | 'partial';

export type Side = { norm: Normalized; tokens: Token[]; sentenceStarts: number[]; sentenceLengths: number[] };

export type AtomRange = { start: number; end: number; atom: number };

/** Sentences as the model joins them ('' for zh, ' ' for en); glossary forms use '\n' so no match bridges two forms. */
export function makeSide(sentences: readonly string[], joiner: string, fold: FoldMap): Side {
  const sentenceStarts: number[] = [];
  const sentenceLengths: number[] = [];
  let offset = 0;
  for (const sentence of sentences) {
    sentenceStarts.push(offset);
    sentenceLengths.push(sentence.length);
    offset += sentence.length + joiner.length;
  }
  const norm = normalize(sentences.join(joiner), fold);
  return { norm, tokens: tokenize(norm.text), sentenceStarts, sentenceLengths };
}

export function flatKeys(text: string, fold: FoldMap): string {
  return tokenize(normalize(text, fold).text)
    .map((t) => t.key)
    .join(' ');
}

/** Every occurrence of each atom that occurs, and which atoms did. Offsets are normalised. */
export function findAtoms(side: Side, atoms: readonly QueryAtom[]): { ranges: AtomRange[]; found: Set<number> } {
  const ranges: AtomRange[] = [];
  const found = new Set<number>();
  atoms.forEach((atom, a) => {
    const before = ranges.length;
    if (atom.kind !== 'word') {
      const text = side.norm.text;
      // Step by one so overlapping occurrences (哈哈 in 哈哈哈) all highlight.
      for (let at = text.indexOf(atom.key); at !== -1; at = text.indexOf(atom.key, at + 1)) {
        ranges.push({ start: at, end: at + atom.key.length, atom: a });
      }
    } else {
      for (const token of side.tokens) {
        if (token.kind === 'word' && token.key === atom.key) ranges.push({ start: token.start, end: token.end, atom: a });
      }
    }
    if (ranges.length > before) found.add(a);
  });
  return { ranges, found };
}

/** All occurrences of every atom, or null if some atom does not occur. Offsets are normalised. */
export function matchSide(side: Side, atoms: readonly QueryAtom[]): AtomRange[] | null {
  const { ranges, found } = findAtoms(side, atoms);
  return found.size === atoms.length ? ranges : null;
}

/** Normalised ranges → per-sentence ranges in original offsets, merged and sorted. */
export function toSentences(side: Side, ranges: readonly AtomRange[]): { matches: SentenceMatch[]; best: number } {
  const perSentence = new Map<number, { ranges: HighlightRange[]; atoms: Set<number> }>();
  for (const range of ranges) {
    const start = side.norm.from[range.start];
    const end = side.norm.to[range.end - 1];
    if (start === undefined || end === undefined) continue;
    for (const [i, s0] of side.sentenceStarts.entries()) {
      const s1 = s0 + (side.sentenceLengths[i] ?? 0);
      const a = Math.max(start, s0);
      const b = Math.min(end, s1);
      if (a >= b) continue;
      let entry = perSentence.get(i);
      if (!entry) {
        entry = { ranges: [], atoms: new Set() };
        perSentence.set(i, entry);
      }
      entry.ranges.push([a - s0, b - s0]);
      entry.atoms.add(range.atom);
    }
  }
  const matches: SentenceMatch[] = [];
  let best = -1;
  let bestCount = 0;
  for (const i of [...perSentence.keys()].sort((x, y) => x - y)) {
    const entry = perSentence.get(i);
    if (!entry) continue;
    matches.push({ sentence: i, ranges: mergeRanges(entry.ranges) });
    if (entry.atoms.size > bestCount) {
      best = i;
      bestCount = entry.atoms.size;
    }
  }
  return { matches, best };
}

function mergeRanges(ranges: HighlightRange[]): HighlightRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: HighlightRange[] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

export function sameOrPrefix(forms: readonly string[], query: string): MatchKind | null {
  if (!query) return null;
  if (forms.some((f) => f === query)) return 'exact';
  if (forms.some((f) => f.startsWith(query))) return 'prefix';
  return null;
}

export function pinyinMatch(syllables: readonly string[], query: string): MatchKind | null {
  if (!query || syllables.length === 0) return null;
  if (syllables.join('') === query) return 'exact';
  // Syllable-aligned runs of two or more only: 'line' must not hit lin·ye.
  for (let i = 0; i < syllables.length; i += 1) {
    let run = '';
    for (const syllable of syllables.slice(i)) {
      const first = run === '';
      run += syllable;
      if (!first && run === query) return i === 0 ? 'prefix' : 'partial';
      if (run.length >= query.length) break;
    }
  }
  return null;
}
