// The one-line answer the search UI shows and announces (live region). Browser-safe and free
// of FlexSearch. The phrases are the UI's ICU messages (Search.terms, Search.passages, Search.both).

import { excerpt } from '@/lib/text/text';

type Counts = { terms: number; passages: number };
type Words = {
  count: (key: 'terms' | 'passages', count: number) => string;
  /** Both counts in one phrase: a message, not Intl.ListFormat, whose first use loads the locale's data (12 ms of the search page's start-up). */
  both: (terms: string, passages: string) => string;
};

/** "1 glossary term and 12 passages"; '' when nothing matched (the caller says so in its own words). */
export function countSummary({ terms, passages }: Counts, words: Words): string {
  const termsPart = terms > 0 ? words.count('terms', terms) : '';
  const passagesPart = passages > 0 ? words.count('passages', passages) : '';
  return termsPart && passagesPart ? words.both(termsPart, passagesPart) : termsPart || passagesPart;
}

/** A query as quoted back to the reader: one line, at most `max` characters (then "…"). */
export function quoteQuery(query: string, max = 60): string {
  return excerpt(query.replace(/\s+/g, ' ').trim(), max);
}
