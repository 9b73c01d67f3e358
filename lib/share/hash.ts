// FNV-1a 32-bit hash of a segment text, over its UTF-8 bytes, written in
// base36 and left-padded to 7 characters (e.g. "0k3j2x1"). Small, fast and
// stable: the same value in the browser, in Node at build time and across
// JS engines (no TextEncoder needed; lone surrogates hash as U+FFFD, which is
// what TextEncoder would produce).

import { segmentText, type Lang, type SegmentModel } from '@/lib/content/model';
import { isHighSurrogate, isLowSurrogate } from './text';

export const HASH_LENGTH = 7;
export const HASH_PATTERN = /^[0-9a-z]{7}$/;

const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Raw FNV-1a 32-bit hash of the UTF-8 encoding of `text`, as an unsigned integer. */
export function fnv1a32(text: string): number {
  let hash = FNV_OFFSET_BASIS;
  const step = (byte: number): void => {
    hash ^= byte;
    hash = Math.imul(hash, FNV_PRIME);
  };
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (isHighSurrogate(code) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      code = 0x10000 + ((code - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00);
      i++;
    } else if (isHighSurrogate(code) || isLowSurrogate(code)) {
      code = 0xfffd;
    }
    if (code < 0x80) {
      step(code);
    } else if (code < 0x800) {
      step(0xc0 | (code >> 6));
      step(0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
      step(0xe0 | (code >> 12));
      step(0x80 | ((code >> 6) & 0x3f));
      step(0x80 | (code & 0x3f));
    } else {
      step(0xf0 | (code >> 18));
      step(0x80 | ((code >> 12) & 0x3f));
      step(0x80 | ((code >> 6) & 0x3f));
      step(0x80 | (code & 0x3f));
    }
  }
  return hash >>> 0;
}

/** Short hash of a text: FNV-1a 32-bit, base36, 7 characters. */
export function hashText(text: string): string {
  return fnv1a32(text).toString(36).padStart(HASH_LENGTH, '0');
}

/** Hash of a segment's text in one language (the text offsets refer to). */
export function segmentHash(segment: Pick<SegmentModel, 'zh' | 'en'>, lang: Lang): string {
  return hashText(segmentText(segment, lang));
}
