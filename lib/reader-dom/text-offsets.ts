// Browser only: the one module in lib/share that touches the DOM. It maps
// between DOM positions in the rendered reader and the text offsets that
// anchors and links use, without changing the server-rendered DOM.
//
// The reader renders each segment as
//   [data-segment] > .block-zh|.block-en > .block-text > [data-sentence="<id>.<n>"]…
// with every Han character wrapped in <span data-py>. Offsets are counted over
// text nodes only, sentence by sentence, each sentence placed at the offset the
// segment data gives it (sentenceRanges). Anything that is not reading text
// (buttons, hidden popover content) is skipped, so an element another feature
// adds inside a sentence does not shift the offsets.

import type { Lang } from '@/lib/content/model';
import type { TextRange } from '@/lib/share/anchor';

const SKIP_SELECTOR = 'button, script, style, template, svg, [hidden], [role="tooltip"], [popover], [data-share-skip]';

export type BlockInfo = { block: HTMLElement; segment: HTMLElement; segmentId: string; lang: Lang };

function elementOf(node: Node | null): Element | null {
  if (!node) return null;
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
}

/** The language block (and its segment) a DOM node sits in, or null outside the reading text. */
export function blockOf(node: Node | null): BlockInfo | null {
  const block = elementOf(node)?.closest<HTMLElement>('.block-zh, .block-en');
  const segment = block?.closest<HTMLElement>('[data-segment]');
  if (!block || !segment) return null;
  const segmentId = segment.dataset.segment ?? segment.id;
  return { block, segment, segmentId, lang: block.classList.contains('block-zh') ? 'zh' : 'en' };
}

export function findBlock(segmentId: string, lang: Lang): HTMLElement | null {
  const segment = document.getElementById(segmentId);
  return segment?.querySelector<HTMLElement>(`:scope > .block-${lang}`) ?? null;
}

/** Sentence elements of a block, in order (index i is sentence i). */
export function sentenceElements(block: HTMLElement): HTMLElement[] {
  return [...block.querySelectorAll<HTMLElement>('[data-sentence]')].filter(
    (element) => element.parentElement?.closest('[data-sentence]') === null,
  );
}

/** 0-based sentence index of a sentence element ("s1-p1.2" is index 1). */
export function sentenceIndexOf(element: HTMLElement): number | null {
  const match = /\.(\d+)$/.exec(element.dataset.sentence ?? '');
  return match ? Number(match[1]) - 1 : null;
}

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

type HighlightRegistryLike = { set(name: string, value: unknown): void; delete(name: string): void };

function registry(): HighlightRegistryLike | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
  return typeof Highlight === 'function' && css?.highlights ? css.highlights : null;
}

/** True where the CSS Custom Highlight API is available. */
export function canHighlight(): boolean {
  return registry() !== null;
}

/**
 * Paints ranges under a highlight name (styled by ::highlight(name) in CSS);
 * an empty list clears it. The DOM itself is never changed.
 */
export function paintHighlight(name: string, ranges: readonly Range[], priority = 0): boolean {
  const highlights = registry();
  if (!highlights) return false;
  if (ranges.length === 0) {
    highlights.delete(name);
    return true;
  }
  const highlight = new Highlight(...ranges);
  highlight.priority = priority;
  highlights.set(name, highlight);
  return true;
}
