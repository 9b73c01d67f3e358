/// <reference lib="webworker" />
// The service worker (bundled by scripts/build-sw.ts into /sw.js, for `next start` and out/ alike).
// Pages and data: network first, so an online reader never gets a stale page after an update;
// offline, the copy last seen (or kept); a page never seen gives the offline page of its locale.
// The build's own files (hashed /_next/static chunks, the stylesheet, the offline pages) are
// precached, so a kept document has its term cards, pinyin, word cards and search offline too.
import { CacheFirst, NetworkFirst, Serwist, type PrecacheEntry, type SerwistGlobalConfig } from 'serwist';
import { cacheNames } from '../constants';

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;
/** The site's base path and UI locales, set by the build. */
declare const SW_BASE: string;
declare const SW_LOCALES: string[];

const offlinePage = (pathname: string) => {
  const locale =
    SW_LOCALES.find((code) => pathname === `${SW_BASE}/${code}` || pathname.startsWith(`${SW_BASE}/${code}/`)) ?? SW_LOCALES[0];
  return `${SW_BASE}/${locale}/offline`;
};

const serwist: Serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  // The precache answers only for its own URLs: pages go through the network-first route below.
  precacheOptions: { cleanURLs: false, directoryIndex: null, ignoreURLParametersMatching: [/.*/], cleanupOutdatedCaches: true },
  // A new build takes over at once: pages are fetched fresh and every build's chunks are hashed.
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
      handler: new NetworkFirst({
        cacheName: cacheNames.pages,
        networkTimeoutSeconds: 8,
        // ?view=, ?pinyin=, ?script=: the same document; #fragments never reach here.
        matchOptions: { ignoreSearch: true },
        plugins: [
          {
            cacheKeyWillBeUsed: async ({ request }) => {
              const url = new URL(request.url);
              url.search = '';
              return url.href;
            },
            handlerDidError: async ({ request }): Promise<Response> =>
              (await serwist.matchPrecache(offlinePage(new URL(request.url).pathname))) ?? Response.error(),
          },
        ],
      }),
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith(`${SW_BASE}/_next/static/`),
      handler: new CacheFirst({ cacheName: 'duizhao-static' }),
    },
    {
      matcher: ({ request, sameOrigin }) => sameOrigin && request.method === 'GET' && request.destination !== 'document',
      handler: new NetworkFirst({ cacheName: cacheNames.data, networkTimeoutSeconds: 8 }),
    },
  ],
});

serwist.addEventListeners();

/**
 * A new build's worker: what this device keeps (pages read or kept, their data) is fetched again
 * while the network is there, so a kept document never pairs an old page with the new build's
 * files (the precache has just replaced the old build's chunks). Offline, the copies stay.
 */
async function refreshKept(): Promise<void> {
  for (const name of [cacheNames.pages, cacheNames.data]) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      try {
        const response = await fetch(request, { cache: 'no-store' });
        if (response.ok) await cache.put(request, response);
      } catch {
        // Offline or gone: the copy stays.
      }
    }
  }
}

self.addEventListener('activate', (event) => event.waitUntil(refreshKept()));
