// Browser-safe search over the static payload. FlexSearch narrows the
// candidates (bigrams / word keys, AND); every candidate is then verified
// against the stored text, so a hit always really contains the query:
// Han runs and space-free mixed chunks (5G基站) as exact substrings of the
// normalised text, words by stem, numbers whole; space-separated parts AND.
//
// Ordering: glossary terms by match strength (exact, prefix, partial) then
// glossary order; segments in reading order (payload order), because the
// reader is a document, and a stable order is what the tests and benchmark pin.

import { Index } from 'flexsearch';
import type { Lang, SegmentKind } from '@/lib/content/model';
import { foldFromString, parseQuery, pinyinSyllables, segmentIndexOptions, type ParsedQuery, type QueryAtom } from './encoder';
import {
  findAtoms,
  flatKeys,
  makeSide,
  matchSide,
  pinyinMatch,
  sameOrPrefix,
  toSentences,
  type AtomRange,
  type HighlightRange,
  type MatchKind,
  type SentenceMatch,
  type Side,
} from './matching';
export type { HighlightRange, SentenceMatch } from './matching';
import { indexedText } from './build-index';
import { isSearchPayload, type Bilingual, type PayloadSegment, type PayloadTerm, type SearchPayload } from './payload';

export type SegmentHit = {
  id: string;
  /** Position in reading order across the corpus. */
  position: number;
  doc: string;
  docTitle: Bilingual;
  sectionTitle: Bilingual | null;
  kind: SegmentKind;
  /** Sentences for rendering; zh[i] and en[i] are the aligned pair when the content has them aligned. */
  zh: string[];
  en: string[];
  /** The language to show highlighted: the one that matched (the query's script wins if both did). */
  lang: Lang;
  /** Best sentence in `lang` (most distinct query parts, then earliest). */
  sentence: number;
  /** Highlights in that sentence. */
  ranges: HighlightRange[];
  /** Every sentence with highlights, per language; null where that language did not match. */
  matches: Record<Lang, SentenceMatch[] | null>;
  /** 'text': the text contains the query; 'term': found via a glossary term the query named in pinyin. */
  via: 'text' | 'term';
};

export type GlossaryHit = {
  id: string;
  zh: string;
  aliases: string[];
  pinyin: string;
  en: string;
  match: MatchKind;
  field: 'zh' | 'en' | 'pinyin';
};

/** A document of the library with the number of its segments that match (before any `doc` filter). */
export type DocumentCount = { slug: string; title: Bilingual; short: Bilingual; count: number };

export type SearchResults = {
  /** Glossary terms: show above the segments. */
  terms: GlossaryHit[];
  /** Segments (of the `doc` filter's document, if any), at most `limit`. */
  results: SegmentHit[];
  /** Number of matching segments (in the `doc` filter's document, if any) before the limit. */
  total: number;
  /** Every document of the library, in library order, with its count of matches. */
  docs: DocumentCount[];
};

export type SearchOptions = {
  limit?: number;
  /** Lay out highlights for this segment id only (the reader jumping to one result); `total` still counts all. */
  only?: string;
  /** Only segments of this document (slug); an unknown slug matches nothing. `docs` still counts all. */
  doc?: string;
};

export type Searcher = { search(query: string, options?: SearchOptions): SearchResults };

export const DEFAULT_LIMIT = 100;

// Fresh each time: callers may sort or splice what they get.
const empty = (): SearchResults => ({ terms: [], results: [], total: 0, docs: [] });

/** A verified segment before highlights are laid out. */
type Found = { position: number; matched: Partial<Record<Lang, AtomRange[]>>; prefer: Lang; via: SegmentHit['via'] };

type TermForms = {
  term: PayloadTerm;
  zh: Side;
  en: Side;
  /** Flat token keys of each form, for exact / prefix ranking. */
  zhFlat: string[];
  enFlat: string[];
  /** Syllables of the pinyin, for syllable-aligned matching. */
  syllables: string[];
  zhForms: string[];
};

const RANK: Record<GlossaryHit['match'], number> = { exact: 0, prefix: 1, partial: 2 };

/** A searcher whose index is still empty: `add` each of `positions` (at once, or in slices) before searching. */
export type PreparedSearch = { searcher: Searcher; positions: number[]; add: (position: number) => void };

/**
 * Indexes a payload (merged from the static core and shards) with FlexSearch. Takes `unknown`
 * because it comes from the network; throws if it is not a payload of this version, so a stale
 * cached file fails loudly at load rather than matching wrongly.
 */
export function loadSearch(input: unknown): Searcher {
  const prepared = prepareSearch(input);
  for (const position of prepared.positions) prepared.add(position);
  return prepared.searcher;
}

/** loadSearch's checks and searcher, with the index to be filled by the caller. */
export function prepareSearch(input: unknown): PreparedSearch {
  if (!isSearchPayload(input)) throw new Error('search payload: unknown version or shape');
  const payload: SearchPayload = input;
  const fold = foldFromString(payload.fold);
  const segments = payload.segments;
  // Built here from the texts, with the encoder the build uses: cheaper to send the texts alone.
  const index = new Index(segmentIndexOptions(fold));
  // Normalised sentence data, built on first use: most segments are never candidates.
  const sides = new Map<number, Record<Lang, Side>>();
  // Positions come from candidates() (checked against the payload) or from the payload itself.
  const segmentAt = (position: number): PayloadSegment => {
    const segment = segments[position];
    if (!segment) throw new RangeError(`search: no segment at position ${position}`);
    return segment;
  };
  const sideOf = (position: number): Record<Lang, Side> => {
    let side = sides.get(position);
    if (!side) {
      const segment = segmentAt(position);
      side = { zh: makeSide(segment.zh, '', fold), en: makeSide(segment.en, ' ', fold) };
      sides.set(position, side);
    }
    return side;
  };

  let termForms: TermForms[] | null = null;
  const getTermForms = (): TermForms[] => {
    termForms ??= payload.terms.map((term) => {
      const zhForms = [term.zh, ...term.aliases].filter((f) => f.length > 0);
      const enForms = [term.en, ...term.enForms].filter((f) => f.length > 0);
      return {
        term,
        zh: makeSide(zhForms, '\n', fold),
        en: makeSide(enForms, '\n', fold),
        zhFlat: zhForms.map((f) => flatKeys(f, fold)),
        enFlat: enForms.map((f) => flatKeys(f, fold)),
        syllables: pinyinSyllables(term.pinyin),
        zhForms,
      };
    });
    return termForms;
  };

  const candidates = (indexQuery: string): number[] => {
    if (!indexQuery) return segments.map((_, i) => i);
    const ids = index.search(indexQuery, { limit: Math.max(1, segments.length) });
    return ids.filter((id): id is number => typeof id === 'number' && id >= 0 && id < segments.length);
  };

  const makeHit = ({ position, matched, prefer, via }: Found): SegmentHit => {
    const segment = segmentAt(position);
    const side = sideOf(position);
    const matches: Record<Lang, SentenceMatch[] | null> = { zh: null, en: null };
    const best: Record<Lang, number> = { zh: -1, en: -1 };
    for (const lang of ['zh', 'en'] as const) {
      const ranges = matched[lang];
      if (!ranges) continue;
      const res = toSentences(side[lang], ranges);
      matches[lang] = res.matches;
      best[lang] = res.best;
    }
    const other: Lang = prefer === 'zh' ? 'en' : 'zh';
    const lang: Lang = matches[prefer] ? prefer : matches[other] ? other : prefer;
    const sentence = Math.max(0, best[lang]);
    const ranges = matches[lang]?.find((m) => m.sentence === sentence)?.ranges ?? [];
    const doc = payload.docs[segment.d];
    return {
      id: segment.id,
      position,
      doc: doc?.slug ?? '',
      docTitle: doc?.title ?? { zh: '', en: '' },
      sectionTitle: segment.s >= 0 ? (payload.sections[segment.s] ?? null) : null,
      kind: segment.kind,
      zh: segment.zh,
      en: segment.en,
      lang,
      sentence,
      ranges,
      matches,
      via,
    };
  };

  const findSegments = (atoms: readonly QueryAtom[], indexQuery: string, prefer: Lang): Map<number, Found> => {
    const found = new Map<number, Found>();
    if (atoms.length === 0) return found;
    for (const position of candidates(indexQuery)) {
      const side = sideOf(position);
      const zh = matchSide(side.zh, atoms);
      const en = matchSide(side.en, atoms);
      if (zh || en) {
        found.set(position, { position, matched: { zh: zh ?? undefined, en: en ?? undefined }, prefer, via: 'text' });
      } else if (atoms.length > 1) {
        // A bilingual query (数字经济 digital) asks for the aligned pair: each part may
        // match in either language, each language highlights the parts it holds.
        const inZh = findAtoms(side.zh, atoms);
        const inEn = findAtoms(side.en, atoms);
        if (atoms.every((_, a) => inZh.found.has(a) || inEn.found.has(a))) {
          const matched: Found['matched'] = {};
          if (inZh.found.size > 0) matched.zh = inZh.ranges;
          if (inEn.found.size > 0) matched.en = inEn.ranges;
          found.set(position, { position, matched, prefer, via: 'text' });
        }
      }
    }
    return found;
  };

  /** Matching glossary terms with their position in `payload.terms`, best first. */
  const matchGlossary = ({ atoms, flat: queryFlat, pinyin }: ParsedQuery): Array<{ hit: GlossaryHit; at: number }> => {
    const hits: Array<{ hit: GlossaryHit; at: number }> = [];
    getTermForms().forEach((forms, at) => {
      const found: Array<Pick<GlossaryHit, 'match' | 'field'>> = [];
      if (atoms.length > 0 && matchSide(forms.zh, atoms)) {
        found.push({ match: sameOrPrefix(forms.zhFlat, queryFlat) ?? 'partial', field: 'zh' });
      }
      if (atoms.length > 0 && matchSide(forms.en, atoms)) {
        found.push({ match: sameOrPrefix(forms.enFlat, queryFlat) ?? 'partial', field: 'en' });
      }
      const viaPinyin = pinyinMatch(forms.syllables, pinyin);
      if (viaPinyin) found.push({ match: viaPinyin, field: 'pinyin' });
      if (found.length === 0) return;
      const [best] = found.sort((a, b) => RANK[a.match] - RANK[b.match]);
      if (!best) return;
      const { term } = forms;
      hits.push({ hit: { id: term.id, zh: term.zh, aliases: term.aliases, pinyin: term.pinyin, en: term.en, ...best }, at });
    });
    hits.sort((a, b) => RANK[a.hit.match] - RANK[b.hit.match] || a.at - b.at);
    return hits;
  };

  /** Segments that contain a term the reader typed in pinyin (by its Chinese forms, or marked with it). */
  const segmentsForTerm = (termPosition: number, into: Map<number, Found>) => {
    const forms = getTermForms()[termPosition];
    if (!forms) return;
    const formAtoms = forms.zhForms.map((f) => parseQuery(f, fold));
    const found = new Set<number>();
    for (const parsed of formAtoms) {
      if (parsed.atoms.length === 0) continue;
      for (const position of candidates(parsed.indexQuery)) {
        if (found.has(position)) continue;
        const ranges = matchSide(sideOf(position).zh, parsed.atoms);
        if (!ranges) continue;
        found.add(position);
        if (!into.has(position)) into.set(position, { position, matched: { zh: ranges }, prefer: 'zh', via: 'term' });
      }
    }
    segments.forEach((segment, position) => {
      if (!found.has(position) && !into.has(position) && segment.t.includes(termPosition)) {
        into.set(position, { position, matched: {}, prefer: 'zh', via: 'term' });
      }
    });
  };

  const search = (query: string, options?: SearchOptions): SearchResults => {
    const parsed = parseQuery(query, fold);
    if (parsed.atoms.length === 0 && !parsed.pinyin) return empty();
    const prefer: Lang = parsed.atoms.some((a) => a.kind !== 'word') ? 'zh' : 'en';
    const hits = findSegments(parsed.atoms, parsed.indexQuery, prefer);
    const terms = matchGlossary(parsed);
    // Pinyin names a term, not text: bring in the segments that contain that term.
    for (const { hit, at } of terms) if (hit.field === 'pinyin') segmentsForTerm(at, hits);
    const matching = [...hits.values()].sort((a, b) => a.position - b.position);
    const counts = payload.docs.map(() => 0);
    for (const found of matching) {
      const d = segmentAt(found.position).d;
      counts[d] = (counts[d] ?? 0) + 1;
    }
    const docs = payload.docs.map((doc, d) => ({ slug: doc.slug, title: doc.title, short: doc.short, count: counts[d] ?? 0 }));
    const wanted = options?.doc;
    const all = wanted === undefined ? matching : matching.filter((f) => payload.docs[segmentAt(f.position).d]?.slug === wanted);
    const limit = options?.limit;
    const cap = typeof limit === 'number' && limit >= 0 ? Math.floor(limit) : DEFAULT_LIMIT;
    // Every candidate is verified (for `total`); only the shown ones get highlights.
    const shown = options?.only === undefined ? all.slice(0, cap) : all.filter((f) => segmentAt(f.position).id === options.only);
    return { terms: terms.map((t) => t.hit), results: shown.map(makeHit), total: all.length, docs };
  };

  const searcher: Searcher = {
    search(query, options) {
      // A search box must never take the page down: bad input yields no results.
      try {
        return search(query, options);
      } catch {
        return empty();
      }
    },
  };
  return {
    searcher,
    positions: segments.map((_, position) => position),
    add: (position) => index.add(position, indexedText(segmentAt(position))),
  };
}
