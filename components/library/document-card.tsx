import { getTranslations } from 'next-intl/server';
import { DateText, formatDate } from '@/components/site/date-text';
import { htmlLang, otherLang, type AppLocale } from '@/i18n/routing';
import type { LoadedDocument } from '@/lib/content/store';
import type { Bilingual } from '@/lib/content/schema';
import { lengthOf, readingMinutes } from '@/lib/library/facts';
import type { Mention } from '@/lib/library/links';
import { routes } from '@/lib/routes/routes';

type Props = {
  locale: AppLocale;
  document: LoadedDocument;
  mentions: readonly Mention[];
  titles: ReadonlyMap<string, Bilingual>;
};

/**
 * One document as the library presents it: what kind of text it is, who issued or published it
 * and when, how long it is in each language, and which documents of the library it names or is
 * named by.
 */
export async function DocumentCard({ locale, document: { meta, segments }, mentions, titles }: Props) {
  const t = await getTranslations({ locale, namespace: 'Library' });
  const other = otherLang(locale);
  const length = lengthOf(segments);
  const minutes = readingMinutes(length);
  const out = mentions.filter((m) => m.from === meta.slug).map((m) => m.to);
  const into = mentions.filter((m) => m.to === meta.slug).map((m) => m.from);
  const related = (label: string, slugs: string[]) =>
    slugs.length > 0 ? (
      <div className="flex flex-wrap gap-x-2">
        <dt className="font-semibold text-ink after:content-[':']">{label}</dt>
        <dd>
          <ul className="flex flex-wrap gap-x-3">
            {slugs.map((slug) => (
              <li key={slug}>
                <a href={routes.document(locale, slug)} lang={htmlLang(locale)} className="text-link underline">
                  {titles.get(slug)?.[locale] ?? slug}
                </a>
              </li>
            ))}
          </ul>
        </dd>
      </div>
    ) : null;
  return (
    <article className="rounded-xl border border-line bg-surface p-5" data-document={meta.slug}>
      <p className="mb-1 text-13 font-semibold tracking-wide text-accent uppercase">{t(`kind.${meta.kind}`)}</p>
      <h2 className="text-xl leading-[1.35] font-bold">
        <a href={routes.document(locale, meta.slug)} lang={htmlLang(locale)} className="text-ink no-underline hover:underline">
          {meta.title[locale]}
        </a>
      </h2>
      <p className="mt-1 text-muted" lang={htmlLang(other)}>
        {meta.title[other]}
      </p>
      <p className="mt-2 text-sm text-muted">
        {meta.kind === 'regulation' ? (
          <>
            {meta.issuer[locale]}
            {' · '}
            {t.rich('adopted', { date: formatDate(meta.adopted, locale), d: (chunks) => <time dateTime={meta.adopted}>{chunks}</time> })}
            {' · '}
            {t.rich('inForce', { date: formatDate(meta.inForce, locale), d: (chunks) => <time dateTime={meta.inForce}>{chunks}</time> })}
          </>
        ) : (
          <>
            {t('by', { source: meta.source[locale] })}
            {' · '}
            <DateText iso={meta.published} locale={locale} />
          </>
        )}
      </p>
      <p className="mt-2">{meta.summary[locale]}</p>
      <dl className="mt-3 grid gap-1 text-sm text-muted">
        <div className="flex flex-wrap gap-x-2">
          <dt className="font-semibold text-ink after:content-[':']">{t('length')}</dt>
          <dd>
            <ul className="flex flex-wrap gap-x-3">
              <li>{t('lengthZh', { count: length.zh, minutes: minutes.zh })}</li>
              <li>{t('lengthEn', { count: length.en, minutes: minutes.en })}</li>
            </ul>
          </dd>
        </div>
        {related(t('mentions'), out)}
        {related(t('mentionedIn'), into)}
      </dl>
    </article>
  );
}
