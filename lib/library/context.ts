// The library as the pages that link documents see it: which terms lead to which document, who
// mentions whom, and every document's short title. Pure, on the store's documents.

import { shortTitleOf, type Bilingual } from '@/lib/content/schema';
import { linkTargets, mentionsOf, type LinkTargets, type Mention } from './links';

type Doc = {
  meta: { slug: string; title: Bilingual; shortTitle?: Bilingual | undefined };
  segments: readonly { id: string; terms: readonly string[]; refs: readonly { term: string; at: string }[] }[];
};

export type Library = { links: LinkTargets; mentions: Mention[]; titles: Map<string, Bilingual> };

/** Only listed documents take part: a generated copy neither links nor is linked to. */
export function libraryContext(documents: readonly Doc[], entries: Iterable<{ id: string; document?: string | undefined }>): Library {
  const docs = documents.map(({ meta, segments }) => ({ slug: meta.slug, segments }));
  const links = linkTargets(
    entries,
    docs.map((doc) => doc.slug),
  );
  return {
    links,
    mentions: mentionsOf(docs, links),
    titles: new Map(documents.map(({ meta }) => [meta.slug, shortTitleOf(meta)])),
  };
}
