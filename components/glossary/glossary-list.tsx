import type { createTranslator, Messages } from 'next-intl';
import { MixedText } from '@/components/site/mixed-text';
import type { AppLocale } from '@/i18n/routing';
import { termCategories, type GlossaryEntry } from '@/lib/content/schema';
import { entrySize } from '@/lib/glossary/entry-size';
import { filterAttr, filterAttributes, filterKeys } from '@/lib/glossary/glossary';
import { routes } from '@/lib/routes/routes';

type Props = {
  locale: AppLocale;
  entries: readonly GlossaryEntry[];
  /** The slugs of the documents a term occurs in. */
  documentsOf: (termId: string) => string[];
  t: ReturnType<typeof createTranslator<Messages, 'Glossary'>>;
};

/**
 * Every term, grouped by category, each with what the filter above matches (it hides entries in
 * place). Rendered by static-render.tsx.
 */
export function GlossaryList({ locale, entries, documentsOf, t }: Props) {
  return termCategories.map((category) => {
    const group = entries.filter((entry) => entry.category === category);
    if (group.length === 0) return null;
    return (
      <section key={category} {...{ [filterAttr.group]: category }} aria-labelledby={`cat-${category}`} className="mt-7">
        <h2 id={`cat-${category}`} className="mb-2 text-xl font-bold">
          {t(`categories.${category}`)}
        </h2>
        <ul className="grid gap-3">
          {group.map((entry) => (
            <li
              key={entry.id}
              {...{ [filterAttr.entry]: entry.id, ...filterAttributes(filterKeys(entry), documentsOf(entry.id)) }}
              style={entrySize(entry, entry.explanation[locale])}
            >
              <a href={routes.term(locale, entry.id)} className="group flex flex-wrap items-baseline gap-x-3 gap-y-1 text-ink no-underline">
                <span lang="zh-CN" className="text-xl font-bold">
                  {entry.zh}
                </span>
                <span lang="zh-Latn" className="text-muted">
                  {entry.pinyin}
                </span>
                <span lang="en" className="font-semibold text-link group-hover:underline">
                  {entry.en}
                </span>
              </a>
              <p className="mt-[0.35rem] text-15">
                <MixedText text={entry.explanation[locale]} within={locale} />
              </p>
            </li>
          ))}
        </ul>
      </section>
    );
  });
}
