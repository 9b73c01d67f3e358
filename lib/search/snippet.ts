// Cutting a long sentence down to the part around its first highlight, for
// result lists. Browser-safe and free of FlexSearch: result rendering imports
// it statically, and FlexSearch must stay out of the first-load bundle.

import type { HighlightRange } from './query';

export type SnippetPart = { text: string; mark: boolean };

const ELLIPSIS = '…';

/** Moves an offset off the second half of a surrogate pair, so no character is cut in two. */
function safe(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return at > 0 && at < text.length && code >= 0xdc00 && code <= 0xdfff ? at - 1 : at;
}

/**
 * `text` split into plain and marked parts, windowed to about `radius` units
 * either side of the first range (or the first 2 × radius units when nothing
 * is marked). Word-spaced text is cut at spaces so no word is shown half.
 */
export function snippetParts(text: string, ranges: readonly HighlightRange[], radius: number): SnippetPart[] {
  const valid = ranges.filter(([start, end]) => start >= 0 && end <= text.length && start < end).sort((a, b) => a[0] - b[0]);
  let start = 0;
  let end = text.length;
  const [first] = valid;
  if (first) {
    start = Math.max(0, first[0] - radius);
    end = Math.min(text.length, Math.max(first[1] + radius, start + 2 * radius));
  } else {
    end = Math.min(text.length, 2 * radius);
  }
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < (valid[0]?.[0] ?? end) && space - start < 20) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start && end - space < 20 && space >= (valid[0]?.[1] ?? start)) end = space;
  }
  start = safe(text, start);
  end = safe(text, end);

  const parts: SnippetPart[] = [];
  const push = (part: string, mark: boolean) => {
    if (part) parts.push({ text: part, mark });
  };
  let at = start;
  for (const [from, to] of valid) {
    const a = Math.max(from, at);
    const b = Math.min(to, end);
    if (a >= b) continue;
    push(text.slice(at, a), false);
    push(text.slice(a, b), true);
    at = b;
  }
  push(text.slice(at, end), false);
  if (start > 0) parts.unshift({ text: ELLIPSIS, mark: false });
  if (end < text.length) parts.push({ text: ELLIPSIS, mark: false });
  return parts;
}
