import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { content } from '@/lib/content/load';
import type { TermCard } from '@/lib/glossary/glossary';
import { documentsWithTerm } from '@/lib/library/facts';

// The glossary cards the term popover shows, per UI locale: one static file fetched on the
// first hover, focus or tap of a term instead of riding in every document page's payload.
export const dynamic = 'force-static';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  const { entries } = await content.getGlossary();
  const documents = await content.getDocuments();
  const cards: Record<string, TermCard> = {};
  for (const entry of entries) {
    const titled = documents.find((document) => document.meta.slug === entry.document);
    cards[entry.id] = {
      id: entry.id,
      zh: entry.zh,
      pinyin: entry.pinyin,
      en: entry.en,
      category: entry.category,
      explanation: entry.explanation[locale],
      counts: entry.counts ?? [],
      documents: documentsWithTerm(documents, entry.id).length,
      document: titled ? { slug: titled.meta.slug, title: titled.meta.title[locale] } : null,
    };
  }
  return Response.json(cards);
}
