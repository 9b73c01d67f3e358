'use client';

import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { LazyMessages } from '@/i18n/lazy-messages.client';
import { preloadMessages } from '@/i18n/message-files';
import type { TermCard } from '@/lib/glossary/glossary';
import { termCounterparts, termId, termOf } from '@/lib/reader-dom/contract';
import { listen, type Replay } from '@/lib/scheduling/wake-on-intent';
import { routes } from '@/lib/routes/routes';
import { asButton, pressedTerm } from './term-buttons';
import type { OpenCard } from './types';
import type { AppLocale } from '@/i18n/routing';

const loadCard = () => import('./term-card.client');
const TermCardPopover = lazy(() => loadCard().then((module) => ({ default: module.TermCardPopover })));

type Cards = Record<string, TermCard>;
let cardsRequest: Promise<Cards | null> | null = null;

/** The cards for this UI locale, fetched once on first intent; null if they cannot be had. */
function loadCards(locale: string): Promise<Cards | null> {
  cardsRequest ??= fetch(routes.glossaryCards(locale))
    .then((response) => (response.ok ? response.json() : null))
    .catch(() => {
      cardsRequest = null;
      return null;
    });
  return cardsRequest;
}

const openDelay = 250;
const closeDelay = 300;

/** Marks the same term in the other language of the same segment. */
function markCounterparts(term: HTMLElement | null) {
  for (const element of document.querySelectorAll('[data-term-hl]')) element.removeAttribute('data-term-hl');
  if (term) for (const element of termCounterparts(term)) element.setAttribute('data-term-hl', '');
}

type Props = { locale: AppLocale; replay: Replay };

/**
 * One popover for every glossary term in the text, loaded on the first intent towards a term
 * (term-popover.client.tsx, which has already made the terms buttons). Hover and focus open a
 * preview that leaves focus where it is (WCAG 1.4.13: hoverable, dismissible with Escape,
 * persistent); a click, tap, Enter or Space opens it as a dialog and moves focus in.
 */
export function TermPopoverLive({ locale, replay }: Props) {
  const [terms, setTerms] = useState<Cards>({});
  const [open, setOpen] = useState<OpenCard | null>(null);
  const anchor = useRef<HTMLElement | null>(null);
  const timers = useRef<{ open?: number; close?: number }>({});
  // Whether the pointer is on the card. React reports it entering the card before the document's
  // listener hears it leave the term (React listens on the document first), so the close that
  // leaving schedules looks here when it comes, instead of being cancelled by the entry.
  const overCard = useRef(false);
  // The document listeners are attached once and read the current state from here.
  const openRef = useRef<OpenCard | null>(null);
  useEffect(() => {
    openRef.current = open;
  }, [open]);

  const clearTimers = () => {
    window.clearTimeout(timers.current.open);
    window.clearTimeout(timers.current.close);
  };

  const show = useCallback(
    (term: HTMLElement, via: OpenCard['via']) => {
      const id = termId(term);
      if (!id) return;
      void loadCards(locale).then((cards) => {
        if (cards) setTerms(cards);
      });
      clearTimers();
      if (anchor.current?.hasAttribute('aria-expanded')) anchor.current.setAttribute('aria-expanded', 'false');
      anchor.current = term;
      // Before its idle slice came: the term the reader reached is made a button now.
      asButton(term);
      if (term.hasAttribute('aria-expanded')) term.setAttribute('aria-expanded', 'true');
      setOpen({ id, via });
    },
    [locale],
  );

  const hide = useCallback(() => {
    clearTimers();
    // A card removed under the pointer never reports the pointer leaving it.
    overCard.current = false;
    if (anchor.current?.hasAttribute('aria-expanded')) anchor.current.setAttribute('aria-expanded', 'false');
    setOpen(null);
  }, []);

  const scheduleHide = useCallback(() => {
    clearTimers();
    timers.current.close = window.setTimeout(() => {
      if (!overCard.current) hide();
    }, closeDelay);
  }, [hide]);

  useEffect(() => {
    // A click (a tap, Enter) or Space opens the card as a dialog.
    const onPress = (event: Event) => {
      const term = pressedTerm(event);
      if (!term) return;
      event.preventDefault();
      show(term, 'press');
    };
    const onPointerOver = (event: Event) => {
      const term = termOf(event.target);
      if (!term || !(event instanceof PointerEvent)) return;
      markCounterparts(term);
      void loadCard();
      preloadMessages(locale, 'glossary');
      void loadCards(locale);
      if (event.pointerType !== 'mouse') return;
      window.clearTimeout(timers.current.close);
      // Its card is open already; once closed, hovering the term again opens it again.
      if (anchor.current === term && openRef.current) return;
      window.clearTimeout(timers.current.open);
      timers.current.open = window.setTimeout(() => show(term, 'preview'), openDelay);
    };
    const onPointerOut = (event: Event) => {
      const term = termOf(event.target);
      if (!term || !(event instanceof PointerEvent) || termOf(event.relatedTarget) === term) return;
      markCounterparts(null);
      window.clearTimeout(timers.current.open);
      // Only leaving the term whose card is open closes it: the card itself may have just
      // appeared under a resting pointer, which reads as leaving whatever term was beneath.
      if (event.pointerType === 'mouse' && term === anchor.current) scheduleHideIfPreview();
    };
    const onFocusIn = (event: Event) => {
      const term = termOf(event.target);
      markCounterparts(term);
      if (term && anchor.current !== term) show(term, 'preview');
    };

    const scheduleHideIfPreview = () => {
      if (openRef.current?.via === 'preview') scheduleHide();
    };

    const listeners = { click: onPress, keydown: onPress, pointerover: onPointerOver, pointerout: onPointerOut, focusin: onFocusIn };
    const stop = listen(document, listeners);
    replay(listeners);
    return stop;
  }, [show, scheduleHide, locale, replay]);

  const card = open ? terms[open.id] : null;
  if (!card || !open) return null;
  return (
    <Suspense fallback={null}>
      <LazyMessages locale={locale} feature="glossary">
        <TermCardPopover
          card={card}
          open={open}
          anchor={anchor}
          onClose={hide}
          isTerm={(target) => termOf(target) !== null}
          onPointerEnter={() => {
            overCard.current = true;
            window.clearTimeout(timers.current.close);
          }}
          onPointerLeave={(pointerType) => {
            overCard.current = false;
            if (open.via === 'preview' && pointerType === 'mouse') scheduleHide();
          }}
        />
      </LazyMessages>
    </Suspense>
  );
}
