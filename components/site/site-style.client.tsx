'use client';

import { useState, useSyncExternalStore } from 'react';
import { siteCss } from '#static-html/source';
import { routes } from '@/lib/routes/routes';

/*
 * The site's stylesheet, inlined in <head> so that first paint waits for no stylesheet request.
 * Our own build output (app/globals.css compiled by scripts/build-content.ts), read during server
 * rendering only: like the document body (components/reader/static-html.client.tsx) it is sent
 * once, in the HTML, and not again in the RSC payload. An instance the browser mounts without
 * server HTML links the same stylesheet as a file instead.
 */

const subscribe = () => () => undefined;

export function SiteStyle() {
  const hydrating = useSyncExternalStore(
    subscribe,
    () => false,
    () => true,
  );
  const [fromServer] = useState(hydrating);
  if (typeof window === 'undefined') return <style data-site-css="" dangerouslySetInnerHTML={{ __html: siteCss() }} />;
  if (fromServer) return <style data-site-css="" suppressHydrationWarning dangerouslySetInnerHTML={{ __html: '' }} />;
  return <link rel="stylesheet" href={routes.siteCss()} />;
}
