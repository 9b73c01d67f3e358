// Browser: fetch the search files on first intent (focus on the search box, ⌘K …): the core,
// then every document's shard at once; keep the loaded searcher for the rest of the visit.

import { routes } from '@/lib/routes/routes';
import { isSearchCore, isSearchShard, mergePayload } from './payload';
import { loadSearch, type Searcher } from './query';

type FetchJson = (url: string) => Promise<unknown>;

const defaultFetchJson: FetchJson = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`search payload: HTTP ${response.status}`);
  return response.json();
};

async function fetchSearcher(url: string, fetchJson: FetchJson): Promise<Searcher> {
  const core = await fetchJson(url);
  if (!isSearchCore(core)) throw new Error('search payload: unknown version or shape of the core');
  const shards = await Promise.all(
    core.shards.map(async (shardUrl) => {
      const shard = await fetchJson(shardUrl);
      if (!isSearchShard(shard)) throw new Error(`search payload: unknown version or shape of ${shardUrl}`);
      return shard;
    }),
  );
  return loadSearch(mergePayload(core, shards));
}

const pending = new Map<string, Promise<Searcher>>();

/**
 * One load per core URL per page life; concurrent callers share it. A failure is not cached, so
 * the next intent retries (e.g. after going back online).
 */
export function getSearch(url: string = routes.searchIndex(), fetchJson: FetchJson = defaultFetchJson): Promise<Searcher> {
  let promise = pending.get(url);
  if (!promise) {
    promise = fetchSearcher(url, fetchJson);
    pending.set(url, promise);
    promise.catch(() => pending.delete(url));
  }
  return promise;
}
