// One saved highlight ("annotation"): a span of one segment's text in one language, anchored by
// offsets, quote and hash (see anchor.ts) so it is found again after the text is revised, with
// an optional note. Pure and zod-validated; the store (store.ts) keeps a list of them.

import { z } from 'zod';
import type { Lang } from '@/lib/content/model';
import { cleanText, codePointLength } from '@/lib/text/text';
import { createTextAnchor, resolveAnchor, type AnchorResolution, type SegmentTexts } from './anchor';
import { NOTE_MAX_LENGTH } from './constants';
import { HashSchema, LangSchema, MAX_OFFSET, SegmentIdSchema, type SelectionLink } from './link-schema';

/** Notes kept locally may be longer than the 500 code points a share link carries. */
export const ANNOTATION_NOTE_MAX_LENGTH = 5_000;

export const AnnotationSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_.:-]{1,128}$/),
    docSlug: z.string().regex(/^[^\s/?#\\\u0000-\u001F\u007F]{1,200}$/),
    segmentId: SegmentIdSchema,
    lang: LangSchema,
    start: z.int().min(0).max(MAX_OFFSET),
    end: z.int().min(1).max(MAX_OFFSET),
    quote: z.object({
      prefix: z.string().max(256),
      exact: z.string().min(1).max(MAX_OFFSET),
      suffix: z.string().max(256),
    }),
    hash: HashSchema,
    note: z.string().refine((note) => codePointLength(note) <= ANNOTATION_NOTE_MAX_LENGTH, 'note too long'),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .refine((a) => a.start < a.end, 'start must be before end')
  .refine((a) => a.quote.exact.length === a.end - a.start, 'quote does not match the offsets');

export type Annotation = z.infer<typeof AnnotationSchema>;

/** Milliseconds of an ISO time, 0 if unreadable (so an unreadable time never wins a merge). */
export function timeOf(iso: string): number {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? 0 : time;
}

export type CreateAnnotationInput = {
  docSlug: string;
  segment: SegmentTexts & { id: string };
  lang: Lang;
  start: number;
  end: number;
  note?: string;
  id?: string;
  now?: () => Date;
};

function newId(): string {
  const cryptoLike = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (cryptoLike && typeof cryptoLike.randomUUID === 'function') {
    try {
      return cryptoLike.randomUUID();
    } catch {
      // randomUUID needs a secure context in browsers; fall through.
    }
  }
  return `a${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;
}

/** Builds a valid annotation for a selection (null if the span is empty or invalid). Pure. */
export function createAnnotation(input: CreateAnnotationInput): Annotation | null {
  const anchor = createTextAnchor({ segment: input.segment, lang: input.lang, start: input.start, end: input.end });
  if (!anchor) return null;
  const time = (input.now ?? (() => new Date()))().toISOString();
  const candidate: Annotation = {
    id: input.id ?? newId(),
    docSlug: input.docSlug,
    segmentId: input.segment.id,
    lang: anchor.lang,
    start: anchor.start,
    end: anchor.end,
    quote: anchor.quote,
    hash: anchor.hash,
    note: cleanText(input.note ?? '', ANNOTATION_NOTE_MAX_LENGTH),
    createdAt: time,
    updatedAt: time,
  };
  const parsed = AnnotationSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

/** Where a saved annotation sits in the current segment text (match / revised / gone). */
export function resolveAnnotation(annotation: Annotation, segment: SegmentTexts): AnchorResolution {
  return resolveAnchor(segment, {
    lang: annotation.lang,
    range: { start: annotation.start, end: annotation.end },
    quote: annotation.quote,
    hash: annotation.hash,
  });
}

/** Share link for a saved annotation (its note is shared too; pass note: null to leave it out). */
export function annotationShareLink(annotation: Annotation, note: string | null = annotation.note || null): SelectionLink {
  return {
    kind: 'selection',
    segmentId: annotation.segmentId,
    lang: annotation.lang,
    range: { start: annotation.start, end: annotation.end },
    quote: annotation.quote,
    hash: annotation.hash,
    note: note === null ? null : cleanText(note, NOTE_MAX_LENGTH) || null,
  };
}
