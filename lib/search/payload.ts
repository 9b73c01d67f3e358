// Shape of the static search payload (one JSON file). Written by build-index.ts
// at build time, read by query.ts in the browser. Plain JSON values only.

import type { SegmentKind } from '@/lib/content/model';

/** Bump when the shape or the encoder changes: an old payload would match wrongly. */
export const PAYLOAD_VERSION = 2;

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

export type SearchPayload = {
  v: typeof PAYLOAD_VERSION;
  /** Traditional→Simplified fold map as alternating code points (see foldToString). */
  fold: string;
  docs: PayloadDoc[];
  sections: Bilingual[];
  /** In reading order; a segment's position here is its FlexSearch id. */
  segments: PayloadSegment[];
  terms: PayloadTerm[];
  /** FlexSearch Index export: key → parsed chunk (re-stringified on import). */
  index: Record<string, JsonValue>;
};

/** Cheap structural check for a payload fetched over the network. */
export function isSearchPayload(value: unknown): value is SearchPayload {
  if (typeof value !== 'object' || value === null) return false;
  const v: Record<string, unknown> = { ...value };
  return (
    v.v === PAYLOAD_VERSION &&
    typeof v.fold === 'string' &&
    Array.isArray(v.docs) &&
    Array.isArray(v.sections) &&
    Array.isArray(v.segments) &&
    Array.isArray(v.terms) &&
    typeof v.index === 'object' &&
    v.index !== null
  );
}
