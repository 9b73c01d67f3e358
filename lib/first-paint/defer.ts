import type { Worker } from '@/lib/offline/register';
import { afterPaintScript } from './inline';

/*
 * Moves what a prerendered page's first paint would otherwise share the network with behind it:
 * Next.js names the page's script chunks in <head> (`async`, so they never block parsing, but they
 * download while the HTML is still arriving and, on a fast link, run before the first paint), and
 * preloads its bootstrap chunk; Chromium fetches a linked manifest at the `load` event, which
 * comes before the first paint once no script delays it. Each is taken out of the HTML and
 * started by the after-paint script instead (after-paint.ts). React finds the scripts it expects by
 * their src when it hydrates, so it does not load them twice.
 */

// React's serialization of Next's chunk scripts, its script preloads and the manifest link.
const chunkScript = /<script src="([^"]*\/_next\/static\/[^"]+\.js)" async=""><\/script>/g;
const scriptPreload = /<link rel="preload" as="script"[^>]*\/>/g;
const manifestLink = /<link rel="manifest" href="([^"]+)"[^>]*\/>/;

type Options = {
  /** The page's own parts of the stylesheet that follows the first paint (page-late-css.ts), for pages that inline the part of the site stylesheet they need. */
  stylesheets: readonly string[];
  /** The site's parts, whole, should one of the page's own fail to load (after-paint.ts). */
  fallbackStylesheets: readonly string[];
  /** The service worker the page registers once it is live. */
  worker: Worker;
};

/** Marks the after-paint script, so that a page done once is left alone. */
const marker = 'data-after-paint=""';

/** Whether a page's scripts start after its first paint. */
export const deferred = (html: string): boolean => html.includes(marker);

/** The page's HTML with its scripts, stylesheet and manifest started after the first paint. */
export async function deferToFirstPaint(html: string, { stylesheets, fallbackStylesheets, worker }: Options): Promise<string> {
  if (deferred(html)) return html;
  const scripts = [...new Set(Array.from(html.matchAll(chunkScript), (match) => match[1] ?? ''))];
  // A page that names no chunk has nothing to start after its paint.
  if (scripts.length === 0) return html;
  const closing = html.lastIndexOf('</body>');
  if (closing < 0) throw new Error('no </body>');
  const manifest = manifestLink.exec(html)?.[1] ?? null;
  // Next's own error page has styles of its own.
  const inlinesCss = html.includes('<style data-site-css');
  const script = await afterPaintScript({
    stylesheets: inlinesCss ? stylesheets : [],
    fallbackStylesheets: inlinesCss ? fallbackStylesheets : [],
    manifest,
    scripts,
    worker,
  });
  const loader = `<script ${marker}>${script}</script>`;
  const body = html.slice(0, closing) + loader + html.slice(closing);
  return body.replace(chunkScript, '').replace(scriptPreload, '').replace(manifestLink, '');
}
