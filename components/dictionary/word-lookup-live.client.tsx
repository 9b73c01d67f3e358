'use client';

import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { LazyMessages } from '@/i18n/lazy-messages.client';
import { preloadMessages } from '@/i18n/message-files';
import { wordsEvent, type WordsRequest } from '@/lib/dictionary/events';
import { describeWord, longestAt, sourceOf, type DictionaryFile } from '@/lib/dictionary/lookup';
import { charAtPoint, charsFrom, rangeFrom, type CharHit } from '@/lib/dictionary/text-at-point';
import { fileLoader } from '@/lib/reader/file-loader';
import { paintHighlight } from '@/lib/reader-dom/highlights';
import { termOf } from '@/lib/reader-dom/contract';
import { routes } from '@/lib/routes/routes';
import { listen, type Replay } from '@/lib/scheduling/wake-on-intent';
import type { OpenWord } from './types';
import type { AppLocale } from '@/i18n/routing';

const loadCard = () => import('./word-card.client');
const WordCard = lazy(() => loadCard().then((module) => ({ default: module.WordCard })));
const WordsDialog = lazy(() => import('./words-dialog.client').then((module) => ({ default: module.WordsDialog })));

/** The document's dictionary, fetched once, on the first hover over its Chinese. */
const loadDictionary = fileLoader<DictionaryFile>();

const openDelay = 120;
const closeDelay = 300;

type Props = { locale: AppLocale; slug: string; replay: Replay };

/**
 * The word card: hovering (mouse) or tapping (touch) a Chinese character of the text looks up
 * the longest dictionary word starting there, as Zhongwen does. Glossary terms keep their own
 * card (term-popover). Loaded on the first hover or tap over the Chinese, or the first request
 * for a word list (word-lookup.client.tsx); the dictionary, the card and its strings load then
 * too. A segment's menu asks for the word list ("Words in this sentence").
 */
export function WordLookupLive({ locale, slug, replay }: Props) {
  const [open, setOpen] = useState<OpenWord | null>(null);
  const [words, setWords] = useState<(WordsRequest & { file: DictionaryFile | null }) | null>(null);
  const state = useRef<{ open?: number; close?: number; hit?: string; frame?: number }>({});
  const overCard = useRef(false);
  const closeRef = useRef<() => void>(() => undefined);
  const url = routes.dictionary(locale, slug);

  useEffect(() => {
    const timers = state.current;
    const clearTimers = () => {
      window.clearTimeout(timers.open);
      window.clearTimeout(timers.close);
    };
    const close = () => {
      clearTimers();
      // A card removed under the pointer never reports the pointer leaving it.
      overCard.current = false;
      timers.hit = undefined;
      paintHighlight('lookup-word', []);
      setOpen(null);
    };
    const scheduleClose = () => {
      window.clearTimeout(timers.open);
      timers.hit = undefined;
      window.clearTimeout(timers.close);
      timers.close = window.setTimeout(() => {
        if (!overCard.current) close();
      }, closeDelay);
    };

    const show = async (hit: CharHit, via: OpenWord['via']) => {
      const key = `${via}:${hit.container.dataset.sentence ?? ''}:${hit.offset}:${hit.node.data.slice(0, 4)}`;
      try {
        const file = await loadDictionary(url);
        const word = longestAt(sourceOf(file), charsFrom(hit, file.maxLength), 0) ?? '';
        const range = rangeFrom(hit, Array.from(word).length);
        paintHighlight('lookup-word', [range]);
        overCard.current = false;
        setOpen({ info: describeWord(file, word), range, via, key });
      } catch {
        setOpen({ info: null, range: rangeFrom(hit, 1), via, key });
      }
    };

    const intent = () => {
      void loadCard();
      void loadDictionary(url).catch(() => undefined);
      preloadMessages(locale, 'dictionary');
    };

    // Over a term or a link the term card (or the link) answers instead.
    const hitAt = (target: EventTarget | null, x: number, y: number): CharHit | null => {
      if (!(target instanceof Element) || !target.closest('.block-zh') || termOf(target) || target.closest('a, button')) return null;
      return charAtPoint(x, y);
    };

    const onMove = (event: Event) => {
      if (!(event instanceof PointerEvent) || event.pointerType !== 'mouse') return;
      const { clientX, clientY, target } = event;
      if (timers.frame) cancelAnimationFrame(timers.frame);
      timers.frame = requestAnimationFrame(() => {
        timers.frame = undefined;
        const hit = hitAt(target, clientX, clientY);
        if (!hit) {
          if (!overCard.current && (timers.hit || document.querySelector('[data-word-card]'))) scheduleClose();
          return;
        }
        intent();
        const id = `${hit.container.dataset.sentence ?? ''}:${hit.offset}:${hit.node.data}`;
        window.clearTimeout(timers.close);
        if (id === timers.hit) return;
        timers.hit = id;
        window.clearTimeout(timers.open);
        timers.open = window.setTimeout(() => void show(hit, 'preview'), openDelay);
      });
    };

    const onClick = (event: Event) => {
      if (!(event instanceof PointerEvent) || event.pointerType === 'mouse') return;
      const hit = hitAt(event.target, event.clientX, event.clientY);
      if (!hit) return;
      intent();
      clearTimers();
      void show(hit, 'press');
    };

    const onWords = (event: Event) => {
      if (!(event instanceof CustomEvent)) return;
      const request: WordsRequest = event.detail;
      preloadMessages(locale, 'dictionary');
      loadDictionary(url).then(
        (file) => setWords({ ...request, file }),
        () => setWords({ ...request, file: null }),
      );
    };

    closeRef.current = close;
    const listeners = { pointermove: onMove, click: onClick, [wordsEvent]: onWords };
    const stop = listen(document, listeners);
    replay(listeners);
    return () => {
      clearTimers();
      if (timers.frame) cancelAnimationFrame(timers.frame);
      stop();
    };
  }, [locale, url, replay]);

  return (
    <>
      {open && (
        <Suspense fallback={null}>
          <LazyMessages locale={locale} feature="dictionary">
            <WordCard
              open={open}
              onClose={() => closeRef.current()}
              onPointerEnter={() => {
                overCard.current = true;
                window.clearTimeout(state.current.close);
              }}
              onPointerLeave={() => {
                overCard.current = false;
              }}
            />
          </LazyMessages>
        </Suspense>
      )}
      {words && (
        <Suspense fallback={null}>
          <LazyMessages locale={locale} feature="dictionary">
            <WordsDialog request={words} file={words.file} onClose={() => setWords(null)} />
          </LazyMessages>
        </Suspense>
      )}
    </>
  );
}
