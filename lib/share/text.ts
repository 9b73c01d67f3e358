// String helpers shared by the share modules. Pure, browser-safe.
//
// Offsets everywhere in lib/share are UTF-16 code units (what JS strings and the
// DOM Range API use). These helpers keep us from cutting a surrogate pair in
// half when slicing or truncating, and clean untrusted free text (notes).

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` sits between the two halves of a surrogate pair in `text`. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/** True when `text` contains a lone (unpaired) surrogate. */
export function hasLoneSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHighSurrogate(code)) {
      if (i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      return true;
    }
    if (isLowSurrogate(code)) return true;
  }
  return false;
}

/** Replaces lone surrogates with U+FFFD (like String.prototype.toWellFormed). */
export function toWellFormed(text: string): string {
  if (!hasLoneSurrogate(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHighSurrogate(code) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      out += text[i]! + text[i + 1]!;
      i++;
    } else if (isHighSurrogate(code) || isLowSurrogate(code)) {
      out += '\uFFFD';
    } else {
      out += text[i]!;
    }
  }
  return out;
}

/** Number of Unicode code points (an astral character counts once). */
export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) i++;
    count++;
  }
  return count;
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

type GraphemeSegmenter = { segment(input: string): Iterable<{ segment: string }> };

function graphemeSegmenter(): GraphemeSegmenter | null {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return null;
  try {
    return new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  } catch {
    return null;
  }
}

function truncateCodePoints(text: string, maxCodePoints: number): string {
  let count = 0;
  let i = 0;
  while (i < text.length && count < maxCodePoints) {
    if (isHighSurrogate(text.charCodeAt(i)) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) i += 2;
    else i += 1;
    count++;
  }
  return text.slice(0, i);
}

/**
 * Truncates to at most `maxCodePoints` code points, cutting at a grapheme
 * boundary when Intl.Segmenter is available (so emoji sequences and
 * combining marks are not split), and never inside a surrogate pair.
 */
export function truncateText(text: string, maxCodePoints: number): string {
  if (maxCodePoints <= 0) return '';
  if (codePointLength(text) <= maxCodePoints) return text;
  const segmenter = graphemeSegmenter();
  if (segmenter) {
    let out = '';
    let count = 0;
    for (const { segment } of segmenter.segment(text)) {
      const size = codePointLength(segment);
      if (count + size > maxCodePoints) break;
      out += segment;
      count += size;
    }
    // A single huge grapheme (e.g. hundreds of combining marks) would give
    // nothing at all; fall back to code points so some text remains.
    if (out.length > 0) return out;
  }
  return truncateCodePoints(text, maxCodePoints);
}

// C0 controls except tab and line feed, DEL, C1 controls, and the bidi
// embedding/override/isolate controls used for "Trojan Source" spoofing.
const UNSAFE_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** True when `text` holds characters that `cleanText` would remove or replace. */
export function hasUnsafeChars(text: string): boolean {
  UNSAFE_CHARS.lastIndex = 0;
  const found = UNSAFE_CHARS.test(text);
  UNSAFE_CHARS.lastIndex = 0;
  return found || hasLoneSurrogate(text);
}

/**
 * Cleans untrusted free text (a note): normalises line breaks to \n, replaces
 * lone surrogates with U+FFFD, removes control and bidi-override characters,
 * trims, and truncates to `maxCodePoints`. The result is still plain text:
 * markup is kept verbatim and must be rendered as text, never as HTML.
 */
export function cleanText(text: string, maxCodePoints: number): string {
  const normalised = toWellFormed(text)
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(UNSAFE_CHARS, '')
    .trim();
  return truncateText(normalised, maxCodePoints).trim();
}
