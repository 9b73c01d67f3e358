// The one-line answer the search UI shows and announces (live region). Browser-safe and free
// of FlexSearch. The phrases are the UI's ICU messages (Search.terms, Search.passages).

import { excerpt } from '@/lib/text/text';

type Counts = { terms: number; passages: number };
type Phrase = (key: 'terms' | 'passages', count: number) => string;

/** "1 glossary term and 12 passages"; '' when nothing matched (the caller says so in its own words). */
export function countSummary(locale: string, { terms, passages }: Counts, phrase: Phrase): string {
  const parts: string[] = [];
  if (terms > 0) parts.push(phrase('terms', terms));
  if (passages > 0) parts.push(phrase('passages', passages));
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(parts);
}

/** A query as quoted back to the reader: one line, at most `max` characters (then "…"). */
export function quoteQuery(query: string, max = 60): string {
  return excerpt(query.replace(/\s+/g, ' ').trim(), max);
}
