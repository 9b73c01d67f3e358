// The contract between the always-loaded word lookup and the card it loads on intent.

import type { WordInfo } from '@/lib/dictionary/lookup';

export type OpenWord = {
  /** Null when the dictionary could not be loaded: the card says so. */
  info: WordInfo | null;
  range: Range | null;
  via: 'preview' | 'press';
  key: string;
};
