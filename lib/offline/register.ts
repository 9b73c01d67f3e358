/** Where the service worker lives and what it serves. */
export type Worker = { url: string; scope: string; pagesCache: string };

/**
 * Registers the service worker (offline reading). The page's after-paint script
 * (lib/first-paint/after-paint.ts) calls it once the page is live, so that installing the worker
 * (which fetches the build's files) never competes with the page's start. `updateViaCache:
 * 'none'` makes every visit check for a new build's worker. Where /sw.js is missing (npm run dev,
 * whose pages have no after-paint script anyway) registration fails quietly. The page that
 * installed the worker was loaded before it, so it is saved once the worker is ready: a document
 * opened once online then reloads offline (an error page, a 404 or 400, is not saved).
 */
export function registerServiceWorker({ url, scope, pagesCache }: Worker): void {
  if (!('serviceWorker' in navigator)) return;
  const workers = navigator.serviceWorker;
  const first = !workers.controller;
  workers
    .register(url, { scope, updateViaCache: 'none' })
    .then(() => workers.ready)
    .then(async () => {
      if (!first || !('caches' in window)) return;
      const [cache, page] = await Promise.all([caches.open(pagesCache), fetch(location.pathname)]);
      if (page.ok) await cache.put(location.pathname, page);
    })
    .catch(() => undefined);
}
