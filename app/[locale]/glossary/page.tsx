import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { GlossaryFilter } from '@/components/glossary/glossary-filter.client';
import { FirstScreenEnd } from '@/components/site/first-screen-end';
import { StaticHtml } from '@/components/site/static-html.client';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { content } from '@/lib/content/load';
import { shortTitleOf } from '@/lib/content/schema';
import { localPaths } from '@/lib/routes/routes';
import { pageAlternates } from '@/lib/routes/site-url';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  if (!locale) return {};
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  return { title: t('title'), description: t('description'), alternates: pageAlternates(locale, localPaths.glossary()) };
}

export default async function GlossaryPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  const filter = await getTranslations({ locale, namespace: 'GlossaryFilter' });
  const { entries } = await content.getGlossary();
  const documents = await content.getDocuments();

  return (
    <main id="main" className="page-narrow glossary-page mx-auto max-w-3xl px-4 pt-8 pb-16">
      <h1 className="mb-3 text-3xl leading-tight font-bold">{t('title')}</h1>
      <p className="mb-6 text-muted">{t('intro')}</p>
      <GlossaryFilter
        total={entries.length}
        documents={documents.map((document) => ({ slug: document.meta.slug, title: shortTitleOf(document.meta)[locale] }))}
        strings={{
          label: filter('label'),
          hint: filter('hint'),
          document: filter('document'),
          allDocuments: filter('allDocuments'),
          // Filled in the browser, which alone knows the count and the query.
          shown: filter('shown', { shown: '{shown}' }),
          noMatch: filter('noMatch', { query: '{query}' }),
        }}
      />
      {/* The list is static HTML, never hydrated (see static-html.client.tsx): the filter hides its entries in place. */}
      <StaticHtml locale={locale} fragment={{ page: 'glossary', name: 'list' }} />
      <FirstScreenEnd />
    </main>
  );
}
