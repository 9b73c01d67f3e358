import { attr, selectors } from './contract';

/*
 * What pressing a term does, shared by the live page (components/glossary/term-buttons.ts) and the
 * after-paint script that holds presses until the page is live (lib/first-paint/after-paint.ts):
 * the two must agree, or a press made while the scripts load would do what it never does once
 * they have run.
 */

/** A term that opens its card: every term but a document's title, which stays a link to that document (hover and focus still preview its card). */
export const cardTerm = `${selectors.term}:not([${attr.docLink}])`;

type Modifiers = Pick<MouseEvent, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/** A click with a modifier (a new tab, a new window, a download) belongs to the link, never to the card. */
export function keepsLink({ ctrlKey, metaKey, shiftKey, altKey }: Modifiers): boolean {
  return ctrlKey || metaKey || shiftKey || altKey;
}
