// Text anchors: where a span sits in a segment, and how to find it again after
// the segment text has been edited.
//
// An anchor stores, for one language of one segment:
//   - start/end: UTF-16 code-unit offsets into that language's segment text
//     (zh sentences joined with '', en sentences joined with ' '), end exclusive;
//   - quote: W3C TextQuoteSelector-style {prefix, exact, suffix};
//   - hash: hashText() of the segment text when the anchor was made.
//
// Resolving decides one of:
//   match   — the text is verifiably where the offsets say (hash unchanged, or
//             no hash but exact text + context found at the offsets);
//   revised — the text changed but the quote is still found: new position;
//   gone    — the quote is not found: no highlight at all (never a guess).

import { segmentText, sentenceRanges, type Lang, type SegmentModel, type TextRange } from '@/lib/content/model';
import { hashText } from './hash';
import { foldChinesePunctuation } from '@/lib/text/chinese-punctuation';
import { headUnits, splitsSurrogatePair, tailUnits } from '@/lib/text/text';

export type SegmentTexts = Pick<SegmentModel, 'zh' | 'en'>;

export type TextQuote = { prefix: string; exact: string; suffix: string };

/** Sentence indices (0-based) of each language covered by a span. */
export type AlignedSentences = { zh: number[]; en: number[] };

export type TextAnchor = TextRange & { lang: Lang; quote: TextQuote; hash: string };

/** Context kept on each side of the exact text, in UTF-16 code units. */
export const CONTEXT_LENGTH: Readonly<Record<Lang, number>> = { zh: 12, en: 32 };

export const LANGS: readonly Lang[] = ['zh', 'en'];

export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

/**
 * Sentences overlapped by `range` in `lang`, and the sentences of the other
 * language they align with (index i maps to index i; indices the other
 * language does not have are dropped). A span that only covers the space
 * between two English sentences overlaps nothing.
 */
export function alignedSentences(segment: SegmentTexts, lang: Lang, range: TextRange): AlignedSentences {
  const own = sentenceRanges(segment, lang)
    .map((sentence, index) => ({ sentence, index }))
    .filter(({ sentence }) => range.start < sentence.end && range.end > sentence.start && sentence.end > sentence.start)
    .map(({ index }) => index);
  const otherCount = (lang === 'zh' ? segment.en : segment.zh).length;
  const other = own.filter((index) => index < otherCount);
  return lang === 'zh' ? { zh: own, en: other } : { zh: other, en: own };
}

/** Quote (prefix/exact/suffix) of `range` in `text`, context cut surrogate-safely. */
export function quoteAt(text: string, range: TextRange, lang: Lang): TextQuote {
  const context = CONTEXT_LENGTH[lang];
  return {
    prefix: tailUnits(text.slice(0, range.start), context),
    exact: text.slice(range.start, range.end),
    suffix: headUnits(text.slice(range.end), context),
  };
}

export type CreateAnchorInput = {
  segment: SegmentTexts;
  lang: Lang;
  start: number;
  end: number;
  /** Drop leading/trailing whitespace from the span (default true). */
  trim?: boolean;
};

/**
 * Builds an anchor for a span the reader selected. Offsets are clamped to the
 * text, swapped if reversed, widened so they never split a surrogate pair and
 * (by default) trimmed of surrounding whitespace. Returns null when nothing
 * but whitespace (or nothing at all) is selected.
 */
export function createTextAnchor(input: CreateAnchorInput): TextAnchor | null {
  const text = segmentText(input.segment, input.lang);
  const clamp = (value: number): number => (Number.isFinite(value) ? Math.min(text.length, Math.max(0, Math.trunc(value))) : 0);
  let start = clamp(input.start);
  let end = clamp(input.end);
  if (start > end) [start, end] = [end, start];
  if (splitsSurrogatePair(text, start)) start--;
  if (splitsSurrogatePair(text, end)) end++;
  if (input.trim !== false) {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
  }
  if (start >= end) return null;
  return { lang: input.lang, start, end, quote: quoteAt(text, { start, end }, input.lang), hash: hashText(text) };
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

const MAX_CANDIDATES = 2000;

/**
 * Finds `quote.exact` in `text`. When it occurs more than once, the occurrence
 * whose surroundings share the most characters with prefix (read backwards)
 * and suffix wins; ties go to the occurrence closest to `hint` (the old start
 * offset), then to the first one. Returns null when exact is empty or absent.
 */
export function findQuote(text: string, quote: TextQuote, hint?: number | null): TextRange | null {
  const { exact, prefix, suffix } = quote;
  if (exact.length === 0) return null;
  let best: { start: number; score: number; distance: number } | null = null;
  let candidates = 0;
  for (let at = text.indexOf(exact); at !== -1 && candidates < MAX_CANDIDATES; at = text.indexOf(exact, at + 1)) {
    candidates++;
    const before = text.slice(Math.max(0, at - prefix.length), at);
    const after = text.slice(at + exact.length, at + exact.length + suffix.length);
    const score = commonSuffixLength(before, prefix) + commonPrefixLength(after, suffix);
    const distance = typeof hint === 'number' ? Math.abs(at - hint) : 0;
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { start: at, score, distance };
    }
  }
  return best ? { start: best.start, end: best.start + exact.length } : null;
}

export type AnchorInput = {
  /** Language of the offsets and quote; null tries both (hash, then quote decide). */
  lang: Lang | null;
  range: TextRange | null;
  quote: TextQuote | null;
  hash: string | null;
};

export type AnchorResolution =
  { status: 'match' | 'revised'; lang: Lang; start: number; end: number; aligned: AlignedSentences } | { status: 'gone' };

function validRange(text: string, range: TextRange | null): range is TextRange {
  return (
    range !== null &&
    Number.isInteger(range.start) &&
    Number.isInteger(range.end) &&
    range.start >= 0 &&
    range.start < range.end &&
    range.end <= text.length &&
    !splitsSurrogatePair(text, range.start) &&
    !splitsSurrogatePair(text, range.end)
  );
}

function contextMatches(text: string, range: TextRange, quote: TextQuote): boolean {
  return (
    range.start >= quote.prefix.length &&
    text.slice(range.start - quote.prefix.length, range.start) === quote.prefix &&
    text.slice(range.end, range.end + quote.suffix.length) === quote.suffix
  );
}

/*
 * The Chinese was once published with ASCII punctuation (建设,数字城市) and is now shown with
 * Chinese marks (建设，数字城市), one unit for one. Links made before still hold the old quote
 * and the old text's hash: both are compared with the marks folded to ASCII, so they still match.
 */
const fold = foldChinesePunctuation;
const foldQuote = (quote: TextQuote): TextQuote => ({ prefix: fold(quote.prefix), exact: fold(quote.exact), suffix: fold(quote.suffix) });

function resolveInLang(segment: SegmentTexts, lang: Lang, input: AnchorInput): AnchorResolution {
  const shown = segmentText(segment, lang);
  const text = fold(shown);
  const unchanged = input.hash !== null && (input.hash === hashText(shown) || input.hash === hashText(text));
  const quote = input.quote !== null && input.quote.exact.length > 0 ? foldQuote(input.quote) : null;
  const found = (range: TextRange, status: 'match' | 'revised'): AnchorResolution => ({
    status,
    lang,
    start: range.start,
    end: range.end,
    aligned: alignedSentences(segment, lang, range),
  });

  if (validRange(text, input.range)) {
    const slice = text.slice(input.range.start, input.range.end);
    // Hash unchanged: the offsets are trustworthy (checked against the quote when we have one).
    if (unchanged && (quote === null || slice === quote.exact)) return found(input.range, 'match');
    // No hash in the link: accept the offsets only if exact and its context are there.
    if (input.hash === null && quote !== null && slice === quote.exact && contextMatches(text, input.range, quote)) {
      return found(input.range, 'match');
    }
  }
  if (quote !== null) {
    const located = findQuote(text, quote, input.range?.start ?? null);
    // Hash unchanged but offsets were wrong (damaged link): the text itself did not change.
    if (located) return found(located, unchanged ? 'match' : 'revised');
  }
  return { status: 'gone' };
}

/** Decides match / revised / gone for an anchor against the current segment. */
export function resolveAnchor(segment: SegmentTexts, input: AnchorInput): AnchorResolution {
  const langs = input.lang === null ? LANGS : [input.lang];
  let revised: AnchorResolution | null = null;
  for (const lang of langs) {
    const result = resolveInLang(segment, lang, input);
    if (result.status === 'match') return result;
    if (result.status === 'revised' && revised === null) revised = result;
  }
  return revised ?? { status: 'gone' };
}
