import { getTranslations } from 'next-intl/server';
import { htmlLang, otherLang, type AppLocale } from '@/i18n/routing';
import type { GlossaryEntry } from '@/lib/content/schema';
import { routes } from '@/lib/routes/routes';

type Props = { locale: AppLocale; entry: GlossaryEntry; glossary: ReadonlyMap<string, GlossaryEntry> };

/** A term page's head: the term, its facts, what it means, what its number counts, related terms. */
export async function TermEntry({ locale, entry, glossary }: Props) {
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  const card = await getTranslations({ locale, namespace: 'TermCard' });
  const other = otherLang(locale);
  return (
    <>
      <p className="term-page-back">
        <a href={routes.glossary(locale)}>{t('allTerms')}</a>
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
          <dt>{card('pinyin')}</dt>
          <dd lang="zh-Latn">{entry.pinyin}</dd>
        </div>
        <div>
          <dt>{card('english')}</dt>
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
          <dd>{card(`category.${entry.category}`)}</dd>
        </div>
      </dl>
      <section aria-labelledby="explanation" className="term-section">
        <h2 id="explanation">{t('explanation')}</h2>
        <p>{entry.explanation[locale]}</p>
        <p className="term-other-lang" lang={htmlLang(other)}>
          {entry.explanation[other]}
        </p>
      </section>
      {entry.counts && entry.counts.length > 0 && (
        <section aria-labelledby="counts" className="term-section">
          <h2 id="counts">{card('counts')}</h2>
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
              const related = glossary.get(id);
              return related ? (
                <li key={id}>
                  <a href={routes.term(locale, id)}>
                    <span lang="zh-CN">{related.zh}</span> <span lang="en">{related.en}</span>
                  </a>
                </li>
              ) : null;
            })}
          </ul>
        </section>
      )}
    </>
  );
}
