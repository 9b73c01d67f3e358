'use client';

import { Popover } from 'radix-ui';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TermCategory } from '@/lib/content/schema';
import type { TermCard } from '@/lib/glossary';

type Labels = {
  categories: Record<TermCategory, string>;
  pinyin: string;
  english: string;
  counts: string;
  openEntry: string;
  close: string;
  /** "Glossary: {term}" */
  dialog: string;
};

type Props = { terms: Record<string, TermCard>; locale: string; labels: Labels };

type Open = { id: string; via: 'preview' | 'press' };

const termSelector = '.doc [data-term]';
const openDelay = 250;
const closeDelay = 300;

function termOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(termSelector) : null;
}

/** Marks the same term in the other language of the same segment. */
function markCounterparts(term: HTMLElement | null) {
  for (const element of document.querySelectorAll('[data-term-hl]')) element.removeAttribute('data-term-hl');
  if (!term) return;
  const segment = term.closest('[data-segment]');
  for (const element of segment?.querySelectorAll<HTMLElement>(`[data-term="${CSS.escape(term.dataset.term ?? '')}"]`) ?? []) {
    element.setAttribute('data-term-hl', '');
  }
}

/**
 * One popover for every glossary term in the text. Terms are server-rendered links to their
 * glossary entry (so they work without JavaScript); here they become buttons that open the card.
 * Hover and focus open a preview that leaves focus where it is (WCAG 1.4.13: hoverable, dismissible
 * with Escape, persistent); a click, tap, Enter or Space opens it as a dialog and moves focus in.
 */
export function TermPopover({ terms, locale, labels }: Props) {
  const [open, setOpen] = useState<Open | null>(null);
  const anchor = useRef<HTMLElement | null>(null);
  const timers = useRef<{ open?: number; close?: number }>({});
  // The document listeners are attached once and read the current state from here.
  const openRef = useRef<Open | null>(null);
  useEffect(() => {
    openRef.current = open;
  }, [open]);

  const clearTimers = () => {
    window.clearTimeout(timers.current.open);
    window.clearTimeout(timers.current.close);
  };

  const show = useCallback((term: HTMLElement, via: Open['via']) => {
    const id = term.dataset.term;
    if (!id || !terms[id]) return;
    clearTimers();
    anchor.current?.setAttribute('aria-expanded', 'false');
    anchor.current = term;
    term.setAttribute('aria-expanded', 'true');
    setOpen({ id, via });
  }, [terms]);

  const hide = useCallback(() => {
    clearTimers();
    anchor.current?.setAttribute('aria-expanded', 'false');
    setOpen(null);
  }, []);

  const scheduleHide = useCallback(() => {
    window.clearTimeout(timers.current.open);
    timers.current.close = window.setTimeout(hide, closeDelay);
  }, [hide]);

  useEffect(() => {
    for (const term of document.querySelectorAll<HTMLElement>(termSelector)) {
      term.setAttribute('role', 'button');
      term.setAttribute('aria-haspopup', 'dialog');
      term.setAttribute('aria-expanded', 'false');
    }

    const onClick = (event: MouseEvent) => {
      const term = termOf(event.target);
      if (!term || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      show(term, 'press');
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const term = termOf(event.target);
      if (term && event.key === ' ') {
        event.preventDefault();
        show(term, 'press');
      }
    };
    const onPointerOver = (event: PointerEvent) => {
      const term = termOf(event.target);
      if (!term) return;
      markCounterparts(term);
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
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerover', onPointerOver);
      document.removeEventListener('pointerout', onPointerOut);
      document.removeEventListener('focusin', onFocusIn);
    };
  }, [show, scheduleHide]);


  const card = open ? terms[open.id] : null;

  return (
    <Popover.Root open={Boolean(card)} onOpenChange={(next) => !next && hide()}>
      <Popover.Anchor virtualRef={anchor} />
      <Popover.Portal>
        {card && open && (
          <Popover.Content
            // A new mount when a preview becomes a pressed dialog, so that focus moves into it.
            key={`${open.id}:${open.via}`}
            className="term-pop"
            side="bottom"
            align="start"
            sideOffset={6}
            collisionPadding={12}
            aria-label={labels.dialog.replace('{term}', `${card.zh} ${card.en}`)}
            onOpenAutoFocus={(event) => {
              if (open.via === 'preview') event.preventDefault();
            }}
            onCloseAutoFocus={(event) => {
              event.preventDefault();
              if (open.via === 'press') anchor.current?.focus();
            }}
            onFocusOutside={(event) => {
              // Moving focus to another term re-targets the preview instead of closing first.
              if (termOf(event.target)) event.preventDefault();
            }}
            onPointerEnter={() => window.clearTimeout(timers.current.close)}
            onPointerLeave={(event) => {
              if (open.via === 'preview' && event.pointerType === 'mouse') scheduleHide();
            }}
          >
            <div className="term-pop-head">
              <p className="term-pop-zh" lang="zh-CN">
                {card.zh}
              </p>
              <Popover.Close className="term-pop-close" aria-label={labels.close}>
                <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16">
                  <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" />
                </svg>
              </Popover.Close>
            </div>
            <p className="term-pop-py" lang="zh-Latn">
              <span className="sr-only">{labels.pinyin}: </span>
              {card.pinyin}
            </p>
            <p className="term-pop-en" lang="en">
              <span className="sr-only">{labels.english}: </span>
              {card.en}
            </p>
            <p className="term-pop-cat">{labels.categories[card.category]}</p>
            <p className="term-pop-expl">{card.explanation}</p>
            {card.counts.length > 0 && (
              <>
                <p className="term-pop-counts-title">{labels.counts}</p>
                <ol className="term-pop-counts">
                  {card.counts.map((item) => (
                    <li key={item.zh}>
                      <span lang="zh-CN">{item.zh}</span> <span lang="en">{item.en}</span>
                    </li>
                  ))}
                </ol>
              </>
            )}
            <a className="term-pop-link" href={`/${locale}/glossary/${card.id}`}>
              {labels.openEntry}
            </a>
          </Popover.Content>
        )}
      </Popover.Portal>
    </Popover.Root>
  );
}
