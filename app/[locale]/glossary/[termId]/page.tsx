import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { routing } from '@/i18n/routing';
import { content } from '@/lib/content/load';
import { splitMatches } from '@/lib/glossary/mark-forms';
import { alternates, siteUrl } from '@/lib/routes/site-url';

type Props = { params: Promise<{ locale: string; termId: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  const { entries } = await content.getGlossary();
  return routing.locales.flatMap((locale) => entries.map((entry) => ({ locale, termId: entry.id })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, termId } = await params;
  const entry = (await content.getGlossary()).byId.get(termId);
  if (!entry || !hasLocale(routing.locales, locale)) return {};
  const path = `/glossary/${termId}`;
  return {
    title: `${entry.zh} ${entry.en}`,
    description: entry.explanation[locale],
    alternates: { canonical: `${siteUrl}/${locale}${path}`, languages: alternates(path) },
  };
}

function Marked({ text, forms }: { text: string; forms: string[] }) {
  return splitMatches(text, forms).map((part, index) => (part.hit ? <mark key={index}>{part.text}</mark> : part.text));
}

export default async function TermPage({ params }: Props) {
  const { locale, termId } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const glossary = await content.getGlossary();
  const entry = glossary.byId.get(termId);
  if (!entry) notFound();
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  const documents = await content.getDocuments();
  const zhForms = [entry.zh, ...entry.aliases];
  const enForms = [entry.en, ...entry.enForms];

  // Every passage that marks the term: the Chinese sentences that name it and their English.
  const occurrences = documents.flatMap((document) =>
    document.segments
      .filter((segment) => segment.terms.includes(entry.id))
      .map((segment) => {
        const indices = segment.zh.flatMap((sentence, index) => (zhForms.some((form) => sentence.includes(form)) ? [index] : []));
        const picked = indices.length > 0 ? indices : [0];
        return {
          key: `${document.meta.slug}#${segment.id}`,
          href: `/${locale}/documents/${document.meta.slug}#${segment.id}`,
          title: document.meta.title[locale],
          zh: picked.map((index) => segment.zh[index]).join(''),
          en: picked.map((index) => segment.en[index]).join(' '),
        };
      }),
  );

  return (
    <main id="main" className="page-narrow term-page">
      <p className="term-page-back">
        <a href={`/${locale}/glossary`}>{t('allTerms')}</a>
      </p>
      <h1 className="term-page-title">
        <span lang="zh-CN" className="term-page-zh">
          {entry.zh}
        </span>{' '}
        <span lang="en" className="term-page-en">
          {entry.en}
        </span>
      </h1>
      <dl className="term-facts">
        <div>
          <dt>{t('pinyin')}</dt>
          <dd lang="zh-Latn">{entry.pinyin}</dd>
        </div>
        <div>
          <dt>{t('english')}</dt>
          <dd lang="en">{entry.en}</dd>
        </div>
        {entry.otherRenderings.length > 0 && (
          <div>
            <dt>{t('otherRenderings')}</dt>
            <dd lang="en">{entry.otherRenderings.join('; ')}</dd>
          </div>
        )}
        <div>
          <dt>{t('categoryLabel')}</dt>
          <dd>{t(`category.${entry.category}`)}</dd>
        </div>
      </dl>
      <section aria-labelledby="explanation" className="term-section">
        <h2 id="explanation">{t('explanation')}</h2>
        <p>{entry.explanation[locale]}</p>
        <p className="term-other-lang" lang={locale === 'zh' ? 'en' : 'zh-CN'}>
          {entry.explanation[locale === 'zh' ? 'en' : 'zh']}
        </p>
      </section>
      {entry.counts && entry.counts.length > 0 && (
        <section aria-labelledby="counts" className="term-section">
          <h2 id="counts">{t('counts')}</h2>
          <ol className="term-counts">
            {entry.counts.map((item) => (
              <li key={item.zh}>
                <span lang="zh-CN">{item.zh}</span> — <span lang="en">{item.en}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
      {entry.sourceNote && (
        <section aria-labelledby="source-note" className="term-section">
          <h2 id="source-note">{t('sourceNote')}</h2>
          <p>{entry.sourceNote[locale]}</p>
        </section>
      )}
      {entry.related.length > 0 && (
        <section aria-labelledby="related" className="term-section">
          <h2 id="related">{t('related')}</h2>
          <ul className="term-related">
            {entry.related.map((id) => {
              const related = glossary.byId.get(id);
              return related ? (
                <li key={id}>
                  <a href={`/${locale}/glossary/${id}`}>
                    <span lang="zh-CN">{related.zh}</span> <span lang="en">{related.en}</span>
                  </a>
                </li>
              ) : null;
            })}
          </ul>
        </section>
      )}
      <section aria-labelledby="occurrences" className="term-section">
        <h2 id="occurrences">
          {t('occurrences')} <span className="term-count">({t('occurrencesCount', { count: occurrences.length })})</span>
        </h2>
        <ol className="occurrences">
          {occurrences.map((occurrence) => (
            <li key={occurrence.key} className="occurrence">
              <p lang="zh-CN" className="occurrence-zh">
                <Marked text={occurrence.zh} forms={zhForms} />
              </p>
              <p lang="en" className="occurrence-en">
                <Marked text={occurrence.en} forms={enForms} />
              </p>
              <a href={occurrence.href} className="occurrence-link">
                {t('readPassage')}
                <span className="sr-only">: {occurrence.title}</span>
              </a>
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
