import { getTranslations } from 'next-intl/server';
import { DateText } from '@/components/site/date-text';
import { htmlLang, otherLang, type AppLocale } from '@/i18n/routing';
import type { LoadedDocument } from '@/lib/content/load';
import { routes } from '@/lib/routes/routes';

type Props = { locale: AppLocale; documents: LoadedDocument[] };

/** The library's documents, newest first, each titled in both languages. */
export async function DocumentList({ locale, documents }: Props) {
  const t = await getTranslations({ locale, namespace: 'Library' });
  const other = otherLang(locale);
  return (
    <>
      <p className="library-count">{t('count', { count: documents.length })}</p>
      <ul className="library-list">
        {documents.map(({ meta }) => (
          <li key={meta.slug} className="library-item">
            <article>
              <h2 className="library-title">
                <a href={routes.document(locale, meta.slug)} lang={htmlLang(locale)}>
                  {meta.title[locale]}
                </a>
              </h2>
              <p className="library-title-other" lang={htmlLang(other)}>
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
    </>
  );
}
