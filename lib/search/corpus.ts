// Content store → the inputs of buildSearchPayload. Pure and type-only on the
// content side, so the route handler, the benchmark and tests share one mapping.

import type { SegmentModel } from '@/lib/content/model';
import type { Bilingual } from './payload';
import { buildSearchPayload, type GlossaryEntry, type IndexSegment } from './build-index';
import { buildCorpusFoldMap } from './fold-build';
import { splitPayload, type SearchCore, type SearchPayload, type SearchShard } from './payload';

/** The parts of a loaded document the index needs (structurally a LoadedDocument). */
export type CorpusDocument = {
  meta: { slug: string; title: Bilingual; shortTitle?: Bilingual | undefined };
  segments: readonly SegmentModel[];
};

export type Corpus = { segments: IndexSegment[]; glossary: GlossaryEntry[] };

/** Segments in reading order, each with its document and its section's heading text. */
export function corpusOf(documents: readonly CorpusDocument[], glossary: readonly GlossaryEntry[]): Corpus {
  const segments: IndexSegment[] = [];
  for (const { meta, segments: docSegments } of documents) {
    const byId = new Map(docSegments.map((segment) => [segment.id, segment]));
    for (const segment of docSegments) {
      const heading = segment.section ? byId.get(segment.section) : undefined;
      segments.push({
        ...segment,
        doc: meta.slug,
        docTitle: { zh: meta.title.zh, en: meta.title.en },
        docShort: meta.shortTitle ?? meta.title,
        sectionTitle: heading ? { zh: heading.zh.join(''), en: heading.en.join(' ') } : null,
      });
    }
  }
  // Only the fields the payload keeps: the glossary has explanations the search never shows.
  const entries = glossary.map(({ id, zh, aliases, pinyin, en, enForms }) => ({ id, zh, aliases, pinyin, en, enForms }));
  return { segments, glossary: entries };
}

/** The whole static payload for a set of documents and a glossary. */
export function payloadOf(documents: readonly CorpusDocument[], glossary: readonly GlossaryEntry[]): SearchPayload {
  const corpus = corpusOf(documents, glossary);
  return buildSearchPayload(corpus.segments, corpus.glossary, buildCorpusFoldMap(corpus.segments, corpus.glossary));
}

/** The static files the browser loads: the core and one shard per document. */
export function searchFilesOf(
  documents: readonly CorpusDocument[],
  glossary: readonly GlossaryEntry[],
  shardUrl: (slug: string) => string,
): { core: SearchCore; shards: SearchShard[] } {
  return splitPayload(payloadOf(documents, glossary), shardUrl);
}
