'use client';

import { lazy, Suspense, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { LazyMessages } from '@/i18n/lazy-messages.client';
import { preloadMessages } from '@/i18n/message-files';
import { segmentMenuOf, segmentOf } from '@/lib/reader-dom/contract';
import { listen, type Replay } from '@/lib/scheduling/wake-on-intent';
import type { AppLocale } from '@/i18n/routing';

/*
 * The passage menus of the document's static text, loaded when a pointer or focus first reaches
 * a segment's menu button (segment-menus.client.tsx). Each button is plain HTML
 * (components/reader/mdx-components.tsx): this island listens on the document, loads the menu's
 * own code when a pointer or focus reaches a button, and on the first activation puts the Radix
 * menu (segment-dropdown.client.tsx) in the button's place, open. The text around the buttons is
 * never hydrated.
 */

const loadDropdown = () => import('./segment-dropdown.client');
const SegmentDropdown = lazy(() => loadDropdown().then((module) => ({ default: module.SegmentDropdown })));

type Mounted = { segmentId: string; host: HTMLElement; plain: HTMLButtonElement; byKeyboard: boolean };

type Props = { locale: AppLocale; replay: Replay };

export function SegmentMenusLive({ locale, replay }: Props) {
  const [mounted, setMounted] = useState<Mounted[]>([]);

  useEffect(() => {
    const warm = (event: Event) => {
      if (!segmentMenuOf(event.target)) return;
      void loadDropdown().catch(() => undefined);
      preloadMessages(locale, 'share');
    };
    const open = (button: HTMLButtonElement, byKeyboard: boolean) => {
      if (button.hasAttribute('data-menu-opening')) return;
      button.setAttribute('data-menu-opening', '');
      const segmentId = segmentOf(button)?.id ?? '';
      // The real menu's trigger takes the plain button's place (same look, same name).
      const host = document.createElement('span');
      host.className = 'contents';
      host.setAttribute('data-share-skip', '');
      button.after(host);
      setMounted((current) => [...current, { segmentId, host, plain: button, byKeyboard }]);
    };
    const onClick = (event: Event) => {
      if (!(event instanceof MouseEvent)) return;
      const button = segmentMenuOf(event.target);
      // A click from Enter or Space has no pointer detail.
      if (button) open(button, event.detail === 0);
    };
    const onKeyDown = (event: Event) => {
      const button = segmentMenuOf(event.target);
      if (!button || !(event instanceof KeyboardEvent) || event.key !== 'ArrowDown') return;
      event.preventDefault();
      open(button, true);
    };
    const listeners = { pointerover: warm, focusin: warm, click: onClick, keydown: onKeyDown };
    const stop = listen(document, listeners);
    replay(listeners);
    return stop;
  }, [locale, replay]);

  return mounted.map(({ segmentId, host, plain, byKeyboard }) =>
    createPortal(
      <Suspense fallback={null}>
        <LazyMessages locale={locale} feature="share">
          <SegmentDropdown segmentId={segmentId} byKeyboard={byKeyboard} onReady={() => plain.setAttribute('hidden', '')} />
        </LazyMessages>
      </Suspense>,
      host,
      segmentId,
    ),
  );
}
