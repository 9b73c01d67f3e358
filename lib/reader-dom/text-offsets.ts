// Browser only: maps between DOM positions in the rendered reader and the text offsets that
// anchors, links and search highlights use, without changing the server-rendered DOM.
//
// Offsets are counted over text nodes only, sentence by sentence, each sentence placed at the
// offset the segment data gives it (sentenceRanges). Anything that is not reading text (buttons,
// hidden popover content, nodes another feature adds) is skipped, so it cannot shift offsets.

import type { TextRange } from '@/lib/content/model';
import { sentenceElements } from './contract';

const SKIP_SELECTOR = 'button, script, style, template, svg, [hidden], [role="tooltip"], [popover], [data-share-skip]';

/** Reading-text nodes under root, in document order. */
export function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        return (node as Element).matches(SKIP_SELECTOR) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** Number of reading-text characters in root before the boundary point (container, offset). */
function charsBefore(root: HTMLElement, container: Node, offset: number): number {
  const probe = document.createRange();
  probe.setStart(root, 0);
  probe.setEnd(container, offset);
  let count = 0;
  for (const node of textNodes(root)) {
    if (node === container) return count + Math.min(offset, node.length);
    if (probe.intersectsNode(node)) count += node.length;
    else break;
  }
  return count;
}

function contentsRange(element: Node): Range {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range;
}

/** Offset in the block's segment text of a boundary point inside (or around) the block. */
export function offsetOfPoint(block: HTMLElement, sentences: readonly TextRange[], container: Node, offset: number): number {
  const total = sentences.length > 0 ? sentences[sentences.length - 1]!.end : 0;
  const where = contentsRange(block).comparePoint(container, offset);
  if (where < 0) return 0;
  if (where > 0) return total;
  const elements = sentenceElements(block);
  let before = 0;
  for (let index = 0; index < elements.length && index < sentences.length; index++) {
    const element = elements[index]!;
    const sentence = sentences[index]!;
    const position = contentsRange(element).comparePoint(container, offset);
    if (position === 0) {
      return sentence.start + Math.min(charsBefore(element, container, offset), sentence.end - sentence.start);
    }
    if (position > 0) before = sentence.end;
    else break;
  }
  return before;
}

/** Offsets of a DOM range clamped to one block (the one it starts in, or `info`). */
export function offsetsOfRange(range: Range, block: HTMLElement, sentences: readonly TextRange[]): TextRange {
  const start = offsetOfPoint(block, sentences, range.startContainer, range.startOffset);
  const end = offsetOfPoint(block, sentences, range.endContainer, range.endOffset);
  return start <= end ? { start, end } : { start: end, end: start };
}

type Point = { node: Node; offset: number };

function pointAt(element: HTMLElement, chars: number, preferNext: boolean): Point {
  let seen = 0;
  const nodes = textNodes(element);
  for (const node of nodes) {
    const after = seen + node.length;
    if (chars < after || (chars === after && !preferNext)) return { node, offset: chars - seen };
    seen = after;
  }
  const last = nodes[nodes.length - 1];
  return last ? { node: last, offset: last.length } : { node: element, offset: element.childNodes.length };
}

function pointOfOffset(block: HTMLElement, sentences: readonly TextRange[], offset: number, preferNext: boolean): Point | null {
  const elements = sentenceElements(block);
  const count = Math.min(elements.length, sentences.length);
  for (let index = 0; index < count; index++) {
    const sentence = sentences[index]!;
    if (offset > sentence.end) continue;
    const inside = Math.max(0, offset - sentence.start);
    // At a sentence's end, a start point belongs to the next sentence.
    if (preferNext && offset === sentence.end && index + 1 < count && sentence.end - sentence.start > 0) {
      const next = sentences[index + 1]!;
      if (next.start === sentence.end) return pointAt(elements[index + 1]!, 0, true);
    }
    return pointAt(elements[index]!, inside, preferNext);
  }
  const last = elements[count - 1];
  return last ? pointAt(last, Number.MAX_SAFE_INTEGER, false) : null;
}

/** DOM range over [start, end) of one element's reading text (a sentence), or null past its end. */
export function rangeInElement(element: HTMLElement, start: number, end: number): Range | null {
  const total = textNodes(element).reduce((sum, node) => sum + node.length, 0);
  if (start < 0 || end > total || start >= end) return null;
  const from = pointAt(element, start, true);
  const to = pointAt(element, end, false);
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** DOM range for offsets in the block's segment text (null if the block has no sentences). */
export function rangeOfOffsets(block: HTMLElement, sentences: readonly TextRange[], range: TextRange): Range | null {
  const start = pointOfOffset(block, sentences, range.start, true);
  const end = pointOfOffset(block, sentences, range.end, false);
  if (!start || !end) return null;
  const result = document.createRange();
  result.setStart(start.node, start.offset);
  result.setEnd(end.node, end.offset);
  return result;
}

/** DOM ranges covering whole sentences (by index) of a block. */
export function sentenceRangesDom(block: HTMLElement, indices: readonly number[]): Range[] {
  const elements = sentenceElements(block);
  return indices.flatMap((index) => {
    const element = elements[index];
    return element ? [contentsRange(element)] : [];
  });
}
