// Browser-safe glossary helpers: the term card the popover shows and the keys the filter matches.
import type { TermCategory } from '@/lib/content/schema';

export type TermCard = {
  id: string;
  zh: string;
  pinyin: string;
  en: string;
  category: TermCategory;
  /** The explanation in the reader's UI language. */
  explanation: string;
  counts: { zh: string; en: string }[];
  /** In how many of the library's documents the term is marked. */
  documents: number;
  /** The document this term is the title of, when the library holds it. */
  document: { slug: string; title: string } | null;
};

/** Pinyin without tones, spaces or apostrophes: yī wǎng tōng bàn → yiwangtongban; ü → v as typed. */
export function pinyinKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[üǖǘǚǜ]/g, 'v')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s'’·-]+/g, '');
}

type Searchable = { zh: string; aliases: string[]; pinyin: string; en: string; enForms: string[]; otherRenderings: string[] };

/** Everything a reader might type for a term, lower-cased; pinyin also without tones and spaces. */
export function filterKeys(entry: Searchable): string[] {
  return [
    entry.zh,
    ...entry.aliases,
    entry.en.toLowerCase(),
    ...entry.enForms.map((form) => form.toLowerCase()),
    ...entry.otherRenderings.map((form) => form.toLowerCase()),
    pinyinKey(entry.pinyin),
  ];
}

export function matchesFilter(keys: string[], query: string): boolean {
  const text = query.trim().toLowerCase();
  if (!text) return true;
  const pinyin = pinyinKey(text);
  return keys.some((key) => key.includes(text) || (pinyin.length > 0 && key.includes(pinyin)));
}

const toneOf: Record<string, string> = {};
for (const [tone, letters] of Object.entries({ '1': 'āēīōūǖ', '2': 'áéíóúǘń', '3': 'ǎěǐǒǔǚň', '4': 'àèìòùǜǹ' })) {
  for (const letter of letters) toneOf[letter] = tone;
}

/** Tone numbers in syllable order (neutral tone 5), to order bā before bá before bǎ. */
function tones(pinyin: string): string {
  return pinyin
    .toLowerCase()
    .split(/\s+/)
    .map((syllable) => [...syllable].map((char) => toneOf[char]).find(Boolean) ?? '5')
    .join('');
}

export function byPinyin<T extends { pinyin: string }>(a: T, b: T): number {
  return pinyinKey(a.pinyin).localeCompare(pinyinKey(b.pinyin)) || tones(a.pinyin).localeCompare(tones(b.pinyin));
}

/*
 * What the filter reads from each entry of the glossary's static list (components/glossary/
 * glossary-list.tsx writes it; the list is never hydrated, so the filter gets no props per term).
 */
export const filterAttr = {
  entry: 'data-glossary-entry',
  group: 'data-glossary-group',
  keys: 'data-filter-keys',
  documents: 'data-documents',
} as const;

/** An entry's keys (filterKeys) and the slugs of the documents it occurs in, as attributes. */
export function filterAttributes(keys: readonly string[], documents: readonly string[]): Record<string, string> {
  // Keys are names and renderings, each on one line; slugs have no spaces.
  return { [filterAttr.keys]: keys.join('\n'), [filterAttr.documents]: documents.join(' ') };
}

/** Whether the entry with these attributes passes the filter: a text query, and a document ('' for any). */
export function entryMatches(read: (name: string) => string | null, query: string, documentSlug: string): boolean {
  const keys = (read(filterAttr.keys) ?? '').split('\n');
  const documents = (read(filterAttr.documents) ?? '').split(' ');
  return matchesFilter(keys, query) && (documentSlug === '' || documents.includes(documentSlug));
}
