// A new document's first draft, from its source text (one paragraph per line) to our MDX format
// (lib/content/bilingual.ts): segments with ids and kinds, the Chinese one sentence per line with
// the glossary's terms marked, and an <En> line to translate under each Chinese one. Pure: the
// CLI (scripts/new-document.ts) reads and writes the files.

import { parseChineseNumber } from '@/lib/content/legal';
import { UNTRANSLATED, type SegmentKind } from '@/lib/content/model';
import type { DocumentKind } from '@/lib/content/schema';

export { UNTRANSLATED };

export type DraftSegment = { id: string; kind: SegmentKind; paragraphs: string[] };
/** A glossary entry as the draft needs it; an entry naming a document is not marked in that document. */
export type DraftTerm = { id: string; forms: readonly string[]; document?: string | undefined };

const CHAPTER = /^第([一二三四五六七八九十百零〇两]+)章(?:\s|$)/u;
const ARTICLE = /^第([一二三四五六七八九十百零〇两]+)条(?:\s+|(?=\S))/u;
const ADOPTION = /^（[^（）]*(?:通过|批准|修正|修订)[^（）]*）$/u;
const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '；', ';']);
const OPENERS = new Map([
  ['“', '”'],
  ['‘', '’'],
  ['《', '》'],
  ['（', '）'],
  ['(', ')'],
  ['「', '」'],
  ['『', '』'],
  ['【', '】'],
]);
const CLOSERS = new Set(OPENERS.values());

/**
 * Sentences of one Chinese paragraph: cut after 。！？； (full- or half-width), never inside quotes
 * or brackets, except that a quotation ending a sentence (。”) is cut after its closing mark.
 */
export function splitChineseSentences(paragraph: string): string[] {
  const chars = [...paragraph.trim()];
  const sentences: string[] = [];
  const open: string[] = [];
  let current = '';
  for (let i = 0; i < chars.length; i += 1) {
    const char = chars[i] ?? '';
    current += char;
    if (OPENERS.has(char) && !(CLOSERS.has(char) && open.at(-1) === char)) open.push(OPENERS.get(char) ?? '');
    else if (CLOSERS.has(char) && open.at(-1) === char) open.pop();
    if (!SENTENCE_END.has(char)) continue;
    // A run of terminators and the closers right after them stay with the sentence.
    let j = i + 1;
    while (j < chars.length && (SENTENCE_END.has(chars[j] ?? '') || (CLOSERS.has(chars[j] ?? '') && open.at(-1) === chars[j]))) {
      const next = chars[j] ?? '';
      if (CLOSERS.has(next)) open.pop();
      current += next;
      j += 1;
    }
    i = j - 1;
    if (open.length === 0 && j < chars.length) {
      sentences.push(current);
      current = '';
    }
  }
  if (current) sentences.push(current);
  return sentences;
}

/** A line reads as a heading: short, with no sentence-final punctuation. */
function looksLikeHeading(line: string): boolean {
  return [...line].length <= 40 && !/[。！？!?；;：:，,]$/u.test(line) && !/[。！？!?]/u.test(line);
}

/** A law: title, adoption note, announcement, contents, chapters and articles (paragraphs follow their article). */
function regulationSegments(lines: readonly string[]): DraftSegment[] {
  const segments: DraftSegment[] = [];
  const [title, ...rest] = lines;
  if (title) segments.push({ id: 'title', kind: 'title', paragraphs: [title] });
  let i = 0;
  if (rest[i] && ADOPTION.test(rest[i] ?? '')) segments.push({ id: 'adoption', kind: 'adoption', paragraphs: [rest[i++] ?? ''] });
  const firstPart = rest.findIndex((line, at) => at >= i && (CHAPTER.test(line) || ARTICLE.test(line) || line === '目录'));
  const announcement = rest.slice(i, firstPart === -1 ? rest.length : firstPart);
  if (announcement.length > 0) segments.push({ id: 'announcement', kind: 'announcement', paragraphs: announcement });
  i = firstPart === -1 ? rest.length : firstPart;
  if (rest[i] === '目录') {
    // The contents run until the first chapter heading is printed a second time.
    const entries: string[] = [rest[i++] ?? ''];
    const seen = new Set<string>();
    while (i < rest.length && !seen.has(rest[i] ?? '') && CHAPTER.test(rest[i] ?? '')) {
      seen.add(rest[i] ?? '');
      entries.push(rest[i++] ?? '');
    }
    segments.push({ id: 'contents', kind: 'contents', paragraphs: entries });
  }
  let article: DraftSegment | null = null;
  for (; i < rest.length; i += 1) {
    const line = rest[i] ?? '';
    const chapter = CHAPTER.exec(line);
    const numbered = ARTICLE.exec(line);
    if (chapter) {
      article = null;
      segments.push({ id: `ch-${parseChineseNumber(chapter[1] ?? '') ?? i}`, kind: 'chapter', paragraphs: [line] });
    } else if (numbered) {
      // The label (第十八条) is not written: the reader prints it from the id.
      article = { id: `art-${parseChineseNumber(numbered[1] ?? '') ?? i}`, kind: 'article', paragraphs: [line.slice(numbered[0].length)] };
      segments.push(article);
    } else if (article) {
      article.paragraphs.push(line);
    } else {
      segments.push({ id: `p${i + 1}`, kind: 'paragraph', paragraphs: [line] });
    }
  }
  return segments;
}

/** An article or interview: headline, lead, then sections (s1, s1-p1 …) under short heading lines. */
function interviewSegments(lines: readonly string[]): DraftSegment[] {
  const segments: DraftSegment[] = [];
  const [title, lead, ...rest] = lines;
  if (title) segments.push({ id: 'headline', kind: 'title', paragraphs: [title] });
  if (lead) segments.push({ id: 'lead', kind: 'lead', paragraphs: [lead] });
  let section = 0;
  let paragraph = 0;
  for (const line of rest) {
    if (looksLikeHeading(line)) {
      section += 1;
      paragraph = 0;
      segments.push({ id: `s${section}`, kind: 'heading', paragraphs: [line] });
    } else {
      paragraph += 1;
      segments.push({ id: section > 0 ? `s${section}-p${paragraph}` : `p${paragraph}`, kind: 'paragraph', paragraphs: [line] });
    }
  }
  return segments;
}

/** The source's non-empty lines, trimmed, in segments for a document of `kind`. */
export function segmentSource(source: string, kind: DocumentKind): DraftSegment[] {
  const lines = source
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return kind === 'regulation' ? regulationSegments(lines) : interviewSegments(lines);
}

/** Characters MDX would read as syntax. */
function escapeMdx(text: string): string {
  return text.replace(/[{}<>]/gu, (char) => `\\${char}`);
}

/**
 * Marks every glossary form in the text, leftmost first and, at one place, longest first. The
 * forms in `plain` are left unmarked, and so is every term inside them (a document's own title).
 */
export function markTerms(text: string, terms: readonly DraftTerm[], plain: readonly string[] = []): string {
  const forms = [
    ...terms.flatMap((term) => term.forms.map((form) => ({ id: term.id, form }))),
    ...plain.map((form) => ({ id: null, form })),
  ]
    .filter(({ form }) => form.length > 0)
    .sort((a, b) => b.form.length - a.form.length);
  let out = '';
  let i = 0;
  while (i < text.length) {
    const found = forms.find(({ form }) => text.startsWith(form, i));
    if (found) {
      out += found.id === null ? escapeMdx(found.form) : `<T id="${found.id}">${escapeMdx(found.form)}</T>`;
      i += found.form.length;
    } else {
      const char = String.fromCodePoint(text.codePointAt(i) ?? 0);
      out += escapeMdx(char);
      i += char.length;
    }
  }
  return out;
}

type DraftOptions = { slug: string; kind: DocumentKind; terms: readonly DraftTerm[] };

function frontmatter({ slug, kind }: DraftOptions, title: string): string {
  const todo = `"${UNTRANSLATED}"`;
  const lines = [
    '---',
    `kind: ${kind}`,
    `slug: ${slug}`,
    'title:',
    `  zh: ${JSON.stringify(title)}`,
    `  en: ${todo}`,
    'summary:',
    `  zh: ${todo}`,
    `  en: ${todo}`,
    `published: ${todo} # YYYY-MM-DD`,
  ];
  if (kind === 'regulation') {
    lines.push(
      'issuer: { zh: "TODO", en: "TODO" }',
      'announcement: { zh: "TODO", en: "TODO" }',
      'adopted: "TODO" # YYYY-MM-DD',
      'inForce: "TODO" # YYYY-MM-DD',
      'source: { zh: "TODO", en: "TODO" }',
    );
  } else {
    lines.push(
      'reporter: { zh: "TODO", en: "TODO" }',
      'speaker: { zh: "TODO", en: "TODO" }',
      'office: { zh: "TODO", en: "TODO" }',
      'source: { zh: "TODO", en: "TODO" }',
    );
  }
  lines.push('---');
  return lines.join('\n');
}

/** The draft MDX: every Chinese sentence on its line, marked; an untranslated line under each in <En>. */
export function draftDocument(source: string, options: DraftOptions): string {
  const segments = segmentSource(source, options.kind);
  const own = options.terms.filter((term) => term.document === options.slug);
  const terms = options.terms.filter((term) => term.document !== options.slug);
  const plain = own.flatMap((term) => term.forms);
  const title = segments[0]?.paragraphs[0] ?? options.slug;
  const blocks = segments.map((segment) => {
    const zh = segment.paragraphs.map((paragraph) => splitChineseSentences(paragraph).map((sentence) => markTerms(sentence, terms, plain)));
    const en = zh.map((sentences) => sentences.map(() => UNTRANSLATED));
    const side = (paragraphs: string[][]) => paragraphs.map((sentences) => sentences.join('\n')).join('\n\n');
    return `<Segment id="${segment.id}" kind="${segment.kind}">\n<Zh>\n${side(zh)}\n</Zh>\n<En>\n${side(en)}\n</En>\n</Segment>`;
  });
  return `${frontmatter(options, title)}\n\n${blocks.join('\n\n')}\n`;
}

/** Lines (1-based) of a draft that still wait for a translation or a fact. */
export function untranslatedLines(mdx: string): number[] {
  return mdx.split('\n').flatMap((line, i) => (line.includes(UNTRANSLATED) || /\bTODO\b/u.test(line) ? [i + 1] : []));
}
