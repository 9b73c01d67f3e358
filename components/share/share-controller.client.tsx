'use client';

import type { Messages } from 'next-intl';
import { Component, lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { blockOf, sentenceIndexOf, sentenceOf } from '@/lib/reader-dom/contract';
import { ANNOTATIONS_BACKUP_KEY, ANNOTATIONS_KEY, hasShareParams } from '@/lib/share/constants';
import { readStored } from '@/lib/storage/local-storage';
import type { Strings } from '@/i18n/strings';
import { isShareIntent, SHARE_EVENT } from './share-events';
import type { QueuedIntent, ShareIntent } from './types';
import type { AppLocale } from '@/i18n/routing';

/*
 * The always-loaded part of passage sharing, kept small: it watches for intent (a selection in the
 * reading text, a menu choice, Shift+F10 on a sentence, the highlights button, a share link in the
 * URL, saved highlights) and only then loads the tools (share-app.client), handing them the queue.
 * It also owns the polite live region, so confirmations are announced even while the tools load.
 */

type Share = Messages['Share'];

type Props = {
  locale: AppLocale;
  slug: string;
  strings: Strings<Share['panel'], 'open'> & Strings<Share['status'], 'loadFailed'>;
};

const ShareApp = lazy(() => import('./share-app.client').then((module) => ({ default: module.ShareApp })));

function storedAnything(): boolean {
  return readStored(ANNOTATIONS_KEY) !== null || readStored(ANNOTATIONS_BACKUP_KEY) !== null;
}

function isShareUi(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[data-share-ui]') !== null;
}

let nextId = 0;

type BoundaryProps = { onError: () => void; children: ReactNode };

/** A failed chunk load (offline, new deploy) must not take the page down: the text still reads. */
class LoadBoundary extends Component<BoundaryProps, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidCatch() {
    this.props.onError();
  }
  render() {
    return this.state.failed ? null : this.props.children;
  }
}

export function ShareController({ locale, slug, strings }: Props) {
  const [active, setActive] = useState(false);
  const [queue, setQueue] = useState<QueuedIntent[]>([]);
  const [status, setStatus] = useState('');
  // A ref, not state: a state setter as the ref would update during the hydration commit, which
  // makes React re-render at once and run every island's effects in that same long task.
  const noticeRef = useRef<HTMLDivElement>(null);
  const clearTimer = useRef<number | undefined>(undefined);

  const push = useCallback((intent: ShareIntent) => {
    setActive(true);
    setQueue((current) => [...current, { id: ++nextId, intent }]);
  }, []);

  const consume = useCallback((ids: number[]) => {
    setQueue((current) => current.filter((item) => !ids.includes(item.id)));
  }, []);

  /** Shows and announces a confirmation; the same text twice is announced twice. */
  const announce = useCallback((text: string) => {
    window.clearTimeout(clearTimer.current);
    setStatus('');
    window.setTimeout(() => setStatus(text), 30);
    clearTimer.current = window.setTimeout(() => setStatus(''), 6000);
  }, []);

  useEffect(() => {
    // A share link or saved highlights need the tools at once; anything else waits for intent.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the URL and storage exist only in the browser
    if (hasShareParams(window.location.search) || storedAnything()) setActive(true);

    const onIntent = (event: Event) => {
      if (isShareIntent(event)) push(event.detail);
    };

    let pointerDown = false;
    let timer: number | undefined;
    let keyboardMenuAt = 0;

    const checkSelection = () => {
      const selection = window.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      if (!blockOf(range.startContainer) && !blockOf(range.endContainer)) return;
      push({ type: 'select', range: range.cloneRange() });
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!isShareUi(event.target)) pointerDown = true;
    };
    const onPointerUp = (event: PointerEvent) => {
      const wasDown = pointerDown;
      pointerDown = false;
      if (wasDown && !isShareUi(event.target)) window.setTimeout(checkSelection, 0);
    };
    const onPointerCancel = () => {
      // Touch: a long press hands the pointer to the browser's own text selection.
      pointerDown = false;
    };
    const onSelectionChange = () => {
      if (pointerDown) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(checkSelection, 350);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const sentence = sentenceOf(event.target);
      if (!sentence || event.target !== sentence) return;
      if (event.key !== 'ContextMenu' && !(event.shiftKey && event.key === 'F10')) return;
      const block = blockOf(sentence);
      const index = sentenceIndexOf(sentence);
      if (!block || index === null) return;
      event.preventDefault();
      keyboardMenuAt = Date.now();
      push({
        type: 'toolbar',
        target: { kind: 'sentence', segmentId: block.segmentId, sentence: index, lang: block.lang },
        origin: sentence,
      });
    };
    const onContextMenu = (event: MouseEvent) => {
      // The keyboard's menu key also fires contextmenu: ours replaces the browser's there only.
      if (Date.now() - keyboardMenuAt < 800) event.preventDefault();
    };

    window.addEventListener(SHARE_EVENT, onIntent);
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('pointerup', onPointerUp);
    document.addEventListener('pointercancel', onPointerCancel);
    document.addEventListener('selectionchange', onSelectionChange);
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('contextmenu', onContextMenu);
    // Text selected while the scripts loaded, when nothing listened, gets its toolbar now.
    const selectedEarly = window.setTimeout(checkSelection, 0);
    return () => {
      window.clearTimeout(selectedEarly);
      window.clearTimeout(timer);
      window.removeEventListener(SHARE_EVENT, onIntent);
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('pointerup', onPointerUp);
      document.removeEventListener('pointercancel', onPointerCancel);
      document.removeEventListener('selectionchange', onSelectionChange);
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('contextmenu', onContextMenu);
    };
  }, [push]);

  return (
    <>
      <div className="share-bar js-only -mt-3 mb-4 flex flex-wrap items-start justify-end gap-2">
        <div ref={noticeRef} className="grid flex-[1_1_18rem] gap-2 empty:hidden" />
        <button
          type="button"
          className="tool-button highlights-open"
          aria-haspopup="dialog"
          onClick={(event) => push({ type: 'panel', origin: event.currentTarget })}
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16">
            <path fill="currentColor" d="M6 3h12a1 1 0 0 1 1 1v17l-7-4-7 4V4a1 1 0 0 1 1-1Z" />
          </svg>
          {strings.open}
        </button>
      </div>
      {/* Confirmations: a polite live region, visible for a few seconds. */}
      <div
        className={`share-toast pointer-events-none fixed bottom-4 left-1/2 z-90 max-w-[calc(100vw-2rem)] -translate-x-1/2 rounded-lg bg-ink px-4 py-[0.6rem] text-15 text-bg transition-opacity duration-150 ease-[ease] motion-reduce:transition-none ${status ? 'opacity-100' : 'opacity-0'}`}
        role="status"
        data-share-ui=""
      >
        {status}
      </div>
      {active && (
        <LoadBoundary onError={() => announce(strings.loadFailed)}>
          <Suspense fallback={null}>
            <ShareApp locale={locale} slug={slug} queue={queue} consume={consume} announce={announce} noticeRef={noticeRef} />
          </Suspense>
        </LoadBoundary>
      )}
    </>
  );
}
