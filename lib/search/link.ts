// The query as URLs carry it (?q= on the search page, ?hl= on a result). Browser-safe and free
// of FlexSearch (see snippet.ts); the URLs themselves come from lib/routes/routes.ts.

/**
 * Capped like the query itself (encoder.ts MAX_QUERY_CHARS, not imported here because encoder.ts
 * pulls in FlexSearch): longer input is never matched anyway.
 */
const MAX_URL_QUERY_CHARS = 256;

export function capForUrl(query: string): string {
  return Array.from(query.trim()).slice(0, MAX_URL_QUERY_CHARS).join('');
}
