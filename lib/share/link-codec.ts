// Share links: encode a passage into a URL and decode an untrusted URL back.
//
// URL format. The fragment is ALWAYS the segment id, so the link scrolls to
// the segment without JavaScript; everything else is in the query string.
//
//   segment    /en/documents/<slug>#s1-p2
//   sentence   /en/documents/<slug>?s=3#s1-p2             (s is 1-based)
//   selection  /en/documents/<slug>?p=s1-p2&l=zh&r=18-28&h=0ruiw5d
//                 &q=全球数字经济标杆城市&b=工作报告中指出,北京要加快建设&a=,新增5G基站1万个。&n=…#s1-p2
//
// Selection parameters, written in this order so that a truncated link loses
// the least important data first (the note, then the context):
//   p  segment id again (a truncated link loses the fragment first; the query
//      copy lets it still open the right segment; p wins if they differ)
//   l  language of the offsets and quote: zh | en
//   r  start-end, UTF-16 code-unit offsets into that language's segment text
//      (zh sentences joined with '', en sentences joined with ' '), end exclusive
//   h  hashText() of that segment text when the link was made (7 chars base36)
//   q  exact quoted text; b the text just before it (prefix); a the text just
//      after it (suffix): at most 12 code units of context for zh, 32 for en
//   n  optional note, plain text, at most NOTE_MAX_LENGTH (500) code points
// Any link may carry n. Values are percent-encoded UTF-8 (CJK survives; a
// literal '+' is read as a space, as URLSearchParams does); ',' and ':' are
// left readable. q/b/a are left out when the percent-encoded quote would be
// longer than MAX_QUOTE_ENCODED_LENGTH, so the link stays well under the URL
// limits of common servers; such a link still anchors while the text is
// unchanged (hash + offsets) and otherwise opens as "gone".
//
// Decoding never throws. It returns a ShareLink or a typed LinkError, plus
// the list of problems it worked around (LinkIssue): invalid parts are
// dropped and the valid rest is kept (a selection with bad offsets keeps its
// quote, a selection with nothing usable degrades to a segment link).

import { z } from 'zod';
import type { Lang } from '@/lib/content/model';
import type { TextRange } from '@/lib/content/model';
import type { TextQuote } from './anchor';
import { NOTE_MAX_LENGTH, PARAM } from './constants';
import { HASH_PATTERN } from './hash';
import { cleanText, hasUnsafeChars, headUnits, tailUnits } from '@/lib/text/text';

export { NOTE_MAX_LENGTH };
export const MAX_LINK_LENGTH = 16_384;
export const MAX_QUOTE_ENCODED_LENGTH = 6_000;
export const MAX_CONTEXT_LENGTH = 64;
export const MAX_OFFSET = 999_999;
export const MAX_SENTENCE = 9_999;

export { PARAM };

const SELECTION_PARAMS: readonly string[] = [PARAM.lang, PARAM.range, PARAM.hash, PARAM.exact, PARAM.prefix, PARAM.suffix];

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
const LangParam = z
  .string()
  .transform((value) => value.toLowerCase())
  .pipe(LangSchema);
const RangeParam = z
  .string()
  .regex(/^\d{1,6}-\d{1,6}$/)
  .transform((value) => {
    const [start, end] = value.split('-').map(Number);
    return { start: start ?? 0, end: end ?? 0 };
  })
  .pipe(TextRangeSchema);
const HashParam = z
  .string()
  .transform((value) => value.toLowerCase())
  .pipe(HashSchema);
const SentenceParam = z
  .string()
  .regex(/^\d{1,4}$/)
  .transform(Number)
  .pipe(z.int().min(1).max(MAX_SENTENCE));

// ---------------------------------------------------------------------------
// Encoding

function encodeValue(value: string): string {
  return encodeURIComponent(value.toWellFormed())
    .replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%2C/g, ',')
    .replace(/%3A/g, ':');
}

/** The page path without any query or fragment ("/en/documents/x?y#z" → "/en/documents/x"). */
function pagePath(path: string): string {
  const cut = path.search(/[?#]/);
  return cut === -1 ? path : path.slice(0, cut);
}

/**
 * Builds the URL for a share link on the document page `path` (relative like
 * "/en/documents/slug" or absolute). Never throws: invalid optional parts are
 * left out.
 */
export function encodeShareLink(link: ShareLink, path: string): string {
  const params: Array<[string, string]> = [];
  if (link.kind === 'sentence' && Number.isInteger(link.sentence) && link.sentence >= 0 && link.sentence < MAX_SENTENCE) {
    params.push([PARAM.sentence, String(link.sentence + 1)]);
  }
  if (link.kind === 'selection') {
    params.push([PARAM.segment, link.segmentId]);
    if (link.lang !== null) params.push([PARAM.lang, link.lang]);
    if (link.range !== null && TextRangeSchema.safeParse(link.range).success) {
      params.push([PARAM.range, `${link.range.start}-${link.range.end}`]);
    }
    if (link.hash !== null && HASH_PATTERN.test(link.hash)) params.push([PARAM.hash, link.hash]);
    const quote = link.quote;
    if (quote !== null && quote.exact.length > 0 && encodeValue(quote.exact).length <= MAX_QUOTE_ENCODED_LENGTH) {
      params.push([PARAM.exact, quote.exact]);
      const prefix = tailUnits(quote.prefix, MAX_CONTEXT_LENGTH);
      const suffix = headUnits(quote.suffix, MAX_CONTEXT_LENGTH);
      if (prefix.length > 0) params.push([PARAM.prefix, prefix]);
      if (suffix.length > 0) params.push([PARAM.suffix, suffix]);
    }
  }
  const note = link.note === null ? '' : cleanText(link.note, NOTE_MAX_LENGTH);
  if (note.length > 0) params.push([PARAM.note, note]);
  const query = params.map(([name, value]) => `${name}=${encodeValue(value)}`).join('&');
  return `${pagePath(path)}${query ? `?${query}` : ''}#${encodeValue(link.segmentId)}`;
}

// ---------------------------------------------------------------------------
// Decoding

type RawParams = { values: Map<string, string>; fragment: string | null };

function safeDecode(value: string, plusIsSpace: boolean): string | null {
  try {
    return decodeURIComponent(plusIsSpace ? value.replace(/\+/g, ' ') : value);
  } catch {
    return null;
  }
}

function issue(code: LinkIssueCode, param: string | null, message: string): LinkIssue {
  return { code, param, message };
}

function parseQueryString(query: string, issues: LinkIssue[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const piece of query.replace(/^\?/, '').split('&')) {
    if (piece.length === 0) continue;
    const eq = piece.indexOf('=');
    const name = safeDecode(eq === -1 ? piece : piece.slice(0, eq), true);
    const value = safeDecode(eq === -1 ? '' : piece.slice(eq + 1), true);
    if (name === null) {
      issues.push(issue('bad-encoding', null, 'A parameter name is not valid percent-encoding.'));
      continue;
    }
    if (value === null) {
      issues.push(issue('bad-encoding', name, `Parameter "${name}" is not valid percent-encoding.`));
      continue;
    }
    if (values.has(name)) {
      issues.push(issue('duplicate-param', name, `Parameter "${name}" appears more than once; the first is used.`));
      continue;
    }
    values.set(name, value);
  }
  return values;
}

function paramsFromRecord(record: Record<string, unknown>, issues: LinkIssue[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const [name, value] of Object.entries(record)) {
    if (value === undefined) continue;
    if (typeof value === 'string') {
      values.set(name, value);
    } else if (Array.isArray(value) && typeof value[0] === 'string') {
      values.set(name, value[0]);
      if (value.length > 1) {
        issues.push(issue('duplicate-param', name, `Parameter "${name}" appears more than once; the first is used.`));
      }
    } else {
      issues.push(issue('invalid-param', name, `Parameter "${name}" is not a string.`));
    }
  }
  return values;
}

function fragmentOf(hash: string): string | null {
  const raw = hash.replace(/^#/, '');
  // Drop a browser fragment directive such as ":~:text=…".
  const directive = raw.indexOf(':~:');
  const fragment = directive === -1 ? raw : raw.slice(0, directive);
  return fragment.length === 0 ? null : fragment;
}

const LocationLikeSchema = z.object({ search: z.string().optional(), hash: z.string().optional() });
const ParamsLikeSchema = z.object({ params: z.record(z.string(), z.unknown()), hash: z.string().optional() });

function totalLength(values: Map<string, string>): number {
  let total = 0;
  for (const [name, value] of values) total += name.length + value.length;
  return total;
}

type ReadResult = { ok: true; raw: RawParams } | { ok: false; error: LinkError };

function readInput(input: unknown, issues: LinkIssue[]): ReadResult {
  const oversized = (fragment: string | null): ReadResult => {
    issues.push(issue('oversized', null, `The link is longer than ${MAX_LINK_LENGTH} characters; only its segment is used.`));
    if (fragment !== null && fragment.length <= 256) return { ok: true, raw: { values: new Map(), fragment } };
    return { ok: false, error: { code: 'oversized', message: 'The link is too long to be read.' } };
  };

  if (typeof input === 'string') {
    const hashAt = input.indexOf('#');
    const fragment = hashAt === -1 ? null : fragmentOf(input.slice(hashAt));
    if (input.length > MAX_LINK_LENGTH) return oversized(fragment);
    const beforeHash = hashAt === -1 ? input : input.slice(0, hashAt);
    const queryAt = beforeHash.indexOf('?');
    const query = queryAt === -1 ? '' : beforeHash.slice(queryAt + 1);
    return { ok: true, raw: { values: parseQueryString(query, issues), fragment } };
  }

  const params = ParamsLikeSchema.safeParse(input);
  if (params.success) {
    const fragment = params.data.hash === undefined ? null : fragmentOf(params.data.hash);
    const values = paramsFromRecord(params.data.params, issues);
    if (totalLength(values) > MAX_LINK_LENGTH) return oversized(fragment);
    return { ok: true, raw: { values, fragment } };
  }

  const location = LocationLikeSchema.safeParse(input);
  if (location.success && (location.data.search !== undefined || location.data.hash !== undefined)) {
    const search = location.data.search ?? '';
    const hash = location.data.hash ?? '';
    return readInput(`?${search.replace(/^\?/, '')}${hash.length > 0 ? `#${hash.replace(/^#/, '')}` : ''}`, issues);
  }

  return {
    ok: false,
    error: { code: 'invalid-input', message: 'Expected a URL string, a {search, hash} location or {params, hash}.' },
  };
}

function decodeNote(values: Map<string, string>, issues: LinkIssue[]): string | null {
  const raw = values.get(PARAM.note);
  if (raw === undefined) return null;
  const full = cleanText(raw, Number.MAX_SAFE_INTEGER);
  const note = cleanText(raw, NOTE_MAX_LENGTH);
  if (full !== raw.trim()) {
    issues.push(issue('note-sanitized', PARAM.note, 'Control or direction-override characters were removed from the note.'));
  }
  if (note !== full) {
    issues.push(issue('note-truncated', PARAM.note, `The note was cut to ${NOTE_MAX_LENGTH} characters.`));
  }
  return note.length > 0 ? note : null;
}

function parseParam<T>(values: Map<string, string>, name: string, schema: z.ZodType<T, string>, issues: LinkIssue[]): T | null {
  const raw = values.get(name);
  if (raw === undefined) return null;
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  issues.push(issue('invalid-param', name, `Parameter "${name}" is invalid and was ignored.`));
  return null;
}

function decodeQuote(values: Map<string, string>, issues: LinkIssue[]): TextQuote | null {
  const exact = values.get(PARAM.exact);
  if (exact === undefined) {
    if (values.has(PARAM.prefix) || values.has(PARAM.suffix)) {
      issues.push(issue('invalid-param', PARAM.exact, 'Quote context without the quoted text was ignored.'));
    }
    return null;
  }
  const context = (name: string): string => {
    const raw = values.get(name);
    if (raw === undefined) return '';
    const checked = LinkQuoteSchema.shape.prefix.safeParse(raw);
    if (checked.success) return checked.data;
    issues.push(issue('invalid-param', name, `Parameter "${name}" is invalid and was ignored.`));
    return '';
  };
  const checkedExact = LinkQuoteSchema.shape.exact.safeParse(exact);
  if (!checkedExact.success) {
    issues.push(issue('invalid-param', PARAM.exact, 'The quoted text is empty, too long or malformed and was ignored.'));
    return null;
  }
  return { prefix: context(PARAM.prefix), exact: checkedExact.data, suffix: context(PARAM.suffix) };
}

function decodeSegmentId(raw: RawParams, issues: LinkIssue[]): { ok: true; id: string } | { ok: false; error: LinkError } {
  const fromQuery = parseParam(raw.values, PARAM.segment, SegmentIdSchema, issues);
  const decodedFragment = raw.fragment === null ? null : safeDecode(raw.fragment, false);
  if (raw.fragment !== null && decodedFragment === null) {
    issues.push(issue('bad-encoding', '#', 'The fragment is not valid percent-encoding.'));
  }
  const fragmentResult = decodedFragment === null ? null : SegmentIdSchema.safeParse(decodedFragment);
  const fromFragment = fragmentResult?.success ? fragmentResult.data : null;
  if (fragmentResult && !fragmentResult.success && fromQuery === null) {
    return { ok: false, error: { code: 'invalid-segment', message: 'The link does not name a valid segment.' } };
  }
  if (fromQuery !== null) {
    if (fragmentResult && !fragmentResult.success) {
      issues.push(issue('invalid-param', '#', 'The fragment is not a valid segment id; the "p" parameter is used.'));
    }
    if (fromFragment !== null && fromFragment !== fromQuery) {
      issues.push(issue('fragment-mismatch', '#', `The fragment names "${fromFragment}" but the link is for "${fromQuery}".`));
    }
    return { ok: true, id: fromQuery };
  }
  if (fromFragment !== null) return { ok: true, id: fromFragment };
  return { ok: false, error: { code: 'missing-segment', message: 'The link does not name a segment.' } };
}

function buildLink(raw: RawParams, issues: LinkIssue[]): DecodeResult {
  const segment = decodeSegmentId(raw, issues);
  if (!segment.ok) return { ok: false, error: segment.error, issues };
  const segmentId = segment.id;
  const { values } = raw;
  const note = decodeNote(values, issues);
  const hasSelection = SELECTION_PARAMS.some((name) => values.has(name));
  const sentence = parseParam(values, PARAM.sentence, SentenceParam, issues);

  if (hasSelection) {
    const lang = parseParam(values, PARAM.lang, LangParam, issues);
    const range = parseParam(values, PARAM.range, RangeParam, issues);
    const hash = parseParam(values, PARAM.hash, HashParam, issues);
    const quote = decodeQuote(values, issues);
    if (range !== null || quote !== null) {
      if (values.has(PARAM.sentence)) {
        issues.push(issue('conflicting-params', PARAM.sentence, 'A selection link also named a sentence; the sentence was ignored.'));
      }
      return { ok: true, link: { kind: 'selection', segmentId, lang, range, quote, hash, note }, issues };
    }
    issues.push(issue('selection-dropped', null, 'The selection in the link is unusable; the segment is opened instead.'));
  }
  if (sentence !== null) {
    return { ok: true, link: { kind: 'sentence', segmentId, sentence: sentence - 1, note }, issues };
  }
  return { ok: true, link: { kind: 'segment', segmentId, note }, issues };
}

/**
 * Decodes an untrusted share link. Accepts a URL string (absolute, relative,
 * or just "?…#…"), a location-like object ({search, hash}: window.location
 * or a URL), or {params, hash} where params is an already-decoded record such
 * as Next.js `searchParams`. Never throws.
 */
export function decodeShareLink(input: unknown): DecodeResult {
  const issues: LinkIssue[] = [];
  try {
    const read = readInput(input, issues);
    if (!read.ok) return { ok: false, error: read.error, issues };
    const result = buildLink(read.raw, issues);
    if (!result.ok) return result;
    // Belt and braces: whatever we return has been through the schema.
    const checked = ShareLinkSchema.safeParse(result.link);
    if (!checked.success) {
      return { ok: false, error: { code: 'invalid-input', message: 'The link could not be read.' }, issues };
    }
    return result;
  } catch {
    return { ok: false, error: { code: 'invalid-input', message: 'The link could not be read.' }, issues };
  }
}
