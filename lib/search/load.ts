// Browser: fetch the search files on first intent (focus on the search box, ⌘K …): the core,
// then every document's shard at once; keep the loaded searcher for the rest of the visit.

import { routes } from '@/lib/routes/routes';
import { isSearchCore, isSearchShard, mergePayload } from './payload';
import { inIdleSlicesDone } from '@/lib/scheduling/idle-slices';
import { prepareSearch, type Searcher } from './query';

type FetchJson = (url: string) => Promise<unknown>;

const defaultFetchJson: FetchJson = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`search payload: HTTP ${response.status}`);
  return response.json();
};

/** Offline, search covers the documents this device has kept; online a missing file is an error. */
const offline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

async function fetchSearcher(url: string, fetchJson: FetchJson, partial: () => boolean): Promise<Searcher> {
  const core = await fetchJson(url);
  if (!isSearchCore(core)) throw new Error('search payload: unknown version or shape of the core');
  const results = await Promise.allSettled(
    core.shards.map(async (shardUrl) => {
      const shard = await fetchJson(shardUrl);
      if (!isSearchShard(shard)) throw new Error(`search payload: unknown version or shape of ${shardUrl}`);
      return shard;
    }),
  );
  const shards = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failed = results.find((result) => result.status === 'rejected');
  if (failed && (!partial() || shards.length === 0)) throw failed.reason;
  // The index is built in idle slices: a long library's thousands of segments never make one long
  // task while the results page or the dialog waits for them.
  const { searcher, positions, add } = prepareSearch(mergePayload(core, shards));
  await inIdleSlicesDone(positions, add);
  return searcher;
}

const pending = new Map<string, Promise<Searcher>>();

/**
 * One load per core URL per page life; concurrent callers share it. A failure is not cached, so
 * the next intent retries (e.g. after going back online).
 */
export function getSearch(
  url: string = routes.searchIndex(),
  fetchJson: FetchJson = defaultFetchJson,
  partial = offline,
): Promise<Searcher> {
  let promise = pending.get(url);
  if (!promise) {
    promise = fetchSearcher(url, fetchJson, partial);
    pending.set(url, promise);
    promise.catch(() => pending.delete(url));
  }
  return promise;
}
