// What the share tools act on ("targets": a selection, a sentence or a whole segment) and what
// each action needs from it: its anchor, the saved annotation on it, its share link and its
// citation. Pure, so unit tests reach every rule the toolbar and menus follow.

import { segmentText, sentenceRanges, type Lang } from '@/lib/content/model';
import type { Annotation } from './annotation';
import { alignedSentences, createTextAnchor, type TextAnchor } from './anchor';
import type { CitationInput } from './citation';
import type { ShareDocument, ShareSegment } from './document-data';
import { encodeShareLink } from './link-codec';
import type { ShareLink } from './link-schema';
import { createSegmentLink, createSelectionLink, createSentenceLink, simplifyShareLink } from './passage';

export type Target =
  | { kind: 'range'; segmentId: string; lang: Lang; start: number; end: number }
  /** `sentence` is 0-based. */
  | { kind: 'sentence'; segmentId: string; sentence: number; lang: Lang }
  | { kind: 'segment'; segmentId: string; lang: Lang };

export type AnchoredTarget = { segment: ShareSegment; anchor: TextAnchor };

export function segmentOf(doc: ShareDocument | null, segmentId: string): ShareSegment | undefined {
  return doc?.segments.find((segment) => segment.id === segmentId);
}

/** The target's span as an anchor into its segment's text, or null if it has no text. */
export function anchorOf(doc: ShareDocument | null, target: Target): AnchoredTarget | null {
  const segment = segmentOf(doc, target.segmentId);
  if (!segment) return null;
  let range = { start: 0, end: segmentText(segment, target.lang).length };
  if (target.kind === 'range') range = { start: target.start, end: target.end };
  if (target.kind === 'sentence') {
    const sentence = sentenceRanges(segment, target.lang)[target.sentence];
    if (!sentence) return null;
    range = sentence;
  }
  const anchor = createTextAnchor({ segment, lang: target.lang, start: range.start, end: range.end });
  return anchor ? { segment, anchor } : null;
}

/** Two targets that name the same span (a second selection of the same text opens nothing new). */
export function sameTarget(a: Target | null | undefined, b: Target): boolean {
  if (!a || a.kind !== b.kind || a.segmentId !== b.segmentId || a.lang !== b.lang) return false;
  if (a.kind === 'range' && b.kind === 'range') return a.start === b.start && a.end === b.end;
  if (a.kind === 'sentence' && b.kind === 'sentence') return a.sentence === b.sentence;
  return true;
}

/** The reader's saved annotation on exactly this span of this document, if any. */
export function annotationOn(annotations: readonly Annotation[], docSlug: string, anchored: AnchoredTarget | null): Annotation | undefined {
  if (!anchored) return undefined;
  const { segment, anchor } = anchored;
  return annotations.find(
    (annotation) =>
      annotation.docSlug === docSlug &&
      annotation.segmentId === segment.id &&
      annotation.lang === anchor.lang &&
      annotation.start === anchor.start &&
      annotation.end === anchor.end,
  );
}

/** The share link for a target (with the note, if any), on the document page at `pageUrl`. */
export function shareLinkOf(target: Target, anchored: AnchoredTarget, note: string | null, pageUrl: string): string | null {
  const { segment, anchor } = anchored;
  let link: ShareLink;
  if (target.kind === 'segment') link = createSegmentLink(segment.id, note);
  else if (target.kind === 'sentence') link = createSentenceLink(segment.id, target.sentence, note);
  else {
    const selection = createSelectionLink({ segment, lang: anchor.lang, start: anchor.start, end: anchor.end, note });
    if (!selection) return null;
    link = simplifyShareLink(selection, segment);
  }
  return encodeShareLink(link, pageUrl);
}

/** What a citation of the target names: the document, the segment and the sentences chosen. */
export function citationOf(doc: ShareDocument, target: Target, anchored: AnchoredTarget, url: string, accessed: string): CitationInput {
  const { segment, anchor } = anchored;
  const sentences = target.kind === 'segment' ? undefined : alignedSentences(segment, anchor.lang, anchor)[anchor.lang];
  return {
    meta: doc.cite,
    segment,
    sentences,
    url,
    accessed,
  };
}
