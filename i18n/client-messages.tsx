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
 * How UI strings reach the browser, by when the code that shows them loads:
 * - An island on a page's first load gets plain strings as props, translated by its server
 *   parent with next-intl's server API (typed by their message keys with `Strings`, values only
 *   the browser knows filled in with `fill`: i18n/strings.ts). No next-intl runtime loads with
 *   the page for them.
 * - Code that loads on intent (the share tools, the search dialog, cards, menus) brings its
 *   feature's strings with it (LazyMessages) and uses next-intl, which loads with it.
 * - This provider, only where a page's first screen renders components it shares with such code
 *   (the search page's panel, a passage page's citation), which use next-intl either way: it
 *   hands them the strings they use at first. Every string named here travels in the page's
 *   payload, so name no more than the first paint needs.
 */
export async function ClientMessages({ keys, children }: Props) {
  const messages: Tree = await getMessages();
  const picked: Tree = {};
  for (const key of keys) pick(messages, picked, key.split('.'));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
