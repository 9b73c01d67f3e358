import type { Root, RootContent, PhrasingContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Lang, SegmentKind, SegmentModel } from './model';
import { idPattern, type GlossaryEntry } from './schema';

/*
 * The bilingual document format, checked here before anything is rendered:
 *
 *   <Segment id="s1-p1" kind="paragraph">
 *   <Zh>
 *   第一句。
 *   <T id="term-id">术语</T>第二句。
 *   </Zh>
 *   <En>
 *   First sentence.
 *   The <T id="term-id">term</T> in the second sentence.
 *   </En>
 *   <Note>Optional translator's note.</Note>
 *   </Segment>
 *
 * One sentence per line; line n of <En> translates line n of <Zh>.
 */

const segmentKinds: readonly SegmentKind[] = ['title', 'lead', 'heading', 'paragraph'];
type Jsx = MdxJsxFlowElement | MdxJsxTextElement;
type Sentence = PhrasingContent[];

export type GlossaryIndex = ReadonlyMap<string, GlossaryEntry>;

export function parseMdx(source: string): Root {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).parse(source);
}

function isJsx(node: RootContent | PhrasingContent | Jsx): node is Jsx {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

function isBlank(node: RootContent | Jsx): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

export function attribute(node: Jsx, name: string): string | undefined {
  for (const attr of node.attributes) {
    if (attr.type === 'mdxJsxAttribute' && attr.name === name && typeof attr.value === 'string') {
      return attr.value;
    }
  }
  return undefined;
}

/** A block written on one line (`<Note>…</Note>`) parses as a paragraph around the element. */
function segmentChildren(segment: MdxJsxFlowElement): Array<RootContent | Jsx> {
  return segment.children.map((child) => {
    if (child.type !== 'paragraph') return child;
    const inner = child.children.filter((grandchild) => !(grandchild.type === 'text' && grandchild.value.trim() === ''));
    const [only] = inner;
    return inner.length === 1 && only?.type === 'mdxJsxTextElement' ? only : child;
  });
}

function lineOf(node: { position?: { start: { line: number } } }): number {
  return node.position?.start.line ?? 1;
}

/** Splits a paragraph's inline nodes into sentences at line breaks, trimming each line's edges. */
export function splitSentences(children: PhrasingContent[]): Sentence[] {
  let current: Sentence = [];
  const sentences: Sentence[] = [current];
  const startSentence = () => {
    current = [];
    sentences.push(current);
  };
  const push = (node: PhrasingContent) => current.push(node);
  for (const child of children) {
    if (child.type === 'break') {
      startSentence();
    } else if (child.type === 'text') {
      const parts = child.value.split('\n');
      parts.forEach((part, index) => {
        if (index > 0) startSentence();
        if (part !== '') push({ ...child, value: part });
      });
    } else {
      push(child);
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

/** The text of a <Zh>/<En>/<Note> block: its single paragraph's inline nodes, or an error. */
function blockInline(block: Jsx, errors: string[], file: string): PhrasingContent[] | null {
  const children = block.children.filter((child) => !isBlank(child as RootContent));
  if (block.type === 'mdxJsxTextElement') return block.children;
  const [only] = children;
  if (children.length !== 1 || only?.type !== 'paragraph') {
    const at = children.find((child) => child.type !== 'paragraph') ?? block;
    errors.push(
      `${file}:${lineOf(at)}: <${block.name}> must hold plain text, one sentence per line (found ${children.length === 0 ? 'nothing' : children.map((c) => c.type).join(', ')})`,
    );
    return null;
  }
  return only.children;
}

type AnalyzeResult = { segments: SegmentModel[]; errors: string[] };

/**
 * Validates the segment, sentence and term alignment of a parsed document and extracts
 * its plain-text model. Errors name file and line; an empty list means the document is sound.
 */
export function analyzeDocument(tree: Root, file: string, glossary: GlossaryIndex): AnalyzeResult {
  const errors: string[] = [];
  const segments: SegmentModel[] = [];
  const seen = new Map<string, number>();
  let section: string | null = null;

  // Longest forms first, so that a term inside a longer unmarked term is reported once, as the longer one.
  const zhForms = [...glossary.values()]
    .flatMap((entry) => [entry.zh, ...entry.aliases].map((form) => ({ form, id: entry.id })))
    .sort((a, b) => b.form.length - a.form.length);

  for (const node of tree.children) {
    if (node.type === 'yaml' || isBlank(node)) continue;
    if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Segment') {
      errors.push(`${file}:${lineOf(node)}: only <Segment> blocks may stand at the top level (found ${node.type === 'mdxJsxFlowElement' ? `<${node.name}>` : node.type})`);
      continue;
    }
    const line = lineOf(node);
    const id = attribute(node, 'id');
    const kind = segmentKinds.find((k) => k === attribute(node, 'kind'));
    if (!id || !idPattern.test(id)) {
      errors.push(`${file}:${line}: <Segment> needs an id in kebab-case (got ${JSON.stringify(id ?? null)})`);
      continue;
    }
    if (!kind) {
      errors.push(`${file}:${line}: segment "${id}" needs kind=${segmentKinds.join('|')} (got ${JSON.stringify(attribute(node, 'kind') ?? null)})`);
      continue;
    }
    const previous = seen.get(id);
    if (previous !== undefined) {
      errors.push(`${file}:${line}: duplicate segment id "${id}" (first at line ${previous})`);
      continue;
    }
    seen.set(id, line);
    if (kind === 'heading') section = id;

    const children = segmentChildren(node);
    const blocks = children.filter(isJsx);
    const stray = children.find((child) => !isJsx(child) && !isBlank(child));
    if (stray) errors.push(`${file}:${lineOf(stray)}: segment "${id}" may hold only <Zh>, <En> and <Note>`);
    for (const block of blocks) {
      if (!['Zh', 'En', 'Note'].includes(block.name ?? '')) {
        errors.push(`${file}:${lineOf(block)}: unknown block <${block.name}> in segment "${id}"`);
      }
    }
    const byName = (name: string) => blocks.filter((block) => block.name === name);
    for (const name of ['Zh', 'En', 'Note']) {
      const second = byName(name)[1];
      if (second) errors.push(`${file}:${lineOf(second)}: segment "${id}" has more than one <${name}>`);
    }
    const zhBlock = byName('Zh')[0];
    const enBlock = byName('En')[0];
    if (!zhBlock) errors.push(`${file}:${line}: segment "${id}" is missing its Chinese text (<Zh>)`);
    if (!enBlock) errors.push(`${file}:${line}: segment "${id}" is missing its English translation (<En>)`);
    if (!zhBlock || !enBlock) continue;

    const zhInline = blockInline(zhBlock, errors, file);
    const enInline = blockInline(enBlock, errors, file);
    const note = byName('Note')[0];
    if (note) {
      const noteInline = blockInline(note, errors, file);
      if (noteInline && noteInline.some((child) => child.type !== 'text')) {
        errors.push(`${file}:${lineOf(note)}: <Note> in segment "${id}" must be plain text`);
      }
    }
    if (!zhInline || !enInline) continue;

    const sentences: Record<Lang, Sentence[]> = { zh: splitSentences(zhInline), en: splitSentences(enInline) };
    const termIds: Record<Lang, Set<string>> = { zh: new Set(), en: new Set() };

    for (const lang of ['zh', 'en'] as const) {
      const block = lang === 'zh' ? zhBlock : enBlock;
      if (sentences[lang].length === 0) {
        errors.push(`${file}:${lineOf(block)}: segment "${id}" has an empty ${lang === 'zh' ? '<Zh>' : '<En> (missing translation)'}`);
      }
      for (const child of sentences[lang].flat()) {
        if (child.type === 'text') {
          if (lang === 'zh') {
            for (const { form, id: termId } of zhForms) {
              if (child.value.includes(form)) {
                errors.push(`${file}:${lineOf(child)}: "${form}" is glossary term "${termId}" but is not marked with <T id="${termId}">`);
                break;
              }
            }
          }
          continue;
        }
        if (child.type !== 'mdxJsxTextElement' || child.name !== 'T') {
          errors.push(`${file}:${lineOf(child)}: only plain text and <T id="…"> terms are allowed in sentences (found ${child.type === 'mdxJsxTextElement' ? `<${child.name}>` : child.type})`);
          continue;
        }
        const termId = attribute(child, 'id');
        const entry = termId ? glossary.get(termId) : undefined;
        if (!termId || !entry) {
          errors.push(`${file}:${lineOf(child)}: unknown glossary term id ${JSON.stringify(termId ?? null)}`);
          continue;
        }
        if (child.children.some((grandchild) => grandchild.type !== 'text')) {
          errors.push(`${file}:${lineOf(child)}: <T id="${termId}"> must contain plain text only`);
          continue;
        }
        const text = plainText(child.children);
        if (lang === 'zh' && ![entry.zh, ...entry.aliases].includes(text)) {
          errors.push(`${file}:${lineOf(child)}: <T id="${termId}"> marks "${text}", which is not ${[entry.zh, ...entry.aliases].map((f) => `"${f}"`).join(' or ')}`);
        }
        if (lang === 'en' && ![entry.en, ...entry.enForms].some((form) => form.toLowerCase() === text.toLowerCase())) {
          errors.push(`${file}:${lineOf(child)}: <T id="${termId}"> marks "${text}", but the glossary's English is "${entry.en}"${entry.enForms.length ? ` (or ${entry.enForms.map((f) => `"${f}"`).join(', ')})` : ''}`);
        }
        termIds[lang].add(termId);
      }
    }

    if (sentences.zh.length !== sentences.en.length) {
      errors.push(`${file}:${line}: segment "${id}" has ${sentences.zh.length} Chinese sentences but ${sentences.en.length} English sentences (lines ${lineOf(zhBlock)} and ${lineOf(enBlock)})`);
    }
    const onlyZh = [...termIds.zh].filter((termId) => !termIds.en.has(termId));
    const onlyEn = [...termIds.en].filter((termId) => !termIds.zh.has(termId));
    if (onlyZh.length) errors.push(`${file}:${lineOf(enBlock)}: segment "${id}": the English does not mark ${onlyZh.map((t) => `"${glossary.get(t)?.en}" (${t})`).join(', ')}, though the Chinese does`);
    if (onlyEn.length) errors.push(`${file}:${lineOf(zhBlock)}: segment "${id}": the Chinese does not mark ${onlyEn.join(', ')}, though the English does`);

    segments.push({
      id,
      kind,
      section: kind === 'title' || kind === 'lead' ? null : section,
      zh: sentences.zh.map(plainText),
      en: sentences.en.map(plainText),
      terms: [...termIds.zh].sort(),
    });
  }
  if (segments.length === 0 && errors.length === 0) errors.push(`${file}:1: the document has no <Segment>`);
  return { segments, errors };
}
