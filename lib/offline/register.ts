import { basePath } from '@/lib/routes/routes';
import { cacheNames } from './constants';

/**
 * Registers the service worker (offline reading): the source of a function expression, an inline
 * constant of ours, which the page's after-first-paint script (lib/first-paint/loader.ts) calls
 * once the page's own scripts have loaded, so that installing the worker (which fetches the
 * build's files) never competes with the page's start. `updateViaCache: 'none'` makes every
 * visit check for a new build's worker. Where /sw.js is missing (npm run dev, whose pages have
 * no after-paint script anyway) registration fails quietly. The page that installed the worker
 * was loaded before it, so it is saved once the worker is ready: a document opened once online
 * then reloads offline (an error page, a 404 or 400, is not saved).
 */
export const registerServiceWorker = `function(){if(!('serviceWorker'in navigator))return;var w=navigator.serviceWorker,first=!w.controller;w.register(${JSON.stringify(`${basePath}/sw.js`)},{scope:${JSON.stringify(`${basePath}/`)},updateViaCache:'none'}).then(function(){return w.ready}).then(function(){if(first&&window.caches)return Promise.all([caches.open(${JSON.stringify(cacheNames.pages)}),fetch(location.pathname)]).then(function(r){if(r[1].ok)return r[0].put(location.pathname,r[1])})}).catch(function(){})}`;
