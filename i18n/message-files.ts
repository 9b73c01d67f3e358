import type { Messages } from 'next-intl';
import { routes } from '@/lib/routes/routes';
import type { Feature } from './features';

/*
 * The strings of code that loads on intent, fetched with it as one static file per feature and
 * locale (/{locale}/messages/{feature}.json). Apart from LazyMessages, which uses them, so that
 * an always-loaded island can start the fetch on a hover without bringing next-intl with it.
 */

const requests = new Map<string, Promise<Messages>>();

export function loadMessages(locale: string, feature: Feature): Promise<Messages> {
  const url = routes.messages(locale, feature);
  let request = requests.get(url);
  if (!request) {
    request = fetch(url).then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${url}: HTTP ${response.status}`))));
    // A failed load is forgotten, so the next intent tries again (back online, say).
    request.catch(() => requests.delete(url));
    requests.set(url, request);
  }
  return request;
}

/** Starts fetching a feature's strings (on hover or focus, with its code). */
export function preloadMessages(locale: string, feature: Feature): void {
  void loadMessages(locale, feature).catch(() => undefined);
}
