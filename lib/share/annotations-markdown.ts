// Markdown export of "My highlights and notes": grouped by document, each
// highlight quoted in both languages where the document is available (the
// saved quote in its language; the aligned sentences in the other), notes as
// plain text (every Markdown/HTML-significant character escaped, so a note
// can never turn into a link, an image, HTML or a heading).

import type { Lang } from '@/lib/content/model';
import { otherLang, type SegmentTexts } from './anchor';
import { resolveAnnotation, type Annotation } from './annotation';

export type MarkdownDocument = {
  slug: string;
  titleZh?: string;
  titleEn?: string;
  /** Current segments; enables the other-language quote and segment ordering. */
  segments?: ReadonlyArray<SegmentTexts & { id: string }>;
};

export type MarkdownExportOptions = {
  documents?: readonly MarkdownDocument[];
  exportedAt?: Date;
  /** Link to the annotation's passage (e.g. a share link); omitted when absent. */
  linkFor?: (annotation: Annotation) => string | null;
};

const LANG_LABEL: Readonly<Record<Lang, string>> = { zh: '中文', en: 'English' };

/**
 * Escapes plain text for Markdown (CommonMark + GFM): inline specials are
 * backslash-escaped everywhere, block markers at the start of a line.
 * Line breaks become hard breaks.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(/[\\`*_[\]<>&|~!{}()#]/g, '\\$&')
        .replace(/^(\s*)([-+=])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2'),
    )
    .join('  \n');
}

function urlForMarkdown(url: string): string {
  return url.replace(/[\s<>]/g, (char) => encodeURIComponent(char));
}

function isoDay(iso: string): string {
  return iso.slice(0, 10);
}

function quoteBlock(label: string, text: string): string {
  return `> **${label}:** ${escapeMarkdown(text).split('  \n').join('  \n> ')}`;
}

function renderAnnotation(annotation: Annotation, doc: MarkdownDocument | undefined, options: MarkdownExportOptions): string {
  const lines: string[] = [];
  const link = options.linkFor?.(annotation) ?? null;
  const where = link ? `[${escapeMarkdown(annotation.segmentId)}](<${urlForMarkdown(link)}>)` : escapeMarkdown(annotation.segmentId);
  lines.push(`### ${where} · ${isoDay(annotation.createdAt)}`, '');

  const quotes: Partial<Record<Lang, string>> = { [annotation.lang]: annotation.quote.exact };
  let notice: string | null = null;
  const segment = doc?.segments?.find((candidate) => candidate.id === annotation.segmentId);
  if (segment) {
    const resolution = resolveAnnotation(annotation, segment);
    if (resolution.status === 'gone') {
      notice = 'This passage is no longer in the current text.';
    } else {
      const other = otherLang(annotation.lang);
      const sentences = resolution.aligned[other].map((i) => (other === 'zh' ? segment.zh : segment.en)[i] ?? '');
      const joined = sentences.join(other === 'zh' ? '' : ' ');
      if (joined.length > 0) quotes[other] = joined;
      if (resolution.status === 'revised') notice = 'The text of this passage has been revised since it was saved.';
    }
  } else if (doc?.segments) {
    notice = 'This passage is no longer in the current text.';
  }
  const blocks = (['zh', 'en'] as const)
    .filter((lang) => quotes[lang] !== undefined)
    .map((lang) => quoteBlock(LANG_LABEL[lang], quotes[lang]!));
  lines.push(blocks.join('\n>\n'), '');
  if (notice) lines.push(`_${notice}_`, '');
  if (annotation.note.length > 0) lines.push(`**Note:** ${escapeMarkdown(annotation.note)}`, '');
  return lines.join('\n');
}

function segmentOrder(doc: MarkdownDocument | undefined): Map<string, number> {
  return new Map((doc?.segments ?? []).map((segment, index) => [segment.id, index]));
}

/** Markdown for all annotations, grouped by document (documents in `options.documents` order first). */
export function exportAnnotationsMarkdown(annotations: readonly Annotation[], options: MarkdownExportOptions = {}): string {
  const docs = new Map((options.documents ?? []).map((doc) => [doc.slug, doc]));
  const groups = new Map<string, Annotation[]>();
  for (const annotation of annotations) {
    const group = groups.get(annotation.docSlug) ?? [];
    group.push(annotation);
    groups.set(annotation.docSlug, group);
  }
  const known = (options.documents ?? []).map((doc) => doc.slug).filter((slug) => groups.has(slug));
  const unknown = [...groups.keys()].filter((slug) => !docs.has(slug)).sort();
  const out: string[] = ['# My highlights and notes', ''];
  if (options.exportedAt) out.push(`Exported from Duizhao on ${isoDay(options.exportedAt.toISOString())}.`, '');
  if (annotations.length === 0) out.push('_No highlights yet._', '');
  for (const slug of [...new Set([...known, ...unknown])]) {
    const doc = docs.get(slug);
    const order = segmentOrder(doc);
    const title = [doc?.titleZh, doc?.titleEn].filter((t): t is string => Boolean(t)).join(' / ') || slug;
    out.push(`## ${escapeMarkdown(title)}`, '');
    const items = [...(groups.get(slug) ?? [])].sort(
      (a, b) =>
        (order.get(a.segmentId) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.segmentId) ?? Number.MAX_SAFE_INTEGER) ||
        a.segmentId.localeCompare(b.segmentId) ||
        a.start - b.start ||
        a.createdAt.localeCompare(b.createdAt),
    );
    for (const annotation of items) out.push(renderAnnotation(annotation, doc, options));
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
