import { termOf } from '@/lib/reader-dom/contract';
import { cardTerm, keepsLink } from '@/lib/reader-dom/term-press';

/*
 * Terms as buttons, shared by the always-loaded part of the term cards (term-popover.client.tsx,
 * which makes every term a button at start-up) and the popover it loads on intent.
 */

export const cardButtons = `.doc ${cardTerm}`;

/** A term in a document's text becomes a button that opens its card (without JavaScript it is a link to the entry). */
export function asButton(term: HTMLElement) {
  if (term.hasAttribute('role') || !term.matches(cardButtons)) return;
  term.setAttribute('role', 'button');
  term.setAttribute('aria-haspopup', 'dialog');
  term.setAttribute('aria-expanded', 'false');
}

/**
 * The term a click (a tap, Enter) or Space presses to open its card as a dialog, or null: a
 * document's title and a modified click (a new tab) stay the link's.
 */
export function pressedTerm(event: Event): HTMLElement | null {
  const term = termOf(event.target);
  if (!term?.matches(cardTerm)) return null;
  if (event instanceof MouseEvent && event.type === 'click') return keepsLink(event) ? null : term;
  return event instanceof KeyboardEvent && event.type === 'keydown' && event.key === ' ' ? term : null;
}
