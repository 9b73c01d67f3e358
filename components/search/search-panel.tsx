import { useDeferredValue, useId, useMemo, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { routes } from '@/lib/routes/routes';
import { capForUrl } from '@/lib/search/link';
import type { SearchResults } from '@/lib/search/query';
import { countSummary, quoteQuery } from '@/lib/search/summary';
import { useSearcher } from '@/lib/search/use-search';
import { SearchResultList } from './search-results';

/*
 * The search form, its live status line and its results: the body of both the
 * header dialog and the search page. Runs only inside those client leaves
 * (it takes callbacks, so it is not a server/client boundary itself).
 */

type Props = {
  query: string;
  onQueryChange: (query: string) => void;
  /** Load the index now (the dialog is open, or this is the search page). */
  active: boolean;
  variant: 'dialog' | 'page';
  inputRef?: RefObject<HTMLInputElement | null>;
  onNavigate?: () => void;
};

// The dialog previews; the page lists everything the engine returns (its default cap).
const DIALOG_TERMS = 5;
const DIALOG_PASSAGES = 20;

const EMPTY: SearchResults = { terms: [], results: [], total: 0 };

/** Up / Down walk from the box through the result links and back, as in a listbox. */
function onArrowKeys(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const root = event.currentTarget;
  const stops = [root.querySelector<HTMLElement>('input'), ...root.querySelectorAll<HTMLElement>('[data-search-link]')].filter(
    (element): element is HTMLElement => element !== null,
  );
  const at = stops.findIndex((element) => element === document.activeElement);
  if (at === -1 || stops.length < 2) return;
  event.preventDefault();
  const next = event.key === 'ArrowDown' ? Math.min(at + 1, stops.length - 1) : Math.max(at - 1, 0);
  const stop = stops[next];
  stop?.focus();
  if (next > 0) stop?.scrollIntoView({ block: 'nearest' });
}

export function SearchPanel({ query, onQueryChange, active, variant, inputRef, onNavigate }: Props) {
  const t = useTranslations('Search');
  const locale = useLocale();
  const id = useId();
  const { state, retry } = useSearcher(active);
  // Typing stays responsive: results for the latest query render when React has time.
  const deferred = useDeferredValue(query);
  const trimmed = deferred.trim();
  const results = useMemo(() => (state.status === 'ready' && trimmed ? state.searcher.search(trimmed) : EMPTY), [state, trimmed]);

  let status: ReactNode;
  if (!trimmed) status = t('prompt');
  else if (state.status === 'error') status = t('error');
  else if (state.status !== 'ready') status = t('loading');
  else if (results.total === 0 && results.terms.length === 0) {
    status = t.rich('none', { query: quoteQuery(trimmed), q: (chunks) => <span className="search-query">{chunks}</span> });
  } else status = countSummary(locale, { terms: results.terms.length, passages: results.total }, (key, count) => t(key, { count }));

  const preview = variant === 'dialog';
  const shownPassages = preview ? Math.min(DIALOG_PASSAGES, results.results.length) : results.results.length;
  const more = results.total > shownPassages;

  return (
    <div className={`search-panel search-panel-${variant}`} onKeyDown={onArrowKeys}>
      <form
        role="search"
        className="search-form"
        action={routes.search(locale)}
        method="get"
        onSubmit={(event) => {
          // On the page the results are already live; the dialog submits to the page.
          if (!preview) event.preventDefault();
        }}
      >
        <label htmlFor={`${id}-q`} className="sr-only">
          {t('input')}
        </label>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" className="search-form-icon">
          <path
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            d="m20 20-4.2-4.2M17 10.5a6.5 6.5 0 1 1-13 0 6.5 6.5 0 0 1 13 0Z"
          />
        </svg>
        <input
          ref={inputRef}
          id={`${id}-q`}
          className="search-input"
          type="search"
          name="q"
          value={query}
          onChange={(event) => onQueryChange(event.target.value)}
          placeholder={t('placeholder')}
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="search"
          aria-describedby={`${id}-status`}
        />
        {preview ? null : (
          <button type="submit" className="tool-button search-submit">
            {t('submit')}
          </button>
        )}
      </form>
      <div className="search-status-row">
        <p id={`${id}-status`} role="status" className="search-status">
          {status}
        </p>
        {trimmed && state.status === 'error' ? (
          <button type="button" className="tool-button" onClick={retry}>
            {t('retry')}
          </button>
        ) : null}
      </div>
      <div className="search-results">
        <SearchResultList
          locale={locale}
          query={trimmed}
          results={results}
          headingLevel={preview ? 3 : 2}
          maxTerms={preview ? DIALOG_TERMS : undefined}
          maxPassages={preview ? DIALOG_PASSAGES : undefined}
          onNavigate={onNavigate}
        />
        {preview && (results.total > 0 || results.terms.length > 0) ? (
          <p className="search-more">
            <a href={routes.search(locale, capForUrl(trimmed))} className="link" onClick={onNavigate}>
              {t('seeAll')}
            </a>
          </p>
        ) : null}
        {more && !preview ? <p className="search-more">{t('shown', { shown: shownPassages })}</p> : null}
      </div>
    </div>
  );
}
