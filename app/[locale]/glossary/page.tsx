import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { GlossaryFilter } from '@/components/glossary/glossary-filter.client';
import { routing } from '@/i18n/routing';
import { content } from '@/lib/content/load';
import { termCategories } from '@/lib/content/schema';
import { byPinyin, filterKeys } from '@/lib/glossary/glossary';
import { alternates, siteUrl } from '@/lib/routes/site-url';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  return {
    title: t('title'),
    description: t('description'),
    alternates: { canonical: `${siteUrl}/${locale}/glossary`, languages: alternates('/glossary') },
  };
}

export default async function GlossaryPage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  const { entries } = await content.getGlossary();
  const sorted = [...entries].sort(byPinyin);

  return (
    <main id="main" className="page-narrow glossary-page">
      <h1 className="page-title">{t('title')}</h1>
      <p className="page-intro">{t('intro')}</p>
      <GlossaryFilter
        items={sorted.map((entry) => ({ id: entry.id, keys: filterKeys(entry) }))}
        label={t('filterLabel')}
        hint={t('filterHint')}
        shownTemplate={t('shown', { shown: '{shown}' })}
        noMatchTemplate={t('noMatch', { query: '{query}' })}
      />
      {termCategories.map((category) => {
        const group = sorted.filter((entry) => entry.category === category);
        if (group.length === 0) return null;
        return (
          <section key={category} data-glossary-group={category} aria-labelledby={`cat-${category}`} className="glossary-group">
            <h2 id={`cat-${category}`} className="glossary-group-title">
              {t(`categories.${category}`)}
            </h2>
            <ul className="glossary-list">
              {group.map((entry) => (
                <li key={entry.id} data-glossary-entry={entry.id} className="glossary-item">
                  <a href={`/${locale}/glossary/${entry.id}`} className="glossary-item-link">
                    <span lang="zh-CN" className="glossary-item-zh">
                      {entry.zh}
                    </span>
                    <span lang="zh-Latn" className="glossary-item-py">
                      {entry.pinyin}
                    </span>
                    <span lang="en" className="glossary-item-en">
                      {entry.en}
                    </span>
                  </a>
                  <p className="glossary-item-expl">{entry.explanation[locale]}</p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </main>
  );
}
