'use client';

import type { Messages } from 'next-intl';
import { useState, useSyncExternalStore } from 'react';
import { features } from '@/i18n/features';
import { routing } from '@/i18n/routing';
import { fill, type Strings } from '@/i18n/strings';
import { cacheNames, documentFiles } from '@/lib/offline/constants';
import { routes } from '@/lib/routes/routes';

export type KeepOfflineStrings = Strings<Messages['Reader'], 'keepOffline' | 'keptOffline' | 'keepOfflineFailed'>;

type Props = { strings: KeepOfflineStrings };

type State = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: string };

const canKeep = () => 'serviceWorker' in navigator && 'caches' in window;
const never = () => () => undefined;

/** The document's page in both languages and every file its features fetch, for the service worker's caches. */
function filesOf(slug: string) {
  return documentFiles({
    locales: routing.locales,
    page: (locale) => routes.document(locale, slug),
    data: (locale) => [
      routes.readings(locale, slug),
      routes.dictionary(locale, slug),
      routes.traditional(locale, slug),
      routes.passageData(locale, slug),
      routes.glossaryCards(locale),
      ...features.map((feature) => routes.messages(locale, feature)),
    ],
    shared: [routes.searchIndex(), routes.searchShard(slug), routes.siteCss(), ...routes.siteCssLateParts()],
  });
}

/**
 * "Keep for offline reading": saves this document (both languages, its data files) into the
 * caches the service worker reads offline, without the reader opening each part first.
 */
export function KeepOffline({ strings }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  // Rendered by the server as supported (every browser that runs the page's scripts has both), so
  // the toolbar does not grow when the page hydrates; a browser without them drops the button.
  const supported = useSyncExternalStore(never, canKeep, () => true);
  if (!supported) return null;

  const keep = async () => {
    const slug = document.querySelector<HTMLElement>('[data-doc]')?.dataset.doc;
    if (!slug) return;
    setState({ kind: 'saving' });
    try {
      const { pages, data } = filesOf(slug);
      await Promise.all([(await caches.open(cacheNames.pages)).addAll(pages), (await caches.open(cacheNames.data)).addAll(data)]);
      setState({ kind: 'saved' });
    } catch (error) {
      setState({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <>
      <button type="button" className="tool-button" onClick={keep} disabled={state.kind === 'saving'}>
        {strings.keepOffline}
      </button>
      <p role="status" className="basis-full text-sm text-muted empty:hidden">
        {state.kind === 'saved'
          ? strings.keptOffline
          : state.kind === 'failed'
            ? fill(strings.keepOfflineFailed, { error: state.error })
            : ''}
      </p>
    </>
  );
}
