// String helpers every feature shares. Pure, browser-safe.
//
// Offsets are UTF-16 code units (what JS strings and the DOM Range API use). These helpers keep a
// surrogate pair from being cut in half when slicing or truncating, shorten text for labels, and
// clean untrusted free text (notes). Well-formedness is the platform's own
// (String.prototype.isWellFormed / toWellFormed).

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** True when `offset` sits between the two halves of a surrogate pair in `text`. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  return isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** Number of Unicode code points (an astral character counts once). */
export function codePointLength(text: string): number {
  return Array.from(text).length;
}

/** Slice of at most `maxUnits` code units from the start, never ending inside a surrogate pair. */
export function headUnits(text: string, maxUnits: number): string {
  if (text.length <= maxUnits) return text;
  let end = Math.max(0, maxUnits);
  if (splitsSurrogatePair(text, end)) end--;
  return text.slice(0, end);
}

/** Slice of at most `maxUnits` code units from the end, never starting inside a surrogate pair. */
export function tailUnits(text: string, maxUnits: number): string {
  if (text.length <= maxUnits) return text;
  let start = text.length - Math.max(0, maxUnits);
  if (splitsSurrogatePair(text, start)) start++;
  return text.slice(start);
}

function truncateCodePoints(text: string, maxCodePoints: number): string {
  return [...text].slice(0, maxCodePoints).join('');
}

/**
 * Truncates to at most `maxCodePoints` code points, cutting at a grapheme boundary (so emoji
 * sequences and combining marks are not split), and never inside a surrogate pair.
 */
export function truncateText(text: string, maxCodePoints: number): string {
  if (maxCodePoints <= 0) return '';
  if (codePointLength(text) <= maxCodePoints) return text;
  let out = '';
  let count = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    const size = codePointLength(segment);
    if (count + size > maxCodePoints) break;
    out += segment;
    count += size;
  }
  // A single huge grapheme (e.g. hundreds of combining marks) would give nothing at all; fall
  // back to code points so some text remains.
  return out.length > 0 ? out : truncateCodePoints(text, maxCodePoints);
}

/** A label-length excerpt: at most `max` characters of the text, then "…" if anything was cut. */
export function excerpt(text: string, max: number): string {
  const cut = truncateText(text, max);
  return cut.length === text.length ? text : `${cut.trimEnd()}…`;
}

/** Text as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// C0 controls except tab and line feed, DEL, C1 controls, and the bidi
// embedding/override/isolate controls used for "Trojan Source" spoofing.
const UNSAFE_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** True when `text` holds characters that `cleanText` would remove or replace. */
export function hasUnsafeChars(text: string): boolean {
  UNSAFE_CHARS.lastIndex = 0;
  const found = UNSAFE_CHARS.test(text);
  UNSAFE_CHARS.lastIndex = 0;
  return found || !text.isWellFormed();
}

/**
 * Cleans untrusted free text (a note): normalises line breaks to \n, replaces lone surrogates
 * with U+FFFD, removes control and bidi-override characters, trims, and truncates to
 * `maxCodePoints`. The result is still plain text: markup is kept verbatim and must be rendered
 * as text, never as HTML.
 */
export function cleanText(text: string, maxCodePoints: number): string {
  const normalised = text
    .toWellFormed()
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(UNSAFE_CHARS, '')
    .trim();
  return truncateText(normalised, maxCodePoints).trim();
}
