// The plain data the browser needs to share passages of one document: its
// segments (the texts that offsets, hashes and quotes refer to) and the facts
// a citation names. Built on the server from the content store and served as a
// static JSON file next to the passage pages, so the document page does not
// carry a second copy of its text in its first load.

import type { SegmentModel } from '@/lib/content/model';
import type { CitationMeta, CitationPerson } from './citation';

export type Bilingual = { zh: string; en: string };

export type ShareSegment = Pick<SegmentModel, 'id' | 'kind' | 'zh' | 'en'>;

export type ShareDocument = {
  slug: string;
  title: Bilingual;
  published: string;
  reporter: Bilingual;
  source: Bilingual;
  segments: ShareSegment[];
};

type DocumentLike = {
  meta: { slug: string; title: Bilingual; published: string; reporter: Bilingual; source: Bilingual };
  segments: readonly SegmentModel[];
};

export function shareDocumentOf(document: DocumentLike): ShareDocument {
  const { meta } = document;
  return {
    slug: meta.slug,
    title: { zh: meta.title.zh, en: meta.title.en },
    published: meta.published,
    reporter: { zh: meta.reporter.zh, en: meta.reporter.en },
    source: { zh: meta.source.zh, en: meta.source.en },
    segments: document.segments.map((segment) => ({ id: segment.id, kind: segment.kind, zh: segment.zh, en: segment.en })),
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

export function citationMetaOf(document: Pick<ShareDocument, 'slug' | 'title' | 'published' | 'reporter' | 'source'>): CitationMeta {
  return {
    slug: document.slug,
    titleZh: document.title.zh,
    titleEn: document.title.en,
    publisher: { zh: document.source.zh, en: document.source.en },
    reporters: reportersOf(document.reporter),
    published: document.published,
  };
}

/** Today as YYYY-MM-DD in the reader's own time zone (the date they accessed the text). */
export function localIsoDate(date: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
