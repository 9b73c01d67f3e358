// Build-time: segments + glossary → the JSON payload the browser searches (see payload.ts).
// Pure (no fs): the caller decides where the JSON goes.

import { segmentText, type SegmentModel } from '@/lib/content/model';
import { foldToString } from './encoder';
import type { FoldMap } from './tokens';
import { PAYLOAD_VERSION, type Bilingual, type PayloadSegment, type SearchPayload } from './payload';

export type IndexSegment = Pick<SegmentModel, 'id' | 'kind' | 'section' | 'zh' | 'en' | 'terms'> & {
  doc: string;
  docTitle: Bilingual;
  /** The document's short title (defaults to its title). */
  docShort?: Bilingual;
  sectionTitle: Bilingual | null;
};

export type GlossaryEntry = {
  id: string;
  zh: string;
  aliases?: string[];
  pinyin: string;
  en: string;
  enForms?: string[];
};

/** The text FlexSearch indexes for a segment; the newline stops bigrams and words bridging languages. */
export function indexedText(segment: Pick<SegmentModel, 'zh' | 'en'>): string {
  return `${segmentText(segment, 'zh')}\n${segmentText(segment, 'en')}`;
}

export function buildSearchPayload(segments: readonly IndexSegment[], glossary: readonly GlossaryEntry[], fold: FoldMap): SearchPayload {
  const docs: SearchPayload['docs'] = [];
  const docIndex = new Map<string, number>();
  const sections: Bilingual[] = [];
  const sectionIndex = new Map<string, number>();
  const termIndex = new Map<string, number>();

  const terms = glossary.map((entry, i) => {
    termIndex.set(entry.id, i);
    return {
      id: entry.id,
      zh: entry.zh,
      aliases: entry.aliases ?? [],
      pinyin: entry.pinyin,
      en: entry.en,
      enForms: entry.enForms ?? [],
    };
  });

  const out: PayloadSegment[] = segments.map((segment) => {
    let d = docIndex.get(segment.doc);
    if (d === undefined) {
      d = docs.length;
      const short = segment.docShort ?? segment.docTitle;
      docs.push({
        slug: segment.doc,
        title: { zh: segment.docTitle.zh, en: segment.docTitle.en },
        short: { zh: short.zh, en: short.en },
      });
      docIndex.set(segment.doc, d);
    }
    let s = -1;
    if (segment.sectionTitle) {
      const key = JSON.stringify([d, segment.sectionTitle.zh, segment.sectionTitle.en]);
      const known = sectionIndex.get(key);
      if (known === undefined) {
        s = sections.length;
        sections.push({ zh: segment.sectionTitle.zh, en: segment.sectionTitle.en });
        sectionIndex.set(key, s);
      } else {
        s = known;
      }
    }
    const t: number[] = [];
    for (const id of segment.terms) {
      const ti = termIndex.get(id);
      if (ti !== undefined && !t.includes(ti)) t.push(ti);
    }
    return { id: segment.id, kind: segment.kind, d, s, zh: [...segment.zh], en: [...segment.en], t };
  });

  return {
    v: PAYLOAD_VERSION,
    fold: foldToString(fold),
    docs,
    sections,
    segments: out,
    terms,
  };
}
