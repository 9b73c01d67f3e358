import { getTranslations } from 'next-intl/server';
import { DateText } from '@/components/site/date-text';
import { htmlLang, otherLang, type AppLocale } from '@/i18n/routing';
import type { LoadedDocument } from '@/lib/content/store';
import { routes } from '@/lib/routes/routes';

type Props = { locale: AppLocale; documents: LoadedDocument[] };

/** The library's documents, newest first, each titled in both languages. */
export async function DocumentList({ locale, documents }: Props) {
  const t = await getTranslations({ locale, namespace: 'Library' });
  const other = otherLang(locale);
  return (
    <>
      <p className="mb-2 text-sm text-muted">{t('count', { count: documents.length })}</p>
      <ul className="grid gap-4">
        {documents.map(({ meta }) => (
          <li key={meta.slug} className="rounded-xl border border-line bg-surface p-5">
            <article>
              <h2 className="text-xl leading-[1.35] font-bold">
                <a href={routes.document(locale, meta.slug)} lang={htmlLang(locale)} className="text-ink no-underline hover:underline">
                  {meta.title[locale]}
                </a>
              </h2>
              <p className="mt-1 text-muted" lang={htmlLang(other)}>
                {meta.title[other]}
              </p>
              <p className="mt-2 text-sm text-muted">
                <DateText iso={meta.published} locale={locale} />
                {' · '}
                {t('source', { source: meta.source[locale] })}
              </p>
              <p className="mt-2">{meta.summary[locale]}</p>
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}
