import type { createTranslator, Messages } from 'next-intl';
import type { Bilingual } from '@/lib/content/schema';
import type { LinkTargets, Mention } from '@/lib/library/links';

// The static renderer and the components it renders share these, so neither imports the other.
export type DocumentT = ReturnType<typeof createTranslator<Messages, 'Document'>>;
export type ShareMenuT = ReturnType<typeof createTranslator<Messages, 'Share.menu'>>;

/** What a document's HTML needs to know of the rest of the library. */
export type LibraryContext = { links: LinkTargets; mentions: readonly Mention[]; titles: ReadonlyMap<string, Bilingual> };
