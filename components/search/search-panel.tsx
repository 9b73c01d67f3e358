import { useDeferredValue, useId, useMemo, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { routes } from '@/lib/routes/routes';
import { capForUrl } from '@/lib/search/link';
import type { SearchResults } from '@/lib/search/query';
import { countSummary, quoteQuery } from '@/lib/search/summary';
import { useSearcher } from '@/lib/search/use-search';
import { DocumentFilter } from './document-filter';
import { SearchResultList } from './search-results';

/*
 * The search form, its live status line and its results: the body of both the
 * header dialog and the search page. Runs only inside those client leaves
 * (it takes callbacks, so it is not a server/client boundary itself).
 */

type Props = {
  query: string;
  onQueryChange: (query: string) => void;
  /** The document the results are narrowed to (slug); '' for the whole library. */
  doc: string;
  onDocChange: (doc: string) => void;
  /** Load the index now (the dialog is open, or this is the search page). */
  active: boolean;
  variant: 'dialog' | 'page';
  inputRef?: RefObject<HTMLInputElement | null>;
  onNavigate?: () => void;
};

// The dialog previews; the page lists everything the engine returns (its default cap).
const DIALOG_TERMS = 5;
const DIALOG_PASSAGES = 20;

const EMPTY: SearchResults = { terms: [], results: [], total: 0, docs: [] };

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

export function SearchPanel({ query, onQueryChange, doc, onDocChange, active, variant, inputRef, onNavigate }: Props) {
  const t = useTranslations('Search');
  const locale = useLocale();
  const id = useId();
  const { state, retry } = useSearcher(active);
  // Typing stays responsive: results for the latest query render when React has time.
  const deferred = useDeferredValue(query);
  const trimmed = deferred.trim();
  const results = useMemo(() => {
    if (state.status !== 'ready' || !trimmed) return EMPTY;
    const narrowed = state.searcher.search(trimmed, doc ? { doc } : undefined);
    // A document the library no longer holds (an old link) narrows nothing.
    return !doc || narrowed.docs.some((d) => d.slug === doc) ? narrowed : state.searcher.search(trimmed);
  }, [state, trimmed, doc]);
  const chosen = results.docs.find((d) => d.slug === doc);
  const inAll = results.docs.reduce((sum, d) => sum + d.count, 0);

  let status: ReactNode;
  if (!trimmed) status = t('prompt');
  else if (state.status === 'error') status = t('error');
  else if (state.status !== 'ready') status = t('loading');
  else if (chosen && results.total === 0 && inAll > 0) {
    status = t('noneInDoc', { doc: chosen.short[locale], count: inAll });
  } else if (results.total === 0 && results.terms.length === 0) {
    status = t.rich('none', { query: quoteQuery(trimmed), q: (chunks) => <span className="font-semibold text-ink">{chunks}</span> });
  } else {
    const summary = countSummary(
      { terms: results.terms.length, passages: results.total },
      { count: (key, count) => t(key, { count }), both: (terms, passages) => t('both', { terms, passages }) },
    );
    status = chosen ? t('summaryInDoc', { summary, doc: chosen.short[locale] }) : summary;
  }

  const preview = variant === 'dialog';
  const shownPassages = preview ? Math.min(DIALOG_PASSAGES, results.results.length) : results.results.length;
  const more = results.total > shownPassages;

  return (
    <div className={preview ? 'flex min-h-0 min-w-0 flex-1 flex-col' : 'flex min-h-0 min-w-0 flex-col'} onKeyDown={onArrowKeys}>
      <form
        role="search"
        className="relative flex gap-2"
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
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          width="18"
          height="18"
          className="pointer-events-none absolute top-1/2 left-3 -translate-y-1/2 text-muted"
        >
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
          className="min-h-11 min-w-0 flex-1 rounded-lg border border-muted bg-bg pr-3 pl-[2.4rem] text-base text-ink placeholder:text-muted"
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
          <button type="submit" className="tool-button min-h-11 px-4">
            {t('submit')}
          </button>
        )}
      </form>
      <div className="mt-[0.6rem] mb-1 flex items-center gap-3">
        <p id={`${id}-status`} role="status" className="text-sm text-muted wrap-anywhere">
          {status}
        </p>
        {trimmed && state.status === 'error' ? (
          <button type="button" className="tool-button" onClick={retry}>
            {t('retry')}
          </button>
        ) : null}
      </div>
      {inAll > 0 && results.docs.length > 1 ? (
        <DocumentFilter locale={locale} docs={results.docs} value={chosen ? doc : ''} onChange={onDocChange} />
      ) : null}
      {/* In the dialog the results scroll, with room for the focus ring of the first and last result. */}
      <div className={preview ? '-mx-1 min-h-0 min-w-0 flex-1 overflow-y-auto overscroll-contain p-1' : 'min-h-0 min-w-0'}>
        <SearchResultList
          locale={locale}
          query={trimmed}
          results={results}
          variant={variant}
          maxTerms={preview ? DIALOG_TERMS : undefined}
          maxPassages={preview ? DIALOG_PASSAGES : undefined}
          onNavigate={onNavigate}
        />
        {preview && (results.total > 0 || results.terms.length > 0) ? (
          <p className="mt-3 text-sm">
            <a href={routes.search(locale, capForUrl(trimmed), chosen ? doc : '')} className="link" onClick={onNavigate}>
              {t('seeAll')}
            </a>
          </p>
        ) : null}
        {more && !preview ? <p className="mt-3 text-sm">{t('shown', { shown: shownPassages })}</p> : null}
      </div>
    </div>
  );
}
