import { NextIntlClientProvider, type Messages } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';

/** A namespace ('Share') or a path into one ('Share.panel.open'). */
type Key = keyof Messages | `${keyof Messages}.${string}`;
type Props = { keys: readonly Key[]; children: ReactNode };

type Tree = { [key: string]: unknown };

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null;
}

/** Copies the value at `path` from `source` into `target`, creating the objects on the way. */
function pick(source: Tree, target: Tree, path: string[]): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  const value = source[head];
  if (rest.length === 0 || !isTree(value)) {
    target[head] = value;
    return;
  }
  const into = isTree(target[head]) ? target[head] : (target[head] = {});
  if (isTree(into)) pick(value, into, rest);
}

/*
 * The one way UI strings reach the browser: a feature's entry wraps its client leaves in this
 * provider with only the strings they use at first, and the leaves call useTranslations. Every
 * string named here travels in the page's payload, so name no more than the first paint needs:
 * code that loads on intent brings its own strings (LazyMessages).
 */
export async function ClientMessages({ keys, children }: Props) {
  const messages: Tree = await getMessages();
  const picked: Tree = {};
  for (const key of keys) pick(messages, picked, key.split('.'));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
