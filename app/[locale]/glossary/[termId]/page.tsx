import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TermEntry } from '@/components/glossary/term-entry';
import { TermOccurrences } from '@/components/glossary/term-occurrences';
import { FirstScreenEnd } from '@/components/site/first-screen-end';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { content } from '@/lib/content/load';
import { localPaths } from '@/lib/routes/routes';
import { pageAlternates } from '@/lib/routes/site-url';
import { termParams } from '@/lib/routes/static-params';

type Props = { params: Promise<{ locale: string; termId: string }> };

export const dynamicParams = false;

export const generateStaticParams = termParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const { termId } = await params;
  const entry = (await content.getGlossary()).byId.get(termId);
  if (!entry || !locale) return {};
  return {
    title: `${entry.zh} ${entry.en}`,
    description: entry.explanation[locale],
    alternates: pageAlternates(locale, localPaths.term(termId)),
  };
}

export default async function TermPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { termId } = await params;
  const glossary = await content.getGlossary();
  const entry = glossary.byId.get(termId);
  if (!entry) notFound();

  return (
    <main id="main" className="page-narrow term-page mx-auto max-w-3xl px-4 pt-8 pb-16">
      <TermEntry locale={locale} entry={entry} glossary={glossary.byId} />
      <TermOccurrences locale={locale} entry={entry} documents={await content.getDocuments()} />
      <FirstScreenEnd />
    </main>
  );
}
