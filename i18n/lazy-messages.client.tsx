'use client';

import { NextIntlClientProvider, useLocale, useMessages, type Messages } from 'next-intl';
import { use, type ReactNode } from 'react';
import { routes } from '@/lib/routes/routes';
import type { Feature } from './features';

/*
 * The strings of code that loads on intent (the share tools, the search dialog, menus): fetched
 * with it, as one static file per feature and locale (/{locale}/messages/{feature}.json, compiled
 * like every message at build time), instead of riding in every page's payload. Wraps its
 * children in a provider of those strings plus the ones already on the page.
 */

const requests = new Map<string, Promise<Messages>>();

function load(url: string): Promise<Messages> {
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
  void load(routes.messages(locale, feature)).catch(() => undefined);
}

type Props = { feature: Feature; children: ReactNode };

/** Suspends until the feature's strings are there: render it inside the feature's Suspense. */
export function LazyMessages({ feature, children }: Props) {
  const locale = useLocale();
  const outer = useMessages();
  const messages = use(load(routes.messages(locale, feature)));
  // In the browser the provider needs its locale and time zone named (the server's provider adds them).
  return (
    <NextIntlClientProvider locale={locale} timeZone="UTC" messages={{ ...outer, ...messages }}>
      {children}
    </NextIntlClientProvider>
  );
}
