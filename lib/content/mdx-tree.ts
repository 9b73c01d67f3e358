// Reading the bilingual MDX as a tree (remark with MDX and frontmatter): the small helpers the
// checker (bilingual.ts) and the render plugin (remark-bilingual.ts) share.

import type { Root, RootContent, PhrasingContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export type Jsx = MdxJsxFlowElement | MdxJsxTextElement;
export type Sentence = PhrasingContent[];

export function parseMdx(source: string): Root {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).parse(source);
}

export function isJsx(node: RootContent | PhrasingContent | Jsx): node is Jsx {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

export function isBlank(node: RootContent | Jsx): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

export function attribute(node: Jsx, name: string): string | undefined {
  for (const attr of node.attributes) {
    if (attr.type === 'mdxJsxAttribute' && attr.name === name && typeof attr.value === 'string') return attr.value;
  }
  return undefined;
}

export function lineOf(node: { position?: { start: { line: number } } }): number {
  return node.position?.start.line ?? 1;
}

/** A block written on one line (`<Note>…</Note>`) parses as a paragraph around the element. */
export function segmentChildren(segment: MdxJsxFlowElement): Array<RootContent | Jsx> {
  return segment.children.map((child) => {
    if (child.type !== 'paragraph') return child;
    const inner = child.children.filter((grandchild) => !(grandchild.type === 'text' && grandchild.value.trim() === ''));
    const [only] = inner;
    return inner.length === 1 && only?.type === 'mdxJsxTextElement' ? only : child;
  });
}

/** The paragraphs of a <Zh>/<En> block (blank-line separated), each as its inline nodes; null if it holds anything else. */
export function blockParagraphs(block: Jsx): PhrasingContent[][] | null {
  if (block.type === 'mdxJsxTextElement') return [block.children];
  const children = block.children.filter((child) => !isBlank(child as RootContent));
  const paragraphs: PhrasingContent[][] = [];
  for (const child of children) {
    if (child.type !== 'paragraph') return null;
    paragraphs.push(child.children);
  }
  return paragraphs;
}

/** Splits a paragraph's inline nodes into sentences at line breaks, trimming each line's edges. */
export function splitSentences(children: PhrasingContent[]): Sentence[] {
  let current: Sentence = [];
  const sentences: Sentence[] = [current];
  const startSentence = () => {
    current = [];
    sentences.push(current);
  };
  for (const child of children) {
    if (child.type === 'break') {
      startSentence();
    } else if (child.type === 'text') {
      child.value.split('\n').forEach((part, index) => {
        if (index > 0) startSentence();
        if (part !== '') current.push({ ...child, value: part });
      });
    } else {
      current.push(child);
    }
  }
  for (const sentence of sentences) {
    const first = sentence[0];
    if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
    const last = sentence[sentence.length - 1];
    if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
  }
  return sentences.filter((sentence) => sentence.some((node) => node.type !== 'text' || node.value !== ''));
}

export function plainText(nodes: PhrasingContent[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.value;
      if (node.type === 'mdxJsxTextElement') return plainText(node.children);
      return '';
    })
    .join('');
}
