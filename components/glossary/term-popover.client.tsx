'use client';

import { useEffect } from 'react';
import { termOf } from '@/lib/reader-dom/contract';
import { inIdleSlices } from '@/lib/scheduling/idle-slices';
import { useWakeOnIntent, type Intent } from '@/lib/scheduling/wake-on-intent';
import { asButton, cardButtons, pressedTerm } from './term-buttons';
import type { AppLocale } from '@/i18n/routing';

const load = () => import('./term-popover-live.client').then((module) => module.TermPopoverLive);

// A term hovered, focused or pressed wakes the popover; a press cancels the link's navigation now.
const intent: Intent = {
  events: ['click', 'keydown', 'pointerover', 'pointerout', 'focusin'],
  wakes: (event) => {
    if (pressedTerm(event)) {
      event.preventDefault();
      return true;
    }
    return (event.type === 'pointerover' || event.type === 'focusin') && termOf(event.target) !== null;
  },
};

/**
 * Term cards for the reading text. Terms are server-rendered links to their glossary entry (so
 * they work without JavaScript); here, at start-up, they become buttons that open the card, so
 * that a screen reader never sees their role change later. The popover itself
 * (term-popover-live.client.tsx), the cards and their strings load on the first intent.
 */
type Props = { locale: AppLocale };

export function TermPopover({ locale }: Props) {
  // One DOM write per term: a long text's hundreds of terms are done in idle slices, not in the
  // page's start-up task.
  useEffect(() => inIdleSlices([...document.querySelectorAll<HTMLElement>(cardButtons)], asButton), []);
  const woken = useWakeOnIntent(intent, load);
  if (!woken) return null;
  const { loaded: TermPopoverLive, replay } = woken;
  return <TermPopoverLive locale={locale} replay={replay} />;
}
