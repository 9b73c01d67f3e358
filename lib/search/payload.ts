// Shape of the static search files. Written by build-index.ts at build time, read by query.ts in
// the browser. Plain JSON values only.
//
// Served as one small core (/search-index.json: the fold map, the glossary and the shards' URLs)
// and one shard per document (/search-index/<slug>.json: its texts), so each file grows with one
// document, not with the library. The browser builds the FlexSearch index from the texts (the
// same encoder as at build time): shipping the index too would double every shard.

import type { SegmentKind } from '@/lib/content/model';

/** Bump when the shape or the encoder changes: an old file would match wrongly. */
export const PAYLOAD_VERSION = 3;

export type Bilingual = { zh: string; en: string };

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A document of the library; `short` names it where space is tight (result groups, filters). */
export type PayloadDoc = { slug: string; title: Bilingual; short: Bilingual };

export type PayloadSegment = {
  /** Segment id (the DOM id in the reader). */
  id: string;
  kind: SegmentKind;
  /** Index into `docs`. */
  d: number;
  /** Index into `sections`, or -1. */
  s: number;
  zh: string[];
  en: string[];
  /** Indexes into `terms` of the glossary terms marked in this segment. */
  t: number[];
};

export type PayloadTerm = {
  id: string;
  zh: string;
  aliases: string[];
  pinyin: string;
  en: string;
  enForms: string[];
};

/** Everything the searcher needs, as one object: what the core and its shards merge into. */
export type SearchPayload = {
  v: typeof PAYLOAD_VERSION;
  /** Traditional→Simplified fold map as alternating code points (see foldToString). */
  fold: string;
  docs: PayloadDoc[];
  sections: Bilingual[];
  /** In reading order; a segment's position here is its FlexSearch id. */
  segments: PayloadSegment[];
  terms: PayloadTerm[];
};

/** /search-index.json: what every search needs, and where each document's texts are. */
export type SearchCore = Pick<SearchPayload, 'v' | 'fold' | 'terms'> & { shards: string[] };

/** One document's texts; `d` and `s` of its segments count from 0 within the shard. */
export type SearchShard = Pick<SearchPayload, 'v' | 'sections' | 'segments'> & { doc: PayloadDoc };

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null ? { ...value } : null;
}

/** Cheap structural checks for files fetched over the network. */
export function isSearchPayload(value: unknown): value is SearchPayload {
  const v = record(value);
  return (
    v !== null &&
    v.v === PAYLOAD_VERSION &&
    typeof v.fold === 'string' &&
    Array.isArray(v.docs) &&
    Array.isArray(v.sections) &&
    Array.isArray(v.segments) &&
    Array.isArray(v.terms)
  );
}

export function isSearchCore(value: unknown): value is SearchCore {
  const v = record(value);
  return v !== null && v.v === PAYLOAD_VERSION && typeof v.fold === 'string' && Array.isArray(v.terms) && Array.isArray(v.shards);
}

export function isSearchShard(value: unknown): value is SearchShard {
  const v = record(value);
  return v !== null && v.v === PAYLOAD_VERSION && record(v.doc) !== null && Array.isArray(v.sections) && Array.isArray(v.segments);
}

/** The library's payload cut into its core and one shard per document (in library order). */
export function splitPayload(payload: SearchPayload, shardUrl: (slug: string) => string): { core: SearchCore; shards: SearchShard[] } {
  const shards = payload.docs.map((doc, d): SearchShard => {
    const segments = payload.segments.filter((segment) => segment.d === d);
    const used = [...new Set(segments.map((segment) => segment.s).filter((s) => s >= 0))].sort((a, b) => a - b);
    const local = new Map(used.map((s, i) => [s, i]));
    return {
      v: payload.v,
      doc,
      sections: used.flatMap((s) => payload.sections[s] ?? []),
      segments: segments.map((segment) => ({ ...segment, d: 0, s: segment.s >= 0 ? (local.get(segment.s) ?? -1) : -1 })),
    };
  });
  return {
    core: { v: payload.v, fold: payload.fold, terms: payload.terms, shards: payload.docs.map((doc) => shardUrl(doc.slug)) },
    shards,
  };
}

/** The core and its shards back into one payload (shards in the core's order). */
export function mergePayload(core: SearchCore, shards: readonly SearchShard[]): SearchPayload {
  const merged: SearchPayload = { v: core.v, fold: core.fold, docs: [], sections: [], segments: [], terms: core.terms };
  for (const shard of shards) {
    const d = merged.docs.length;
    const base = merged.sections.length;
    merged.docs.push(shard.doc);
    merged.sections.push(...shard.sections);
    for (const segment of shard.segments) merged.segments.push({ ...segment, d, s: segment.s >= 0 ? base + segment.s : -1 });
  }
  return merged;
}
