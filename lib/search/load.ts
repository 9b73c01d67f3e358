// Browser: fetch the payload on first intent (focus on the search box, ⌘K …),
// then keep the loaded searcher for the rest of the visit.

import { loadSearch, type Searcher } from './query';

/** Where the build is expected to write the payload (under public/). */
export const SEARCH_PAYLOAD_PATH = '/search-index.json';

type FetchJson = (url: string) => Promise<unknown>;

const defaultFetchJson: FetchJson = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`search payload: HTTP ${response.status}`);
  return response.json();
};

const pending = new Map<string, Promise<Searcher>>();

/**
 * One fetch per URL per page life; concurrent callers share it. A failure is
 * not cached, so the next intent retries (e.g. after going back online).
 */
export function getSearch(url: string = SEARCH_PAYLOAD_PATH, fetchJson: FetchJson = defaultFetchJson): Promise<Searcher> {
  let promise = pending.get(url);
  if (!promise) {
    promise = fetchJson(url).then(loadSearch);
    pending.set(url, promise);
    promise.catch(() => pending.delete(url));
  }
  return promise;
}
