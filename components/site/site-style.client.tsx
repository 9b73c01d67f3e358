'use client';

import { headScript, siteCss } from '#static-html/source';
import { routes } from '@/lib/routes/routes';
import { useFromServer } from '@/lib/static-html/use-from-server';

/*
 * What <head> sends before first paint, in the HTML only: like the document body
 * (components/site/static-html.client.tsx) it is sent once, and not again in the RSC payload.
 * Both are our own build output and constants, never anything from a URL, storage or a query.
 */

/** The prefs script (lib/reader/prefs.ts), which sets the reader's choices on <html> before paint. */
export function HeadScript() {
  const fromServer = useFromServer();
  if (typeof window === 'undefined') return <script dangerouslySetInnerHTML={{ __html: headScript() }} />;
  // A browser-mounted <head> comes after the prefs were applied: nothing to run again.
  return fromServer ? <script suppressHydrationWarning dangerouslySetInnerHTML={{ __html: '' }} /> : null;
}

/**
 * The site's stylesheet (app/globals.css compiled by scripts/build-content.ts), inlined so that
 * first paint waits for no stylesheet request; the build cuts each page's copy to the rules it
 * can use (lib/first-paint/). An instance the browser mounts without server HTML links the whole
 * stylesheet as a file instead.
 */
export function SiteStyle() {
  const fromServer = useFromServer();
  if (typeof window === 'undefined') return <style data-site-css="" dangerouslySetInnerHTML={{ __html: siteCss() }} />;
  if (fromServer) return <style data-site-css="" suppressHydrationWarning dangerouslySetInnerHTML={{ __html: '' }} />;
  return <link rel="stylesheet" href={routes.siteCss()} />;
}
