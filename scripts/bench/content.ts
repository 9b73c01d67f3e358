// What the bench measures, derived from the content: the pages of the library (every document's
// pages, not a hard-coded slug) and each document's text alone (the content floor). It reads the
// content store directly (no server-only facade).

import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { appContentStore, createContentStore, type LoadedDocument } from '../../lib/content/store';
import { segmentText } from '../../lib/content/model';
import type { Page, TextFloor } from './types';

export type ContentStore = ReturnType<typeof createContentStore>;

/** The published content, as the real build reads it. */
export const realContent: ContentStore = appContentStore();

/** The content plus a folder of generated documents, as the bench-only build reads it. */
export function contentWith(extraDocuments: string): ContentStore {
  return createContentStore({
    root: path.join(process.cwd(), 'content'),
    cacheDir: path.join(process.cwd(), 'node_modules', '.cache', 'duizhao-mdx'),
    extraDocuments: path.resolve(extraDocuments),
  });
}

/** The search page's query: a phrase the interview uses throughout. */
export const SEARCH_QUERY = '数字经济';

export function documentPath(slug: string, locale = 'en'): string {
  return `/${locale}/documents/${slug}`;
}

/** A document's own pages: the reader, and the passage page of its first paragraph. */
export function documentPages(document: LoadedDocument): Page[] {
  const slug = document.meta.slug;
  const passage = document.segments.find((segment) => segment.kind === 'paragraph') ?? document.segments[0];
  const pages: Page[] = [{ id: `document:${slug}`, name: `document ${slug}`, role: 'document', path: documentPath(slug), slug }];
  if (passage)
    pages.push({
      id: `passage:${slug}`,
      name: `passage ${slug}/${passage.id}`,
      role: 'passage',
      path: `${documentPath(slug)}/passages/${passage.id}`,
      slug,
    });
  return pages;
}

/**
 * Every page role the site has: the library, glossary and search pages, the richest term page
 * (most counts, then most related terms, then the longest explanation), and each document's pages.
 */
export async function sitePages(store: ContentStore = realContent): Promise<Page[]> {
  const [documents, glossary] = await Promise.all([store.getDocuments(), store.getGlossary()]);
  const richness = (entry: (typeof glossary.entries)[number]) => [
    entry.counts?.length ?? 0,
    entry.related.length,
    entry.explanation.en.length,
  ];
  const term = [...glossary.entries].sort((a, b) => {
    const [x, y] = [richness(a), richness(b)];
    for (let index = 0; index < x.length; index++) if ((y[index] ?? 0) !== (x[index] ?? 0)) return (y[index] ?? 0) - (x[index] ?? 0);
    return a.id.localeCompare(b.id);
  })[0];
  const pages: Page[] = [
    { id: 'library', name: 'library', role: 'library', path: '/en' },
    ...documents.flatMap(documentPages),
    { id: 'glossary', name: 'glossary', role: 'glossary', path: '/en/glossary' },
  ];
  if (term) pages.push({ id: `term:${term.id}`, name: `term ${term.id}`, role: 'term', path: `/en/glossary/${term.id}` });
  pages.push({ id: 'search', name: 'search', role: 'search', path: `/en/search?q=${encodeURIComponent(SEARCH_QUERY)}` });
  return pages;
}

/**
 * A document's text alone, as the reader sees it (every segment: Chinese sentences joined with
 * '', English with ' ', one segment per line), raw and gzipped (zlib's default level, as
 * `next start` compresses).
 */
export function textFloor(document: LoadedDocument, { repeated = false }: { repeated?: boolean } = {}): TextFloor {
  const texts = (segments: LoadedDocument['segments']) => {
    const zh = segments.map((segment) => segmentText(segment, 'zh')).join('\n');
    const en = segments.map((segment) => segmentText(segment, 'en')).join('\n');
    return { zh, en, both: `${zh}\n${en}` };
  };
  const { zh, en, both } = texts(document.segments);
  // A long copy's segments by copy: ids ending in -r<n> are copy n (long.ts), the rest copy 1.
  const copies = new Map<string, LoadedDocument['segments']>();
  for (const segment of document.segments) {
    const copy = (repeated && /-r(\d+)$/.exec(segment.id)?.[1]) || '1';
    copies.set(copy, [...(copies.get(copy) ?? []), segment]);
  }
  const gzipBytes = gzipSync(both).length;
  return {
    slug: document.meta.slug,
    segments: document.segments.length,
    zhChars: [...zh].length,
    enChars: en.length,
    rawBytes: Buffer.byteLength(both),
    gzipBytes,
    zhGzipBytes: gzipSync(zh).length,
    enGzipBytes: gzipSync(en).length,
    copies: copies.size,
    floorGzipBytes:
      copies.size === 1 ? gzipBytes : [...copies.values()].reduce((total, segments) => total + gzipSync(texts(segments).both).length, 0),
  };
}
