// Plain data shapes shared by the server content pipeline, the search index and
// the browser. Only strings and arrays here: they cross the server/client line.

export const segmentKinds = [
  // An interview or article.
  'title',
  'lead',
  'heading',
  'paragraph',
  // A law: its adoption note, the announcement that promulgated it, its contents, its chapters
  // (which head the articles after them, as headings do) and its articles.
  'adoption',
  'announcement',
  'contents',
  'chapter',
  'article',
] as const;
export type SegmentKind = (typeof segmentKinds)[number];

export type SegmentModel = {
  /** Stable id, also the DOM id of the segment element. */
  id: string;
  kind: SegmentKind;
  /** Id of the heading segment this segment sits under (headings point to themselves). */
  section: string | null;
  /** Chinese sentences, plain text, in order. Joined with '' they give the segment text. */
  zh: string[];
  /** English sentences, plain text, in order. Joined with ' ' they give the segment text. */
  en: string[];
  /** Glossary term ids marked in this segment (same set in both languages). */
  terms: string[];
  /** Marks of this segment that point at a passage of another document (<T id="…" at="art-18">). */
  refs: { term: string; at: string }[];
  /** Index of the first sentence of each paragraph ([0] for a segment of one paragraph). */
  paragraphs: number[];
  /** An article's number (art-18 → 18), or a chapter's. */
  number: number | null;
};

/** What a draft holds where a translation is still to be written (lib/authoring); never published. */
export const UNTRANSLATED = 'TODO translate';

export type Lang = 'zh' | 'en';

export function segmentText(segment: Pick<SegmentModel, 'zh' | 'en'>, lang: Lang): string {
  return lang === 'zh' ? segment.zh.join('') : segment.en.join(' ');
}

/** Offsets into a segment text, UTF-16 code units, end exclusive. */
export type TextRange = { start: number; end: number };

/** Offsets of each sentence inside the segment text of `lang`. */
export function sentenceRanges(segment: Pick<SegmentModel, 'zh' | 'en'>, lang: Lang): TextRange[] {
  const sentences = lang === 'zh' ? segment.zh : segment.en;
  const separator = lang === 'zh' ? 0 : 1;
  const ranges: TextRange[] = [];
  let offset = 0;
  sentences.forEach((sentence, index) => {
    if (index > 0) offset += separator;
    ranges.push({ start: offset, end: offset + sentence.length });
    offset += sentence.length;
  });
  return ranges;
}


/** The paragraph (1-based) a sentence (0-based) belongs to. */
export function paragraphOf(segment: Pick<SegmentModel, 'paragraphs'>, sentence: number): number {
  let paragraph = 0;
  segment.paragraphs.forEach((start, index) => {
    if (start <= sentence) paragraph = index;
  });
  return paragraph + 1;
}
