'use client';

import { NextIntlClientProvider } from 'next-intl';
import { use, type ReactNode } from 'react';
import type { Feature } from './features';
import { loadMessages } from './message-files';
import type { AppLocale } from './routing';

type Props = { locale: AppLocale; feature: Feature; children: ReactNode };

/**
 * The strings of code that loads on intent (the share tools, the search dialog, cards, menus):
 * its feature's file, fetched with it (i18n/message-files.ts), instead of riding in every page's
 * payload. Suspends until they are there: render it inside the feature's Suspense, from the code
 * that loads on intent only, so that next-intl's client runtime loads with that code too.
 */
export function LazyMessages({ locale, feature, children }: Props) {
  const messages = use(loadMessages(locale, feature));
  // In the browser the provider needs its locale and time zone named (the server's provider adds them).
  return (
    <NextIntlClientProvider locale={locale} timeZone="UTC" messages={messages}>
      {children}
    </NextIntlClientProvider>
  );
}
