// From a reader's choice to a share link, and from a share link (untrusted)
// to what the page should show: which segment, which highlight, which notice.

import { segmentText, type Lang, type SegmentModel } from '@/lib/content/model';
import { sentenceRanges } from '@/lib/content/model';
import { alignedSentences, createTextAnchor, resolveAnchor, type AlignedSentences, type TextQuote } from './anchor';
import { NOTE_MAX_LENGTH } from './constants';
import { decodeShareLink } from './link-codec';
import type { LinkError, LinkIssue, SelectionLink, ShareLink } from './link-schema';
import { cleanText } from '@/lib/text/text';

export type DocumentSegment = Pick<SegmentModel, 'id' | 'zh' | 'en'>;

/**
 * What to show for an opened link.
 * - segment: scroll to the segment, no highlight.
 * - sentence: highlight sentence `sentence` (0-based) in both languages.
 * - selection match: highlight start–end in `lang` (offsets verified).
 * - selection revised: the segment changed since the link was made; highlight
 *   the new position of the quote, with a quiet notice.
 * - selection gone: the quoted text is no longer in the segment. Open the
 *   segment with a clear notice and show `quote` (from the link) — never a
 *   highlight. `quote` is null when the link carried none.
 * `aligned` lists the sentences of both languages covered by the highlight.
 */
export type Passage =
  | { kind: 'segment'; segmentId: string; note: string | null }
  | { kind: 'sentence'; segmentId: string; sentence: number; aligned: AlignedSentences; note: string | null }
  | {
      kind: 'selection';
      status: 'match' | 'revised';
      segmentId: string;
      lang: Lang;
      start: number;
      end: number;
      aligned: AlignedSentences;
      quote: TextQuote | null;
      note: string | null;
    }
  | {
      kind: 'selection';
      status: 'gone';
      segmentId: string;
      lang: Lang | null;
      quote: TextQuote | null;
      note: string | null;
    };

export type PassageResult = { ok: true; passage: Passage; issues: LinkIssue[] } | { ok: false; error: LinkError; issues: LinkIssue[] };

/** Resolves a decoded link against the current document segments. Never throws. */
export function resolveShareLink(link: ShareLink, segments: readonly DocumentSegment[]): PassageResult {
  const issues: LinkIssue[] = [];
  const segment = segments.find((candidate) => candidate.id === link.segmentId);
  if (!segment) {
    return {
      ok: false,
      error: { code: 'unknown-segment', message: 'This passage is not in the document.', segmentId: link.segmentId },
      issues,
    };
  }
  const { segmentId, note } = link;
  if (link.kind === 'segment') return { ok: true, passage: { kind: 'segment', segmentId, note }, issues };
  if (link.kind === 'sentence') {
    const count = Math.max(segment.zh.length, segment.en.length);
    if (link.sentence < 0 || link.sentence >= count) {
      issues.push({
        code: 'invalid-param',
        param: 's',
        message: `Sentence ${link.sentence + 1} does not exist in this segment; the segment is opened instead.`,
      });
      return { ok: true, passage: { kind: 'segment', segmentId, note }, issues };
    }
    const aligned: AlignedSentences = {
      zh: link.sentence < segment.zh.length ? [link.sentence] : [],
      en: link.sentence < segment.en.length ? [link.sentence] : [],
    };
    return { ok: true, passage: { kind: 'sentence', segmentId, sentence: link.sentence, aligned, note }, issues };
  }
  const resolution = resolveAnchor(segment, { lang: link.lang, range: link.range, quote: link.quote, hash: link.hash });
  if (resolution.status === 'gone') {
    return { ok: true, passage: { kind: 'selection', status: 'gone', segmentId, lang: link.lang, quote: link.quote, note }, issues };
  }
  return {
    ok: true,
    passage: {
      kind: 'selection',
      status: resolution.status,
      segmentId,
      lang: resolution.lang,
      start: resolution.start,
      end: resolution.end,
      aligned: resolution.aligned,
      quote: link.quote,
      note,
    },
    issues,
  };
}

/** decodeShareLink + resolveShareLink. Never throws. */
export function openShareLink(input: unknown, segments: readonly DocumentSegment[]): PassageResult {
  const decoded = decodeShareLink(input);
  if (!decoded.ok) return decoded;
  try {
    const resolved = resolveShareLink(decoded.link, segments);
    return { ...resolved, issues: [...decoded.issues, ...resolved.issues] };
  } catch {
    return {
      ok: false,
      error: { code: 'invalid-input', message: 'The link could not be read.' },
      issues: decoded.issues,
    };
  }
}

// ---------------------------------------------------------------------------
// Building links

export type SelectionLinkInput = {
  segment: DocumentSegment;
  lang: Lang;
  start: number;
  end: number;
  note?: string | null;
};

/**
 * Link for a span the reader selected (offsets into segmentText(segment, lang)).
 * Returns null for an empty or whitespace-only selection.
 */
export function createSelectionLink(input: SelectionLinkInput): SelectionLink | null {
  const anchor = createTextAnchor({ segment: input.segment, lang: input.lang, start: input.start, end: input.end });
  if (!anchor) return null;
  return {
    kind: 'selection',
    segmentId: input.segment.id,
    lang: anchor.lang,
    range: { start: anchor.start, end: anchor.end },
    quote: anchor.quote,
    hash: anchor.hash,
    note: cleanNote(input.note),
  };
}

function cleanNote(note: string | null | undefined): string | null {
  if (note === null || note === undefined) return null;
  const cleaned = cleanText(note, NOTE_MAX_LENGTH);
  return cleaned.length > 0 ? cleaned : null;
}

export function createSegmentLink(segmentId: string, note?: string | null): ShareLink {
  return { kind: 'segment', segmentId, note: cleanNote(note) };
}

/** `sentence` is 0-based. */
export function createSentenceLink(segmentId: string, sentence: number, note?: string | null): ShareLink {
  return { kind: 'sentence', segmentId, sentence, note: cleanNote(note) };
}

/**
 * Shortens a selection link that has no note: a span that is exactly one
 * sentence becomes a sentence link (?s=N), a span that is the whole segment
 * becomes a segment link. Other links are returned unchanged.
 */
export function simplifyShareLink(link: ShareLink, segment: DocumentSegment): ShareLink {
  if (link.kind !== 'selection' || link.note !== null || link.range === null || link.lang === null) return link;
  if (link.segmentId !== segment.id) return link;
  const text = segmentText(segment, link.lang);
  const { start, end } = link.range;
  if (link.quote !== null && text.slice(start, end) !== link.quote.exact) return link;
  const trimmedStart = text.length - text.trimStart().length;
  const trimmedEnd = text.trimEnd().length;
  if (start === trimmedStart && end === trimmedEnd) return { kind: 'segment', segmentId: link.segmentId, note: null };
  const sentences = sentenceRanges(segment, link.lang);
  const covered = alignedSentences(segment, link.lang, link.range)[link.lang];
  if (covered.length === 1) {
    const index = covered[0]!;
    const sentence = sentences[index]!;
    const sentenceText = text.slice(sentence.start, sentence.end);
    const sentenceStart = sentence.start + (sentenceText.length - sentenceText.trimStart().length);
    const sentenceEnd = sentence.start + sentenceText.trimEnd().length;
    if (start === sentenceStart && end === sentenceEnd) {
      return { kind: 'sentence', segmentId: link.segmentId, sentence: index, note: null };
    }
  }
  return link;
}
