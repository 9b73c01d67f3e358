'use client';

import { useEffect, useState } from 'react';
import { capForUrl } from '@/lib/search/link';
import { SearchPanel } from './search-panel';

type Choice = { query: string; doc: string };

function choiceFromUrl(): Choice {
  const params = new URLSearchParams(window.location.search);
  return { query: params.get('q') ?? '', doc: params.get('doc') ?? '' };
}

function writeUrl({ query, doc }: Choice) {
  const url = new URL(window.location.href);
  const q = capForUrl(query);
  if (q) url.searchParams.set('q', q);
  else url.searchParams.delete('q');
  if (doc) url.searchParams.set('doc', doc);
  else url.searchParams.delete('doc');
  window.history.replaceState(window.history.state, '', url);
}

/**
 * The results page's live part. The query and the document it is narrowed to live in the URL
 * (?q=, ?doc=), so the page can be shared and survives a reload; changes replace the URL, not history.
 */
export function SearchPageClient() {
  const [choice, setChoice] = useState<Choice>({ query: '', doc: '' });
  const [ready, setReady] = useState(false);

  useEffect(() => {
    // The page is static: the query is only known in the browser, after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reading the address once it exists
    setChoice(choiceFromUrl());
    setReady(true);
    const onPop = () => setChoice(choiceFromUrl());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const change = (next: Choice) => {
    setChoice(next);
    writeUrl(next);
  };

  return (
    <div className="js-only">
      <SearchPanel
        query={choice.query}
        onQueryChange={(query) => change({ ...choice, query })}
        doc={choice.doc}
        onDocChange={(doc) => change({ ...choice, doc })}
        active={ready}
        variant="page"
      />
    </div>
  );
}
