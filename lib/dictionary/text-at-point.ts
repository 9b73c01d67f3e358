// Browser only: which Chinese character of the reading text lies under a point, the text that
// follows it in its sentence (what a lookup reads), and the range of the word found there.

import { textNodes } from '@/lib/reader-dom/text-offsets';
import { sourceText } from '@/lib/script/dom';
import { han } from './lookup';

export type CharHit = {
  /** The sentence (or, outside sentences, the Chinese block) the character is in. */
  container: HTMLElement;
  node: Text;
  /** UTF-16 offset of the character in its text node. */
  offset: number;
};

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
};

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const position = (document as CaretDocument).caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function charRect(node: Text, offset: number): DOMRect | null {
  const char = node.data.codePointAt(offset);
  if (char === undefined) return null;
  const range = document.createRange();
  range.setStart(node, offset);
  range.setEnd(node, offset + (char > 0xffff ? 2 : 1));
  return range.getBoundingClientRect();
}

const inside = (rect: DOMRect | null, x: number, y: number) =>
  rect !== null && x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;

/** The Han character drawn under (x, y) in the Chinese reading text, if any. */
export function charAtPoint(x: number, y: number): CharHit | null {
  const caret = caretAt(x, y);
  if (!caret || !(caret.node instanceof Text)) return null;
  const { node } = caret;
  // The caret falls on the nearer edge of a character: the one under the point is either side.
  for (const offset of [caret.offset, caret.offset - 1]) {
    if (offset < 0 || offset >= node.length || !inside(charRect(node, offset), x, y)) continue;
    const char = String.fromCodePoint(node.data.codePointAt(offset) ?? 0);
    if (!han.test(char)) return null;
    const container =
      node.parentElement?.closest<HTMLElement>('.block-zh [data-sentence]') ?? node.parentElement?.closest<HTMLElement>('.block-zh');
    return container ? { container, node, offset } : null;
  }
  return null;
}

/**
 * The characters from the hit onwards, at most `max`, in the Simplified text as published (the
 * dictionary's script), whichever script the page shows: the two have the same length.
 */
export function charsFrom(hit: CharHit, max: number): string[] {
  let offset = 0;
  for (const node of textNodes(hit.container)) {
    if (node === hit.node) {
      offset += hit.offset;
      break;
    }
    offset += node.length;
  }
  return Array.from(sourceText(hit.container).slice(offset)).slice(0, max);
}

/** The range covering `length` characters (code points) from the hit, across text nodes. */
export function rangeFrom(hit: CharHit, length: number): Range {
  const range = document.createRange();
  range.setStart(hit.node, hit.offset);
  let left = length;
  let started = false;
  for (const node of textNodes(hit.container)) {
    if (node === hit.node) started = true;
    if (!started) continue;
    let offset = node === hit.node ? hit.offset : 0;
    while (left > 0 && offset < node.length) {
      offset += (node.data.codePointAt(offset) ?? 0) > 0xffff ? 2 : 1;
      left--;
    }
    range.setEnd(node, offset);
    if (left === 0) break;
  }
  return range;
}
