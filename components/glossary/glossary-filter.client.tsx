'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { matchesFilter } from '@/lib/glossary/glossary';

type Item = { id: string; keys: string[] };
type Props = { items: Item[] };

/**
 * Filters the server-rendered glossary list in place: it only toggles `hidden`, so without
 * JavaScript the full list stands as it is.
 */
export function GlossaryFilter({ items }: Props) {
  const t = useTranslations('GlossaryFilter');
  const id = useId();
  const [query, setQuery] = useState('');
  const count = items.filter((item) => matchesFilter(item.keys, query)).length;

  const apply = (value: string) => {
    setQuery(value);
    const shown = new Set(items.filter((item) => matchesFilter(item.keys, value)).map((item) => item.id));
    for (const element of document.querySelectorAll<HTMLElement>('[data-glossary-entry]')) {
      element.hidden = !shown.has(element.dataset.glossaryEntry ?? '');
    }
    for (const group of document.querySelectorAll<HTMLElement>('[data-glossary-group]')) {
      group.hidden = group.querySelector('[data-glossary-entry]:not([hidden])') === null;
    }
  };

  return (
    <div className="js-only mt-4 mb-6 grid gap-[0.35rem]">
      <label htmlFor={id} className="font-bold">
        {t('label')}
      </label>
      <input
        id={id}
        type="search"
        className="min-h-11 w-full rounded-lg border border-muted bg-surface px-3 text-base text-ink"
        value={query}
        onChange={(event) => apply(event.target.value)}
        aria-describedby={`${id}-hint ${id}-status`}
        autoComplete="off"
        spellCheck={false}
      />
      <p id={`${id}-hint`} className="text-sm text-muted">
        {t('hint')}
      </p>
      <p id={`${id}-status`} className="text-sm text-muted" role="status">
        {count === 0 ? t('noMatch', { query }) : t('shown', { shown: count })}
      </p>
    </div>
  );
}
