// Browser: the searcher as React state. The search code (FlexSearch and the
// query engine) is reached only through a dynamic import, so it is a separate
// chunk fetched on the reader's first intent, never part of a page's first load.

import { startTransition, useEffect, useState } from 'react';
import type { Searcher } from './query';

export type SearcherState = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; searcher: Searcher } | { status: 'error' };

let ready: Searcher | null = null;

/** Starts loading code and index (once per page life; failures retry on the next call). */
export function preloadSearch(): Promise<Searcher> {
  return import('./load')
    .then(({ getSearch }) => getSearch())
    .then((searcher) => {
      ready = searcher;
      return searcher;
    });
}

/** Loads the searcher once `active` turns true; `retry` starts again after an error. */
export function useSearcher(active: boolean): { state: SearcherState; retry: () => void } {
  const [loaded, setLoaded] = useState<SearcherState>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  // Loaded once per page life: every later user of the hook is ready at once.
  const state: SearcherState = ready
    ? { status: 'ready', searcher: ready }
    : active && loaded.status === 'idle'
      ? { status: 'loading' }
      : loaded;

  useEffect(() => {
    if (!active || ready) return;
    let live = true;
    preloadSearch().then(
      (searcher) => {
        // A transition: React renders the first results in slices, not in one long task.
        if (live) startTransition(() => setLoaded({ status: 'ready', searcher }));
      },
      () => {
        if (live) setLoaded({ status: 'error' });
      },
    );
    return () => {
      live = false;
    };
  }, [active, attempt]);

  return {
    state,
    retry: () => {
      setLoaded({ status: 'idle' });
      setAttempt((n) => n + 1);
    },
  };
}
