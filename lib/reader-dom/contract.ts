/*
 * The reader's DOM contract: how the server-rendered text marks segments, language blocks,
 * sentences and terms, and the helpers every enhancer (sentence highlight, term cards, search
 * highlight, sharing, pinyin) uses to find them. The MDX components render these attributes;
 * nothing else in the app spells them out.
 *
 *   [data-segment="<id>"]#<id>
 *     > .block.block-zh[lang] | .block.block-en[lang]
 *       > .block-text > [data-sentence="<id>.<n>"]   (n is 1-based)
 *         … [data-term="<term-id>"]
 */

import type { Lang } from '@/lib/content/model';

export const attr = {
  segment: 'data-segment',
  sentence: 'data-sentence',
  term: 'data-term',
  /** On a term that names a document of the library: that document's slug (the term is a link to it). */
  docLink: 'data-doc-link',
  /** On a segment's reveal button (valueless: the button's segment is the one it sits in). */
  reveal: 'data-reveal',
  /** On a reveal button: the label of its other state, swapped with its own when it is pressed. */
  revealOther: 'data-other',
  revealed: 'data-revealed',
  /**
   * On a segment's menu button. Valueless, as is `data-reveal`: the button acts on the segment it
   * sits in (segmentOf). A long text has one of each per segment, and the ids, repeated in them,
   * were 4 KB of the 16× copy's gzipped HTML.
   */
  segmentMenu: 'data-segment-menu',
} as const;

export const blockClass: Readonly<Record<Lang, string>> = { zh: 'block-zh', en: 'block-en' };

export const selectors = {
  segment: `[${attr.segment}]`,
  sentence: `[${attr.sentence}]`,
  term: `[${attr.term}]`,
  block: `.${blockClass.zh}, .${blockClass.en}`,
  reveal: `button[${attr.reveal}]`,
  segmentMenu: `button[${attr.segmentMenu}]`,
} as const;

/** The value of a sentence's data-sentence: "<segment id>.<1-based n>". */
export function sentenceKey(segmentId: string, index: number): string {
  return `${segmentId}.${index + 1}`;
}

export type BlockInfo = { block: HTMLElement; segment: HTMLElement; segmentId: string; lang: Lang };

function elementOf(node: Node | EventTarget | null): Element | null {
  if (!(node instanceof Node)) return null;
  return node instanceof Element ? node : node.parentElement;
}

/** The segment an element of the reading text sits in (or is), or null. */
export function segmentOf(element: Element): HTMLElement | null {
  return element.closest<HTMLElement>(selectors.segment);
}

export function segmentElement(segmentId: string): HTMLElement | null {
  const element = document.getElementById(segmentId);
  return element?.hasAttribute(attr.segment) ? element : null;
}

/** The language block (and its segment) a DOM node sits in, or null outside the reading text. */
export function blockOf(node: Node | EventTarget | null): BlockInfo | null {
  const block = elementOf(node)?.closest<HTMLElement>(selectors.block);
  const segment = block ? segmentOf(block) : null;
  if (!block || !segment) return null;
  const segmentId = segment.getAttribute(attr.segment) ?? segment.id;
  return { block, segment, segmentId, lang: block.classList.contains(blockClass.zh) ? 'zh' : 'en' };
}

export function findBlock(segmentId: string, lang: Lang): HTMLElement | null {
  return segmentElement(segmentId)?.querySelector<HTMLElement>(`:scope > .${blockClass[lang]}`) ?? null;
}

/** Sentence elements of a block, in order (index i is sentence i). */
export function sentenceElements(block: HTMLElement): HTMLElement[] {
  return [...block.querySelectorAll<HTMLElement>(selectors.sentence)].filter(
    (element) => element.parentElement?.closest(selectors.sentence) === null,
  );
}

export function sentenceOf(target: Node | EventTarget | null): HTMLElement | null {
  return elementOf(target)?.closest<HTMLElement>(selectors.sentence) ?? null;
}

/** 0-based sentence index of a sentence element ("s1-p1.2" is index 1). */
export function sentenceIndexOf(element: HTMLElement): number | null {
  const match = /\.(\d+)$/.exec(element.getAttribute(attr.sentence) ?? '');
  return match ? Number(match[1]) - 1 : null;
}

/** A sentence and its translation: every element with the same data-sentence. */
export function alignedSentences(sentence: HTMLElement): HTMLElement[] {
  const key = sentence.getAttribute(attr.sentence) ?? '';
  return [...document.querySelectorAll<HTMLElement>(`[${attr.sentence}="${CSS.escape(key)}"]`)];
}

export function allSentences(root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(selectors.sentence)];
}

/** Within the reading text only: a term element, or null. */
export function termOf(target: Node | EventTarget | null): HTMLElement | null {
  return elementOf(target)?.closest<HTMLElement>(`.doc ${selectors.term}`) ?? null;
}

/** A segment's menu button (or an element inside it), or null. */
export function segmentMenuOf(target: EventTarget | null): HTMLButtonElement | null {
  return target instanceof Element ? target.closest<HTMLButtonElement>(selectors.segmentMenu) : null;
}

export function termId(term: HTMLElement): string {
  return term.getAttribute(attr.term) ?? '';
}

/** The same term in both languages of the term's segment. */
export function termCounterparts(term: HTMLElement): HTMLElement[] {
  const segment = segmentOf(term);
  return [...(segment?.querySelectorAll<HTMLElement>(`[${attr.term}="${CSS.escape(termId(term))}"]`) ?? [])];
}

/** The language the reader sees: a single-language view, else the interface language. */
export function shownLang(locale: Lang): Lang {
  const view = document.documentElement.getAttribute('data-view');
  return view === 'zh' || view === 'en' ? view : locale;
}

/**
 * The segment the reader is looking at: the first one below the sticky header, or the one the
 * header cuts if most of it is still in view.
 */
export function currentSegmentId(): string | null {
  const headerBottom = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
  for (const segment of document.querySelectorAll<HTMLElement>(selectors.segment)) {
    const { top, bottom, height } = segment.getBoundingClientRect();
    if (height === 0) continue;
    if (top >= headerBottom - 8 || bottom - headerBottom > height / 2) return segment.id;
  }
  return null;
}

/**
 * Makes `sentence` the reading text's one Tab stop (a roving tabindex over every sentence) and,
 * unless told otherwise, focuses it.
 */
export function focusSentence(sentence: HTMLElement, { focus = true, preventScroll = false } = {}): void {
  for (const other of document.querySelectorAll(`${selectors.sentence}[tabindex="0"]`)) other.setAttribute('tabindex', '-1');
  sentence.setAttribute('tabindex', '0');
  if (focus) sentence.focus({ preventScroll });
}
