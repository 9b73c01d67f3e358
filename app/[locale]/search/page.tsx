import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SearchPageClient } from '@/components/search/search-page.client';
import { FirstScreenEnd } from '@/components/site/first-screen-end';
import { ClientMessages } from '@/i18n/client-messages';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { localPaths, routes } from '@/lib/routes/routes';
import { pageAlternates } from '@/lib/routes/site-url';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  if (!locale) return {};
  const t = await getTranslations({ locale, namespace: 'Search' });
  return {
    title: t('pageTitle'),
    description: t('metaDescription'),
    alternates: pageAlternates(locale, localPaths.search()),
    // Result lists are not pages worth indexing; the texts they point to are.
    robots: { index: false, follow: true },
  };
}

// Static: the query is read in the browser, where the search runs.
export default async function SearchPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Search' });

  return (
    <main id="main" className="page-narrow search-page mx-auto max-w-3xl px-4 pt-8 pb-16">
      <h1 className="mb-3 text-3xl leading-tight font-bold">{t('pageTitle')}</h1>
      <p className="mb-6 text-muted">{t('pageIntro')}</p>
      <div className="no-js-only grid gap-2 rounded-xl border border-line bg-surface px-5 py-4">
        <p>{t('noJs')}</p>
        <p>
          <a href={routes.glossary(locale)}>{t('glossaryLink')}</a>
        </p>
      </div>
      <ClientMessages keys={['Search']}>
        <SearchPageClient />
      </ClientMessages>
      <FirstScreenEnd />
    </main>
  );
}
