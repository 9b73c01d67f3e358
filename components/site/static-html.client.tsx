'use client';

import { use } from 'react';
import { fragmentHtml } from '#static-html/source';
import { routes, type Fragment } from '@/lib/routes/routes';
import { useFromServer } from '@/lib/static-html/use-from-server';

/*
 * A part of a page that React does not hydrate: a document's body and contents, the glossary's
 * list of terms, as the build step rendered them from our own content
 * (components/reader/static-render.tsx, components/glossary/static-render.tsx), never from a URL,
 * storage or a query.
 *
 * - Server rendering reads the HTML from the build's files through "#static-html/source" (a
 *   package.json import whose browser side is empty), never through props, so the page's RSC
 *   payload does not carry a second copy of the text.
 * - Hydrating, the browser renders a constant '': React leaves the server's children of a
 *   dangerouslySetInnerHTML element alone, and rewrites them only if the string changes.
 * - Mounted in the browser without server HTML (a client navigation, or React rendering the page
 *   again after a hydration error elsewhere), it fetches the same HTML as a static file; if that
 *   fails it loads the page in full, whose HTML has it.
 */

type Entry = Promise<string>;
const fetched = new Map<string, Entry>();

function fragment(src: string, page: string): Entry {
  let entry = fetched.get(src);
  if (!entry) {
    entry = fetch(src).then(
      (response) => (response.ok ? response.text() : Promise.reject(new Error(`${src}: HTTP ${response.status}`))),
      (error: unknown) => Promise.reject(error),
    );
    entry = entry.catch(() => {
      // Kept pending, so an empty page is never shown; a failed entry stays cached (no retry loop).
      window.location.assign(page);
      return new Promise<string>(() => undefined);
    });
    fetched.set(src, entry);
  }
  return entry;
}

type Props = { locale: string; fragment: Fragment };

export function StaticHtml({ locale, fragment: which }: Props) {
  const fromServer = useFromServer();
  let html: string;
  if (typeof window === 'undefined') html = fragmentHtml(locale, which);
  else if (fromServer) html = '';
  else html = use(fragment(routes.fragment(locale, which), routes.fragmentPage(locale, which)));
  return <div className="contents" data-static-html={which.name} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: html }} />;
}
