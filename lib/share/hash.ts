// FNV-1a 32-bit hash of a segment text, over its UTF-8 bytes, written in base36 and left-padded
// to 7 characters (e.g. "0k3j2x1"). Small, fast and stable: the same value in the browser, in
// Node at build time and across JS engines. Lone surrogates hash as U+FFFD, as UTF-8 encodes them.

export const HASH_LENGTH = 7;
export const HASH_PATTERN = /^[0-9a-z]{7}$/;

const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const utf8 = new TextEncoder();

/** Raw FNV-1a 32-bit hash of the UTF-8 encoding of `text`, as an unsigned integer. */
export function fnv1a32(text: string): number {
  let hash = FNV_OFFSET_BASIS;
  for (const byte of utf8.encode(text.toWellFormed())) {
    hash ^= byte;
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/** Short hash of a text: FNV-1a 32-bit, base36, 7 characters. */
export function hashText(text: string): string {
  return fnv1a32(text).toString(36).padStart(HASH_LENGTH, '0');
}
