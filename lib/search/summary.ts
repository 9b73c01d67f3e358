// The one-line answer the search UI shows and announces (live region).
// Browser-safe and free of FlexSearch. Placeholders are filled as plain text.

import type { SearchLabels } from './labels';

type Counts = { terms: number; passages: number };
type SummaryLabels = Pick<SearchLabels, 'termsOne' | 'termsOther' | 'passagesOne' | 'passagesOther'>;

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole: string, key: string) => (key in values ? String(values[key]) : whole));
}

function plural(locale: string, count: number, one: string, other: string): string {
  return fill(new Intl.PluralRules(locale).select(count) === 'one' ? one : other, { count });
}

/** "1 glossary term and 12 passages"; '' when nothing matched (the caller says so in its own words). */
export function countSummary(locale: string, labels: SummaryLabels, { terms, passages }: Counts): string {
  const parts: string[] = [];
  if (terms > 0) parts.push(plural(locale, terms, labels.termsOne, labels.termsOther));
  if (passages > 0) parts.push(plural(locale, passages, labels.passagesOne, labels.passagesOther));
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(parts);
}

/** A query as quoted back to the reader: one line, at most `max` characters. */
export function quoteQuery(query: string, max = 60): string {
  const flat = query.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : flat;
}
