'use client';

import { lazy, Suspense, useSyncExternalStore } from 'react';

const SearchHighlightLive = lazy(() =>
  import('./search-highlight-live.client').then((module) => ({ default: module.SearchHighlightLive })),
);

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const hasQuery = () => new URLSearchParams(window.location.search).has('hl');

/**
 * The search highlight of a document opened from a search result (?hl=query#segment): its code
 * (search-highlight-live.client.tsx) loads only when the URL asks for it.
 */
export function SearchHighlight() {
  const wanted = useSyncExternalStore(subscribe, hasQuery, () => false);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <SearchHighlightLive />
    </Suspense>
  );
}
