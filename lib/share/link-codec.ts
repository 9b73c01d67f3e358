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
import { cleanText, headUnits, tailUnits } from '@/lib/text/text';
import type { TextQuote } from './anchor';
import { NOTE_MAX_LENGTH, PARAM } from './constants';
import { HASH_PATTERN } from './hash';
import {
  encodeValue,
  HashParam,
  LinkQuoteSchema,
  LangParam,
  MAX_CONTEXT_LENGTH,
  MAX_QUOTE_ENCODED_LENGTH,
  MAX_SENTENCE,
  RangeParam,
  SELECTION_PARAMS,
  SegmentIdSchema,
  SentenceParam,
  ShareLinkSchema,
  TextRangeSchema,
  type DecodeResult,
  type LinkError,
  type LinkIssue,
  type ShareLink,
} from './link-schema';
import { issue, readInput, safeDecode, type RawParams } from './link-params';

// ---------------------------------------------------------------------------
// Encoding

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
