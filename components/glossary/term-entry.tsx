import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { MixedText } from '@/components/site/mixed-text';
import { htmlLang, otherLang, type AppLocale } from '@/i18n/routing';
import type { GlossaryEntry } from '@/lib/content/schema';
import { routes } from '@/lib/routes/routes';
import { TermSection } from './term-section';

type Props = { locale: AppLocale; entry: GlossaryEntry; glossary: ReadonlyMap<string, GlossaryEntry> };

/** One of the term's facts: its label, then its value. */
function Fact({ label, lang, children }: { label: string; lang?: string; children: ReactNode }) {
  return (
    <div className="flex flex-wrap gap-x-2">
      <dt className="font-bold after:content-[':']">{label}</dt>
      <dd lang={lang}>{children}</dd>
    </div>
  );
}

/** A term page's head: the term, its facts, what it means, what its number counts, related terms. */
export async function TermEntry({ locale, entry, glossary }: Props) {
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  const card = await getTranslations({ locale, namespace: 'TermCard' });
  const other = otherLang(locale);
  return (
    <>
      <p className="mb-4 text-sm">
        <a href={routes.glossary(locale)}>{t('allTerms')}</a>
      </p>
      <h1 className="mb-4 flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <span lang="zh-CN" className="text-4xl font-bold">
          {entry.zh}
        </span>{' '}
        <span lang="en" className="text-2xl font-semibold">
          {entry.en}
        </span>
      </h1>
      <dl className="grid gap-[0.35rem]">
        <Fact label={card('pinyin')} lang="zh-Latn">
          {entry.pinyin}
        </Fact>
        <Fact label={card('english')} lang="en">
          {entry.en}
        </Fact>
        {entry.otherRenderings.length > 0 && (
          <Fact label={t('otherRenderings')} lang="en">
            {entry.otherRenderings.join('; ')}
          </Fact>
        )}
        <Fact label={t('categoryLabel')}>{card(`category.${entry.category}`)}</Fact>
      </dl>
      <TermSection id="explanation" title={t('explanation')}>
        <p>
          <MixedText text={entry.explanation[locale]} within={locale} />
        </p>
        <p className="mt-2 text-muted" lang={htmlLang(other)}>
          <MixedText text={entry.explanation[other]} within={other} />
        </p>
      </TermSection>
      {entry.counts && entry.counts.length > 0 && (
        <TermSection id="counts" title={card('counts')}>
          <ol className="grid list-decimal gap-1 pl-5">
            {entry.counts.map((item) => (
              <li key={item.zh}>
                <span lang="zh-CN">{item.zh}</span> — <span lang="en">{item.en}</span>
              </li>
            ))}
          </ol>
        </TermSection>
      )}
      {entry.sourceNote && (
        <TermSection id="source-note" title={t('sourceNote')}>
          <p>
            <MixedText text={entry.sourceNote[locale]} within={locale} />
          </p>
        </TermSection>
      )}
      {entry.related.length > 0 && (
        <TermSection id="related" title={t('related')}>
          <ul className="flex flex-wrap gap-x-4 gap-y-2">
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
        </TermSection>
      )}
    </>
  );
}
