// What the library shows to help choose a document: its length and reading time in each
// language. Pure.

type Text = { zh: readonly string[]; en: readonly string[] };

/** Reading speeds for careful reading: Chinese characters and English words per minute. */
export const readingSpeed = { zh: 300, en: 200 } as const;

/** Han characters in the Chinese, words in the English. */
export function lengthOf(segments: readonly Text[]): { zh: number; en: number } {
  let zh = 0;
  let en = 0;
  for (const segment of segments) {
    for (const sentence of segment.zh) zh += sentence.match(/\p{Script=Han}/gu)?.length ?? 0;
    for (const sentence of segment.en) en += sentence.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  }
  return { zh, en };
}

/** Whole minutes, at least one. */
export function readingMinutes(length: { zh: number; en: number }): { zh: number; en: number } {
  return {
    zh: Math.max(1, Math.round(length.zh / readingSpeed.zh)),
    en: Math.max(1, Math.round(length.en / readingSpeed.en)),
  };
}

export type Marked = { meta: { slug: string }; segments: readonly { terms: readonly string[] }[] };

/** The documents (slugs, in the order given) in which a glossary term is marked. */
export function documentsWithTerm(documents: readonly Marked[], termId: string): string[] {
  return documents
    .filter((document) => document.segments.some((segment) => segment.terms.includes(termId)))
    .map((document) => document.meta.slug);
}
