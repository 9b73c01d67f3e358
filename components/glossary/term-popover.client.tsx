'use client';

import { useLocale } from 'next-intl';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { LazyMessages, preloadMessages } from '@/i18n/lazy-messages.client';
import type { TermCard } from '@/lib/glossary/glossary';
import { attr, selectors, termCounterparts, termId, termOf } from '@/lib/reader-dom/contract';
import { inIdleSlices } from '@/lib/scheduling/idle-slices';
import { routes } from '@/lib/routes/routes';
import type { OpenCard } from './types';

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

// A document's title stays a link (it leads to that document); hover and focus still preview its card.
const cardButtons = `.doc ${selectors.term}:not([${attr.docLink}])`;

/** A term in a document's text becomes a button that opens its card (without JavaScript it is a link to the entry). */
function asButton(term: HTMLElement) {
  if (term.hasAttribute('role') || !term.matches(cardButtons)) return;
  term.setAttribute('role', 'button');
  term.setAttribute('aria-haspopup', 'dialog');
  term.setAttribute('aria-expanded', 'false');
}

/**
 * One popover for every glossary term in the text. Terms are server-rendered links to their
 * glossary entry (so they work without JavaScript); here they become buttons that open the card.
 * Hover and focus open a preview that leaves focus where it is (WCAG 1.4.13: hoverable, dismissible
 * with Escape, persistent); a click, tap, Enter or Space opens it as a dialog and moves focus in.
 */
export function TermPopover() {
  const locale = useLocale();
  const [terms, setTerms] = useState<Cards>({});
  const [open, setOpen] = useState<OpenCard | null>(null);
  const anchor = useRef<HTMLElement | null>(null);
  const timers = useRef<{ open?: number; close?: number }>({});
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
    if (anchor.current?.hasAttribute('aria-expanded')) anchor.current.setAttribute('aria-expanded', 'false');
    setOpen(null);
  }, []);

  const scheduleHide = useCallback(() => {
    window.clearTimeout(timers.current.open);
    timers.current.close = window.setTimeout(hide, closeDelay);
  }, [hide]);

  useEffect(() => {
    // One DOM write per term: a long text's hundreds of terms are done in idle slices, not in the
    // page's start-up task.
    const stopButtons = inIdleSlices([...document.querySelectorAll<HTMLElement>(cardButtons)], asButton);

    const onClick = (event: MouseEvent) => {
      const term = termOf(event.target);
      if (!term || term.hasAttribute(attr.docLink) || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      show(term, 'press');
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const term = termOf(event.target);
      if (term && event.key === ' ' && !term.hasAttribute(attr.docLink)) {
        event.preventDefault();
        show(term, 'press');
      }
    };
    const onPointerOver = (event: PointerEvent) => {
      const term = termOf(event.target);
      if (!term) return;
      markCounterparts(term);
      void loadCard();
      preloadMessages(locale, 'glossary');
      void loadCards(locale);
      if (event.pointerType !== 'mouse') return;
      window.clearTimeout(timers.current.close);
      if (anchor.current === term) return;
      window.clearTimeout(timers.current.open);
      timers.current.open = window.setTimeout(() => show(term, 'preview'), openDelay);
    };
    const onPointerOut = (event: PointerEvent) => {
      const term = termOf(event.target);
      if (!term || termOf(event.relatedTarget) === term) return;
      markCounterparts(null);
      window.clearTimeout(timers.current.open);
      // Only leaving the term whose card is open closes it: the card itself may have just
      // appeared under a resting pointer, which reads as leaving whatever term was beneath.
      if (event.pointerType === 'mouse' && term === anchor.current) scheduleHideIfPreview();
    };
    const onFocusIn = (event: FocusEvent) => {
      const term = termOf(event.target);
      markCounterparts(term);
      if (term && anchor.current !== term) show(term, 'preview');
    };

    const scheduleHideIfPreview = () => {
      if (openRef.current?.via === 'preview') scheduleHide();
    };

    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerover', onPointerOver);
    document.addEventListener('pointerout', onPointerOut);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      stopButtons();
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerover', onPointerOver);
      document.removeEventListener('pointerout', onPointerOut);
      document.removeEventListener('focusin', onFocusIn);
    };
  }, [show, scheduleHide, locale]);

  const card = open ? terms[open.id] : null;
  if (!card || !open) return null;
  return (
    <Suspense fallback={null}>
      <LazyMessages feature="glossary">
        <TermCardPopover
          card={card}
          open={open}
          anchor={anchor}
          onClose={hide}
          isTerm={(target) => termOf(target) !== null}
          onPointerEnter={() => window.clearTimeout(timers.current.close)}
          onPointerLeave={(pointerType) => {
            if (open.via === 'preview' && pointerType === 'mouse') scheduleHide();
          }}
        />
      </LazyMessages>
    </Suspense>
  );
}
