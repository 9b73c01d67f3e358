import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import { termCategories, type GlossaryEntry } from '@/lib/content/schema';
import { routes } from '@/lib/routes/routes';

type Props = { locale: AppLocale; entries: GlossaryEntry[] };

/** Every term, grouped by category; the filter above hides entries in place. */
export async function GlossaryList({ locale, entries }: Props) {
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  return termCategories.map((category) => {
    const group = entries.filter((entry) => entry.category === category);
    if (group.length === 0) return null;
    return (
      <section key={category} data-glossary-group={category} aria-labelledby={`cat-${category}`} className="glossary-group">
        <h2 id={`cat-${category}`} className="glossary-group-title">
          {t(`categories.${category}`)}
        </h2>
        <ul className="glossary-list">
          {group.map((entry) => (
            <li key={entry.id} data-glossary-entry={entry.id} className="glossary-item">
              <a href={routes.term(locale, entry.id)} className="glossary-item-link">
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
  });
}
