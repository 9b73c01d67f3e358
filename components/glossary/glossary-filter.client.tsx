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
    <div className="glossary-filter js-only">
      <label htmlFor={id} className="glossary-filter-label">
        {t('label')}
      </label>
      <input
        id={id}
        type="search"
        className="glossary-filter-input"
        value={query}
        onChange={(event) => apply(event.target.value)}
        aria-describedby={`${id}-hint ${id}-status`}
        autoComplete="off"
        spellCheck={false}
      />
      <p id={`${id}-hint`} className="glossary-filter-hint">
        {t('hint')}
      </p>
      <p id={`${id}-status`} className="glossary-filter-status" role="status">
        {count === 0 ? t('noMatch', { query }) : t('shown', { shown: count })}
      </p>
    </div>
  );
}
