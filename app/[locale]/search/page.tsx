import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { SearchPageClient } from '@/components/search/search-page.client';
import { routing } from '@/i18n/routing';
import { searchLabels } from '@/lib/search/labels';
import { alternates, siteUrl } from '@/lib/routes/site-url';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Search' });
  return {
    title: t('pageTitle'),
    description: t('metaDescription'),
    alternates: { canonical: `${siteUrl}/${locale}/search`, languages: alternates('/search') },
    // Result lists are not pages worth indexing; the texts they point to are.
    robots: { index: false, follow: true },
  };
}

// Static: the query is read in the browser, where the search runs.
export default async function SearchPage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Search' });

  return (
    <main id="main" className="page-narrow search-page">
      <h1 className="page-title">{t('pageTitle')}</h1>
      <p className="page-intro">{t('pageIntro')}</p>
      <div className="search-nojs">
        <p>{t('noJs')}</p>
        <p>
          <a href={`/${locale}/glossary`}>{t('glossaryLink')}</a>
        </p>
      </div>
      <SearchPageClient locale={locale} labels={await searchLabels(locale)} />
    </main>
  );
}
