// The render half of the bilingual format (bilingual.ts checks it): a remark plugin that turns
// each line of a checked document into a sentence element and each paragraph into a `Para`,
// passing segment facts down as props.

import type { Root, PhrasingContent, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { articleLabel, partNumber } from './legal';
import { attribute, blockParagraphs, splitSentences } from './mdx-tree';
import type { Lang } from './model';

function attributes(values: Record<string, string>): MdxJsxAttribute[] {
  return Object.entries(values).map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value }));
}

function jsxText(name: string, values: Record<string, string>, children: PhrasingContent[]): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name, attributes: attributes(values), children };
}

/**
 * remark plugin for the render pipeline (run after analyzeDocument passed). Sentences are
 * numbered across the whole block, so a sentence's key does not depend on the paragraph it sits
 * in. An article's first paragraph carries its label (第十八条 / Article 18), which the text does
 * not repeat. Pinyin is not in the text: it travels as a per-document file (store.ts readings).
 */
export function remarkBilingual() {
  return (tree: Root) => {
    for (const node of tree.children) {
      if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Segment') continue;
      const id = attribute(node, 'id') ?? '';
      const kind = attribute(node, 'kind') ?? 'paragraph';
      const article = kind === 'article' ? partNumber(id, 'article') : null;
      for (const block of node.children) {
        if (block.type !== 'mdxJsxFlowElement' || (block.name !== 'Zh' && block.name !== 'En')) continue;
        const lang: Lang = block.name === 'Zh' ? 'zh' : 'en';
        let count = 0;
        const paragraphs = (blockParagraphs(block) ?? []).map((children, index): MdxJsxFlowElement => {
          const elements = splitSentences(children).flatMap((sentence, inParagraph): PhrasingContent[] => {
            count += 1;
            const element = jsxText('S', { seg: id, n: String(count), lang }, sentence);
            return lang === 'en' && inParagraph > 0 ? [{ type: 'text', value: ' ' } satisfies Text, element] : [element];
          });
          const values: Record<string, string> = { kind };
          if (index === 0 && article !== null) values.label = articleLabel(article)[lang];
          return { type: 'mdxJsxFlowElement', name: 'Para', attributes: attributes(values), children: [{ type: 'paragraph', children: elements }] };
        });
        block.attributes.push(...attributes({ seg: id, kind }));
        block.children = paragraphs;
      }
    }
  };
}
