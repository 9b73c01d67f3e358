'use client';

import { useEffect, useState } from 'react';
import { capForUrl } from '@/lib/search/link';
import { SearchPanel } from './search-panel';

function queryFromUrl(): string {
  return new URLSearchParams(window.location.search).get('q') ?? '';
}

/**
 * The results page's live part. The query lives in the URL (?q=), so the page
 * can be shared and survives a reload; typing replaces the URL, not history.
 */
export function SearchPageClient() {
  const [query, setQuery] = useState('');
  const [ready, setReady] = useState(false);

  useEffect(() => {
    // The page is static: the query is only known in the browser, after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reading the address once it exists
    setQuery(queryFromUrl());
    setReady(true);
    const onPop = () => setQuery(queryFromUrl());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const change = (next: string) => {
    setQuery(next);
    const url = new URL(window.location.href);
    const q = capForUrl(next);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    window.history.replaceState(window.history.state, '', url);
  };

  return (
    <div className="js-only">
      <SearchPanel query={query} onQueryChange={change} active={ready} variant="page" />
    </div>
  );
}
