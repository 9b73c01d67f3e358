// The plain data the browser needs to share passages of one document: its
// segments (the texts that offsets, hashes and quotes refer to) and the facts
// a citation names. Built on the server from the content store and served as a
// static JSON file next to the passage pages, so the document page does not
// carry a second copy of its text in its first load.

import type { SegmentModel } from '@/lib/content/model';
import type { Frontmatter } from '@/lib/content/schema';
import type { CitationMeta, CitationPerson, CitedSegment } from './citation';

export type Bilingual = { zh: string; en: string };

export type ShareSegment = CitedSegment;

export type ShareDocument = {
  slug: string;
  title: Bilingual;
  /** What a citation of any of its passages names. */
  cite: CitationMeta;
  segments: ShareSegment[];
};

type DocumentLike = { meta: Frontmatter; segments: readonly SegmentModel[] };

export function shareDocumentOf(document: DocumentLike): ShareDocument {
  const { meta } = document;
  return {
    slug: meta.slug,
    title: { zh: meta.title.zh, en: meta.title.en },
    cite: citationMetaOf(meta),
    segments: document.segments.map(({ id, kind, zh, en, number, paragraphs }) => ({ id, kind, zh, en, number, paragraphs })),
  };
}

/**
 * Reporters as citation persons. The frontmatter gives one reporter per
 * language ("Meng Zhu" / "孟竹"); romanised Chinese names are written family
 * name first, so the first word is the family name.
 */
export function reportersOf(reporter: Bilingual): CitationPerson[] {
  const enNames = reporter.en.split(/\s*(?:,|;|、|\band\b)\s*/).filter(Boolean);
  const zhNames = reporter.zh.split(/\s*(?:,|;|、|，)\s*/).filter(Boolean);
  return enNames.map((name, index) => {
    const [family = name, ...given] = name.trim().split(/\s+/);
    const nameZh = enNames.length === zhNames.length ? zhNames[index] : undefined;
    return { family, given: given.join(' '), ...(nameZh ? { nameZh } : {}) };
  });
}

const pair = (value: Bilingual): Bilingual => ({ zh: value.zh, en: value.en });

export function citationMetaOf(meta: Frontmatter): CitationMeta {
  const common = { slug: meta.slug, titleZh: meta.title.zh, titleEn: meta.title.en, published: meta.published };
  if (meta.kind === 'regulation') {
    return {
      ...common,
      kind: 'regulation',
      issuer: pair(meta.issuer),
      announcement: pair(meta.announcement),
      adopted: meta.adopted,
      inForce: meta.inForce,
    };
  }
  return { ...common, kind: 'interview', publisher: pair(meta.source), reporters: reportersOf(meta.reporter) };
}

/** Today as YYYY-MM-DD in the reader's own time zone (the date they accessed the text). */
export function localIsoDate(date: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
