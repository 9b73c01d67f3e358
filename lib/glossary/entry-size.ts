import type { GlossaryEntry } from '@/lib/content/schema';

/*
 * What a glossary entry's placeholder height is estimated from while the browser skips it
 * (content-visibility in components/glossary/glossary.css): the widths of its heading and its
 * explanation, in ems of their own type, written into the static HTML at build time. Measured in
 * Chromium on the glossary at 360 to 1280 px: a Han character takes 1.15 em of a line (a line
 * rarely ends flush), any other character 0.57 em; the heading's pinyin 0.5 em, its English
 * (semibold) 0.58 em, its Chinese 1.25 em (set larger), and its two gaps 1.5 em.
 */

declare module 'react' {
  interface CSSProperties {
    '--title'?: number;
    '--text'?: number;
  }
}

export type EntrySize = { '--title': number; '--text': number };

const han = /\p{Script=Han}/u;

/** The width of prose in ems: Han characters and the rest (lib/glossary: measured widths above). */
function proseEm(text: string): number {
  let em = 0;
  for (const char of text) em += han.test(char) ? 1.15 : 0.57;
  return em;
}

export function entrySize(entry: Pick<GlossaryEntry, 'zh' | 'pinyin' | 'en'>, explanation: string): EntrySize {
  const title = [...entry.zh].length * 1.25 + entry.pinyin.length * 0.5 + entry.en.length * 0.58 + 1.5;
  return { '--title': Math.round(title), '--text': Math.round(proseEm(explanation)) };
}
