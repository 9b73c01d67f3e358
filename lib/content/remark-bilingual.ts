// The render half of the bilingual format (bilingual.ts checks it): a remark plugin that turns
// each line of a checked document into a sentence element and passes segment facts down as props.

import type { Root, PhrasingContent, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { attribute, plainText, splitSentences } from './bilingual';
import type { Lang } from './model';

function jsxText(name: string, attributes: Record<string, string>, children: PhrasingContent[]): MdxJsxTextElement {
  const attrs: MdxJsxAttribute[] = Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value }));
  return { type: 'mdxJsxTextElement', name, attributes: attrs, children };
}

/**
 * The readings of a sentence's Han characters, in order, space-separated. Pinyin travels as one
 * attribute per sentence and becomes ruby in the browser only when the reader asks for it: a
 * span per character in the HTML would multiply the elements React has to hydrate.
 */
function hanReadings(text: string, readings: string[]): string {
  const out: string[] = [];
  let index = 0;
  for (const char of text) {
    if (/\p{Script=Han}/u.test(char)) out.push((readings[index] ?? '').toLowerCase());
    index += char.length;
  }
  return out.join(' ');
}

type TransformOptions = { readings: (sentence: string) => string[] };

/**
 * remark plugin for the render pipeline (run after analyzeDocument passed): turns each line
 * into a sentence element, annotates Chinese with pinyin, and passes segment facts down as props.
 */
export function remarkBilingual({ readings }: TransformOptions) {
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
          const text = plainText(sentence);
          const attributes: Record<string, string> = { seg: id, n: String(index + 1), lang };
          if (lang === 'zh') attributes.readings = hanReadings(text, readings(text));
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
