'use client';

import { lazy, Suspense, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { LazyMessages, preloadMessages } from '@/i18n/lazy-messages.client';
import { attr, selectors } from '@/lib/reader-dom/contract';
import { useLocale } from 'next-intl';

/*
 * The passage menus of the document's static text. Each segment's menu button is plain HTML
 * (components/reader/mdx-components.tsx): this island listens on the document, loads the menu's
 * code when a pointer or focus reaches a button, and on the first activation puts the Radix menu
 * (segment-dropdown.client.tsx) in the button's place, open. No menu code is on the first load,
 * and the text around the buttons is never hydrated.
 */

const loadDropdown = () => import('./segment-dropdown.client');
const SegmentDropdown = lazy(() => loadDropdown().then((module) => ({ default: module.SegmentDropdown })));

type Mounted = { segmentId: string; host: HTMLElement; plain: HTMLButtonElement; byKeyboard: boolean };

function menuButtonOf(target: EventTarget | null): HTMLButtonElement | null {
  return target instanceof Element ? target.closest<HTMLButtonElement>(selectors.segmentMenu) : null;
}

export function SegmentMenus() {
  const locale = useLocale();
  const [mounted, setMounted] = useState<Mounted[]>([]);

  useEffect(() => {
    const warm = (event: Event) => {
      if (!menuButtonOf(event.target)) return;
      void loadDropdown().catch(() => undefined);
      preloadMessages(locale, 'share');
    };
    const open = (button: HTMLButtonElement, byKeyboard: boolean) => {
      if (button.hasAttribute('data-menu-opening')) return;
      button.setAttribute('data-menu-opening', '');
      const segmentId = button.getAttribute(attr.segmentMenu) ?? '';
      // The real menu's trigger takes the plain button's place (same look, same name).
      const host = document.createElement('span');
      host.className = 'contents';
      host.setAttribute('data-share-skip', '');
      button.after(host);
      setMounted((current) => [...current, { segmentId, host, plain: button, byKeyboard }]);
    };
    const onClick = (event: MouseEvent) => {
      const button = menuButtonOf(event.target);
      // A click from Enter or Space has no pointer detail.
      if (button) open(button, event.detail === 0);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const button = menuButtonOf(event.target);
      if (!button || event.key !== 'ArrowDown') return;
      event.preventDefault();
      open(button, true);
    };
    document.addEventListener('pointerover', warm);
    document.addEventListener('focusin', warm);
    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerover', warm);
      document.removeEventListener('focusin', warm);
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [locale]);

  return mounted.map(({ segmentId, host, plain, byKeyboard }) =>
    createPortal(
      <Suspense fallback={null}>
        <LazyMessages feature="share">
          <SegmentDropdown segmentId={segmentId} byKeyboard={byKeyboard} onReady={() => plain.setAttribute('hidden', '')} />
        </LazyMessages>
      </Suspense>,
      host,
      segmentId,
    ),
  );
}
