import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { htmlLang, type AppLocale } from '@/i18n/routing';
import type { DocumentCount } from '@/lib/search/query';

/*
 * Narrows the results to one document: native radios (arrow keys move between them, a screen
 * reader announces the group and each count). Part of the search panel, which runs in the browser.
 */

type Props = {
  locale: AppLocale;
  docs: readonly DocumentCount[];
  /** The chosen document's slug; '' for all. */
  value: string;
  onChange: (doc: string) => void;
};

const chip =
  'inline-flex min-h-9 cursor-pointer items-center gap-[0.4rem] rounded-full border border-line bg-surface px-3 py-1 text-13 text-ink hover:border-muted has-checked:border-accent has-checked:bg-en-tint has-checked:font-semibold has-focus-visible:outline-3 has-focus-visible:outline-offset-1 has-focus-visible:outline-focus';

export function DocumentFilter({ locale, docs, value, onChange }: Props) {
  const t = useTranslations('Search');
  const name = useId();
  const all = docs.reduce((sum, doc) => sum + doc.count, 0);
  const option = (slug: string, label: string, count: number, lang?: string) => (
    <label key={slug || '*'} className={chip}>
      <input
        type="radio"
        name={name}
        value={slug}
        checked={value === slug}
        onChange={() => onChange(slug)}
        className="size-[0.9rem] accent-accent focus-visible:outline-none"
      />
      <span lang={lang}>{label}</span>
      <span className="text-muted tabular-nums">{t('filterCount', { count })}</span>
    </label>
  );
  return (
    <fieldset className="mt-1 mb-2 min-w-0" data-search-filter="">
      <legend className="mb-1 text-13 text-muted">{t('filterLegend')}</legend>
      <div className="flex flex-wrap gap-2">
        {option('', t('filterAll'), all)}
        {docs.map((doc) => option(doc.slug, doc.short[locale], doc.count, htmlLang(locale)))}
      </div>
    </fieldset>
  );
}
