import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DocumentList } from '@/components/library/document-list';
import { FirstScreenEnd } from '@/components/site/first-screen-end';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { content } from '@/lib/content/load';
import { libraryContext } from '@/lib/library/context';
import { localPaths } from '@/lib/routes/routes';
import { pageAlternates } from '@/lib/routes/site-url';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  if (!locale) return {};
  const t = await getTranslations({ locale, namespace: 'Meta' });
  return {
    // The layout's title template does not reach a page in its own segment.
    title: { absolute: `${t('libraryTitle')} · ${t('siteName')}` },
    description: t('libraryDescription'),
    alternates: pageAlternates(locale, localPaths.library()),
  };
}

export default async function LibraryPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Library' });
  const documents = await content.getDocuments();
  const glossary = await content.getGlossary();
  return (
    <main id="main" className="page-narrow mx-auto max-w-3xl px-4 pt-8 pb-16">
      <h1 className="mb-3 text-3xl leading-tight font-bold">{t('heading')}</h1>
      <p className="mb-6 text-muted">{t('intro')}</p>
      <DocumentList locale={locale} documents={documents} library={libraryContext(documents, glossary.entries)} />
      <FirstScreenEnd />
    </main>
  );
}
