// URLs of the search feature. Browser-safe and free of FlexSearch (see snippet.ts).

/**
 * The `hl` parameter repeats the query so the document page can highlight it.
 * Capped like the query itself (encoder.ts MAX_QUERY_CHARS, not imported here
 * because encoder.ts pulls in FlexSearch): longer input is never matched anyway.
 */
const MAX_HL_CHARS = 256;

export function capForUrl(query: string): string {
  return Array.from(query.trim()).slice(0, MAX_HL_CHARS).join('');
}

/** A result: the document, scrolled to the segment, with the query to highlight. The fragment comes last. */
export function resultHref(locale: string, doc: string, segmentId: string, query: string): string {
  const hl = capForUrl(query);
  const search = hl ? `?hl=${encodeURIComponent(hl)}` : '';
  return `/${locale}/documents/${encodeURIComponent(doc)}${search}#${encodeURIComponent(segmentId)}`;
}

export function termHref(locale: string, termId: string): string {
  return `/${locale}/glossary/${encodeURIComponent(termId)}`;
}

/** The shareable results page for a query. */
export function searchPageHref(locale: string, query: string): string {
  const q = capForUrl(query);
  return q ? `/${locale}/search?q=${encodeURIComponent(q)}` : `/${locale}/search`;
}
