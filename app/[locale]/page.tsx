import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DateText } from '@/components/site/date-text';
import { routing } from '@/i18n/routing';
import { content } from '@/lib/content/load';
import { alternates, siteUrl } from '@/lib/routes/site-url';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Meta' });
  return {
    // The layout's title template does not reach a page in its own segment.
    title: { absolute: `${t('libraryTitle')} · ${t('siteName')}` },
    description: t('libraryDescription'),
    alternates: { canonical: `${siteUrl}/${locale}`, languages: alternates('') },
  };
}

export default async function LibraryPage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Library' });
  const documents = await content.getDocuments();
  const other = locale === 'zh' ? 'en' : 'zh';

  return (
    <main id="main" className="page-narrow">
      <h1 className="page-title">{t('heading')}</h1>
      <p className="page-intro">{t('intro')}</p>
      <p className="library-count">{t('count', { count: documents.length })}</p>
      <ul className="library-list">
        {documents.map(({ meta }) => (
          <li key={meta.slug} className="library-item">
            <article>
              <h2 className="library-title">
                <a href={`/${locale}/documents/${meta.slug}`} lang={locale === 'zh' ? 'zh-CN' : 'en'}>
                  {meta.title[locale]}
                </a>
              </h2>
              <p className="library-title-other" lang={other === 'zh' ? 'zh-CN' : 'en'}>
                {meta.title[other]}
              </p>
              <p className="library-meta">
                <DateText iso={meta.published} locale={locale} />
                {' · '}
                {t('source', { source: meta.source[locale] })}
              </p>
              <p className="library-summary">{meta.summary[locale]}</p>
            </article>
          </li>
        ))}
      </ul>
    </main>
  );
}
