// The share link as data: its kinds, its limits, and the zod schemas that check every part an
// untrusted URL brings (link-codec.ts reads and writes the URL itself).

import { z } from 'zod';
import type { Lang, TextRange } from '@/lib/content/model';
import { cleanText, hasUnsafeChars } from '@/lib/text/text';
import type { TextQuote } from './anchor';
import { NOTE_MAX_LENGTH, PARAM } from './constants';
import { HASH_PATTERN } from './hash';

export const MAX_LINK_LENGTH = 16_384;
export const MAX_QUOTE_ENCODED_LENGTH = 6_000;
export const MAX_CONTEXT_LENGTH = 64;
export const MAX_OFFSET = 999_999;
export const MAX_SENTENCE = 9_999;

export const SELECTION_PARAMS: readonly string[] = [PARAM.lang, PARAM.range, PARAM.hash, PARAM.exact, PARAM.prefix, PARAM.suffix];

export type ShareLink =
  | { kind: 'segment'; segmentId: string; note: string | null }
  /** sentence is 0-based here (1-based in the URL). */
  | { kind: 'sentence'; segmentId: string; sentence: number; note: string | null }
  | {
      kind: 'selection';
      segmentId: string;
      lang: Lang | null;
      range: TextRange | null;
      quote: TextQuote | null;
      hash: string | null;
      note: string | null;
    };

export type SelectionLink = Extract<ShareLink, { kind: 'selection' }>;

export type LinkIssueCode =
  | 'oversized'
  | 'bad-encoding'
  | 'duplicate-param'
  | 'invalid-param'
  | 'fragment-mismatch'
  | 'conflicting-params'
  | 'selection-dropped'
  | 'note-truncated'
  | 'note-sanitized';

export type LinkIssue = { code: LinkIssueCode; param: string | null; message: string };

export type LinkErrorCode = 'invalid-input' | 'oversized' | 'missing-segment' | 'invalid-segment' | 'unknown-segment';

export type LinkError = { code: LinkErrorCode; message: string; segmentId?: string };

export type DecodeResult = { ok: true; link: ShareLink; issues: LinkIssue[] } | { ok: false; error: LinkError; issues: LinkIssue[] };

// ---------------------------------------------------------------------------
// Schemas (zod). Exported so other code (and tests) can validate links.

export const SegmentIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/);
export const LangSchema = z.enum(['zh', 'en']);
export const HashSchema = z.string().regex(HASH_PATTERN);

const noUnsafeChars = (value: string): boolean => !hasUnsafeChars(value);

export const TextRangeSchema = z
  .object({ start: z.int().min(0).max(MAX_OFFSET), end: z.int().min(1).max(MAX_OFFSET) })
  .refine((range) => range.start < range.end, 'start must be before end');

export const LinkQuoteSchema = z.object({
  prefix: z.string().max(MAX_CONTEXT_LENGTH).refine(noUnsafeChars),
  exact: z
    .string()
    .min(1)
    .refine(noUnsafeChars)
    .refine((exact) => encodeValue(exact).length <= MAX_QUOTE_ENCODED_LENGTH, 'quote too long'),
  suffix: z.string().max(MAX_CONTEXT_LENGTH).refine(noUnsafeChars),
});

const NoteSchema = z
  .string()
  .min(1)
  .refine((note) => note === cleanText(note, NOTE_MAX_LENGTH), 'note must be clean plain text')
  .nullable();

export const ShareLinkSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('segment'), segmentId: SegmentIdSchema, note: NoteSchema }),
  z.object({
    kind: z.literal('sentence'),
    segmentId: SegmentIdSchema,
    sentence: z
      .int()
      .min(0)
      .max(MAX_SENTENCE - 1),
    note: NoteSchema,
  }),
  z
    .object({
      kind: z.literal('selection'),
      segmentId: SegmentIdSchema,
      lang: LangSchema.nullable(),
      range: TextRangeSchema.nullable(),
      quote: LinkQuoteSchema.nullable(),
      hash: HashSchema.nullable(),
      note: NoteSchema,
    })
    .refine((link) => link.range !== null || link.quote !== null, 'a selection needs offsets or a quote'),
]);

// Query-parameter value schemas: raw (already percent-decoded) strings in, typed values out.
export const LangParam = z
  .string()
  .transform((value) => value.toLowerCase())
  .pipe(LangSchema);
export const RangeParam = z
  .string()
  .regex(/^\d{1,6}-\d{1,6}$/)
  .transform((value) => {
    const [start, end] = value.split('-').map(Number);
    return { start: start ?? 0, end: end ?? 0 };
  })
  .pipe(TextRangeSchema);
export const HashParam = z
  .string()
  .transform((value) => value.toLowerCase())
  .pipe(HashSchema);
export const SentenceParam = z
  .string()
  .regex(/^\d{1,4}$/)
  .transform(Number)
  .pipe(z.int().min(1).max(MAX_SENTENCE));

/** Percent-encoded UTF-8, with ',' and ':' left readable (what a link carries, and how long). */
export function encodeValue(value: string): string {
  return encodeURIComponent(value.toWellFormed())
    .replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%2C/g, ',')
    .replace(/%3A/g, ':');
}
