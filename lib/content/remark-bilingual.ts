// The render half of the bilingual format (bilingual.ts checks it): a remark plugin that turns
// each line of a checked document into a sentence element and passes segment facts down as props.

import type { Root, PhrasingContent, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { attribute, splitSentences } from './bilingual';
import type { Lang } from './model';

function jsxText(name: string, attributes: Record<string, string>, children: PhrasingContent[]): MdxJsxTextElement {
  const attrs: MdxJsxAttribute[] = Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value }));
  return { type: 'mdxJsxTextElement', name, attributes: attrs, children };
}

/**
 * remark plugin for the render pipeline (run after analyzeDocument passed): turns each line
 * into a sentence element and passes segment facts down as props. Pinyin is not in the text: it
 * travels as a per-document file, fetched when the reader turns it on (store.ts readings).
 */
export function remarkBilingual() {
  return (tree: Root) => {
    for (const node of tree.children) {
      if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Segment') continue;
      const id = attribute(node, 'id') ?? '';
      const kind = attribute(node, 'kind') ?? 'paragraph';
      for (const block of node.children) {
        if (block.type !== 'mdxJsxFlowElement' || (block.name !== 'Zh' && block.name !== 'En')) continue;
        const lang: Lang = block.name === 'Zh' ? 'zh' : 'en';
        const paragraph = block.children.find((child) => child.type === 'paragraph');
        if (!paragraph || paragraph.type !== 'paragraph') continue;
        const sentences = splitSentences(paragraph.children);
        const elements = sentences.flatMap((sentence, index): PhrasingContent[] => {
          const attributes: Record<string, string> = { seg: id, n: String(index + 1), lang };
          const element = jsxText('S', attributes, sentence);
          return lang === 'en' && index > 0 ? [{ type: 'text', value: ' ' } satisfies Text, element] : [element];
        });
        block.attributes.push(
          { type: 'mdxJsxAttribute', name: 'seg', value: id },
          { type: 'mdxJsxAttribute', name: 'kind', value: kind },
        );
        block.children = [{ type: 'paragraph', children: elements }];
      }
    }
  };
}
