import { NextIntlClientProvider, type Messages } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';

type Namespace = keyof Messages;
type Props = { namespaces: readonly Namespace[]; children: ReactNode };

/*
 * The one way UI strings reach the browser: a feature's entry wraps its client leaves in this
 * provider with only the namespaces they use, and the leaves call useTranslations. Every string
 * named here travels in the page's payload, so name no more than the leaves need.
 */
export async function ClientMessages({ namespaces, children }: Props) {
  const messages = await getMessages();
  const picked = Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
