import type { SegmentModel } from '@/lib/content/model';

/*
 * What a passage's placeholder height is estimated from while the browser skips it
 * (content-visibility in components/reader/reader.css): how much text each language has. Chinese
 * characters set one em each; English is counted in characters, which the stylesheet turns into
 * ems. Both are plain counts of our own content, written into the static HTML at build time.
 */

declare module 'react' {
  interface CSSProperties {
    '--zh'?: number;
    '--en'?: number;
  }
}

export type PassageSize = { '--zh': number; '--en': number };

export function passageSize(segment: Pick<SegmentModel, 'zh' | 'en'>): PassageSize {
  return {
    // Punctuation and digits in the Chinese take about a character's width too.
    '--zh': segment.zh.join('').replace(/\s/g, '').length,
    '--en': segment.en.join(' ').length,
  };
}
