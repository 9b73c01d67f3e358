import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { partNumber } from './legal';
import { attribute, blockParagraphs, isBlank, isJsx, lineOf, plainText, segmentChildren, splitSentences, type Jsx, type Sentence } from './mdx-tree';
import { segmentKinds, type Lang, type SegmentKind, type SegmentModel } from './model';
import { idPattern, type GlossaryIndex } from './schema';
import { checkTerms, termForms } from './terms-check';

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
 * One sentence per line; line n of <En> translates line n of <Zh>. A block may hold several
 * paragraphs (a law's article), separated by a blank line: paragraph k of <En> translates
 * paragraph k of <Zh>, sentence for sentence. Articles are segments `art-<n>` (their label,
 * 第十八条 / Article 18, is not written: the reader renders it), chapters `ch-<n>`.
 */

type AnalyzeResult = { segments: SegmentModel[]; errors: string[] };
type Options = {
  /** The document's slug: in it, the glossary entry that names it (its title) needs no mark. */
  slug?: string;
};

/** One language of a segment: its sentences, paragraph by paragraph. */
type Side = { sentences: Sentence[]; paragraphs: number[]; counts: number[] };

function sideOf(block: Jsx, errors: string[], file: string, what: string): Side | null {
  const paragraphs = blockParagraphs(block);
  if (!paragraphs) {
    errors.push(`${file}:${lineOf(block)}: ${what} must hold plain text, one sentence per line, paragraphs separated by a blank line`);
    return null;
  }
  const side: Side = { sentences: [], paragraphs: [], counts: [] };
  for (const paragraph of paragraphs) {
    const sentences = splitSentences(paragraph);
    side.paragraphs.push(side.sentences.length);
    side.counts.push(sentences.length);
    side.sentences.push(...sentences);
  }
  return side;
}

function kindAndNumber(node: MdxJsxFlowElement, id: string, file: string, errors: string[]): { kind: SegmentKind; number: number | null } | null {
  const line = lineOf(node);
  const kind = segmentKinds.find((k) => k === attribute(node, 'kind'));
  if (!kind) {
    errors.push(`${file}:${line}: segment "${id}" needs kind=${segmentKinds.join('|')} (got ${JSON.stringify(attribute(node, 'kind') ?? null)})`);
    return null;
  }
  if (kind !== 'article' && kind !== 'chapter') return { kind, number: null };
  const number = partNumber(id, kind);
  if (number === null) {
    errors.push(`${file}:${line}: ${kind} segment "${id}" needs the id ${kind === 'article' ? 'art' : 'ch'}-<number>`);
    return null;
  }
  return { kind, number };
}

/**
 * Validates the segment, sentence and term alignment of a parsed document and extracts
 * its plain-text model. Errors name file and line; an empty list means the document is sound.
 */
export function analyzeDocument(tree: Root, file: string, glossary: GlossaryIndex, options: Options = {}): AnalyzeResult {
  const errors: string[] = [];
  const segments: SegmentModel[] = [];
  const seen = new Map<string, number>();
  const forms = termForms(glossary, options.slug);
  let section: string | null = null;

  for (const node of tree.children) {
    if (node.type === 'yaml' || isBlank(node)) continue;
    if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Segment') {
      errors.push(`${file}:${lineOf(node)}: only <Segment> blocks may stand at the top level (found ${node.type === 'mdxJsxFlowElement' ? `<${node.name}>` : node.type})`);
      continue;
    }
    const line = lineOf(node);
    const id = attribute(node, 'id');
    if (!id || !idPattern.test(id)) {
      errors.push(`${file}:${line}: <Segment> needs an id in kebab-case (got ${JSON.stringify(id ?? null)})`);
      continue;
    }
    const kindInfo = kindAndNumber(node, id, file, errors);
    if (!kindInfo) continue;
    const { kind, number } = kindInfo;
    const previous = seen.get(id);
    if (previous !== undefined) {
      errors.push(`${file}:${line}: duplicate segment id "${id}" (first at line ${previous})`);
      continue;
    }
    seen.set(id, line);
    if (kind === 'heading' || kind === 'chapter') section = id;

    const children = segmentChildren(node);
    const blocks = children.filter(isJsx);
    const stray = children.find((child) => !isJsx(child) && !isBlank(child));
    if (stray) errors.push(`${file}:${lineOf(stray)}: segment "${id}" may hold only <Zh>, <En> and <Note>`);
    for (const block of blocks) {
      if (!['Zh', 'En', 'Note'].includes(block.name ?? '')) errors.push(`${file}:${lineOf(block)}: unknown block <${block.name}> in segment "${id}"`);
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

    const zh = sideOf(zhBlock, errors, file, '<Zh>');
    const en = sideOf(enBlock, errors, file, '<En>');
    const note = byName('Note')[0];
    if (note) {
      const noteParagraphs = blockParagraphs(note);
      if (!noteParagraphs || noteParagraphs.length !== 1 || noteParagraphs.flat().some((child) => child.type !== 'text')) {
        errors.push(`${file}:${lineOf(note)}: <Note> in segment "${id}" must be plain text`);
      }
    }
    if (!zh || !en) continue;
    if (zh.sentences.length === 0) errors.push(`${file}:${lineOf(zhBlock)}: segment "${id}" has an empty <Zh>`);
    if (en.sentences.length === 0) errors.push(`${file}:${lineOf(enBlock)}: segment "${id}" has an empty <En> (missing translation)`);
    if (zh.counts.length !== en.counts.length) {
      errors.push(`${file}:${line}: segment "${id}" has ${zh.counts.length} Chinese paragraphs but ${en.counts.length} English paragraphs`);
    } else if (zh.sentences.length !== en.sentences.length || zh.counts.some((count, index) => count !== en.counts[index])) {
      errors.push(
        `${file}:${line}: segment "${id}" has ${zh.sentences.length} Chinese sentences but ${en.sentences.length} English sentences` +
          `${zh.counts.length > 1 ? ` (by paragraph: ${zh.counts.join('+')} and ${en.counts.join('+')})` : ''} (lines ${lineOf(zhBlock)} and ${lineOf(enBlock)})`,
      );
    }

    const { terms, refs } = checkTerms({ zh: zh.sentences, en: en.sentences }, { file, id, zhLine: lineOf(zhBlock), enLine: lineOf(enBlock) }, glossary, forms, errors);
    const text = (lang: Lang) => (lang === 'zh' ? zh : en).sentences.map(plainText);
    segments.push({
      id,
      kind,
      section: kind === 'title' || kind === 'lead' || kind === 'adoption' || kind === 'announcement' || kind === 'contents' ? null : section,
      zh: text('zh'),
      en: text('en'),
      terms,
      refs,
      paragraphs: zh.paragraphs,
      number,
    });
  }
  if (segments.length === 0 && errors.length === 0) errors.push(`${file}:1: the document has no <Segment>`);
  return { segments, errors };
}
