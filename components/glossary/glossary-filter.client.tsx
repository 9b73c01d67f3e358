'use client';

import type { Messages } from 'next-intl';
import { useEffect, useId, useState } from 'react';
import { fill, type Strings } from '@/i18n/strings';
import { entryMatches, filterAttr } from '@/lib/glossary/glossary';

type Props = {
  /** How many terms the list holds. */
  total: number;
  documents: { slug: string; title: string }[];
  /** `shown` and `noMatch` with their `{shown}` and `{query}` left to fill in. */
  strings: Strings<Messages['GlossaryFilter'], keyof Messages['GlossaryFilter']>;
};

const docParam = 'doc';

/**
 * Filters the glossary's static list in place, by text and by the document a term occurs in, with
 * what each entry carries (lib/glossary: filterAttributes): it only toggles `hidden`, so without
 * JavaScript the full list stands as it is. The document chosen is kept in the URL (?doc=…), so a
 * filtered list can be shared.
 */
export function GlossaryFilter({ total, documents, strings }: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [doc, setDoc] = useState('');
  const [count, setCount] = useState(total);

  const apply = (text: string, slug: string) => {
    setQuery(text);
    setDoc(slug);
    let shown = 0;
    for (const element of document.querySelectorAll<HTMLElement>(`[${filterAttr.entry}]`)) {
      element.hidden = !entryMatches((name) => element.getAttribute(name), text, slug);
      if (!element.hidden) shown++;
    }
    for (const group of document.querySelectorAll<HTMLElement>(`[${filterAttr.group}]`)) {
      group.hidden = group.querySelector(`[${filterAttr.entry}]:not([hidden])`) === null;
    }
    setCount(shown);
  };

  const chooseDocument = (slug: string) => {
    apply(query, slug);
    const url = new URL(window.location.href);
    if (slug) url.searchParams.set(docParam, slug);
    else url.searchParams.delete(docParam);
    window.history.replaceState(window.history.state, '', url);
  };

  useEffect(() => {
    const slug = new URLSearchParams(window.location.search).get(docParam) ?? '';
    // Filtering the static list is a DOM effect: it must run once the list is on the page.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (documents.some((document) => document.slug === slug)) apply('', slug);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const field = 'min-h-11 w-full rounded-lg border border-muted bg-surface px-3 text-base text-ink';
  return (
    <div className="js-only mt-4 mb-6 grid gap-[0.35rem]">
      <label htmlFor={id} className="font-bold">
        {strings.label}
      </label>
      <input
        id={id}
        type="search"
        className={field}
        value={query}
        onChange={(event) => apply(event.target.value, doc)}
        aria-describedby={`${id}-hint ${id}-status`}
        autoComplete="off"
        spellCheck={false}
      />
      <p id={`${id}-hint`} className="text-sm text-muted">
        {strings.hint}
      </p>
      <label htmlFor={`${id}-doc`} className="mt-2 font-bold">
        {strings.document}
      </label>
      <select
        id={`${id}-doc`}
        className={field}
        value={doc}
        onChange={(event) => chooseDocument(event.target.value)}
        aria-describedby={`${id}-status`}
      >
        <option value="">{strings.allDocuments}</option>
        {documents.map((document) => (
          <option key={document.slug} value={document.slug}>
            {document.title}
          </option>
        ))}
      </select>
      <p id={`${id}-status`} className="text-sm text-muted" role="status">
        {count === 0 ? fill(strings.noMatch, { query }) : fill(strings.shown, { shown: String(count) })}
      </p>
    </div>
  );
}
