'use client';

import { segmentMenuOf } from '@/lib/reader-dom/contract';
import { useWakeOnIntent, type Intent } from '@/lib/scheduling/wake-on-intent';
import type { AppLocale } from '@/i18n/routing';

const load = () => import('./segment-menus-live.client').then((module) => module.SegmentMenusLive);

// A pointer or focus reaching a menu button, or its activation; ArrowDown opens it without scrolling.
const intent: Intent = {
  events: ['pointerover', 'focusin', 'click', 'keydown'],
  wakes: (event) => {
    if (!segmentMenuOf(event.target)) return false;
    if (event.type !== 'keydown') return true;
    if (!(event instanceof KeyboardEvent) || event.key !== 'ArrowDown') return false;
    event.preventDefault();
    return true;
  },
};

/**
 * The segments' menus: each menu button is plain HTML until then, and only this listener is on
 * the page's first load; the menus' island (segment-menus-live.client.tsx) loads when a pointer
 * or focus first reaches a button, and answers whatever it missed.
 */
type Props = { locale: AppLocale };

export function SegmentMenus({ locale }: Props) {
  const woken = useWakeOnIntent(intent, load);
  if (!woken) return null;
  const { loaded: SegmentMenusLive, replay } = woken;
  return <SegmentMenusLive locale={locale} replay={replay} />;
}
