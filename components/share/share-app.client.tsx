'use client';

import { useLocale, useTranslations } from 'next-intl';
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { LazyMessages } from '@/i18n/lazy-messages.client';
import { blockOf, findBlock, sentenceElements, shownLang, focusSentence, segmentElement } from '@/lib/reader-dom/contract';
import { offsetsOfRange } from '@/lib/reader-dom/text-offsets';
import { sentenceRanges } from '@/lib/content/model';
import { resolveAnnotation, type Annotation } from '@/lib/share/annotation';
import { createTextAnchor } from '@/lib/share/anchor';
import type { CitationInput } from '@/lib/share/citation';
import { anchorOf, sameTarget, segmentOf, type Target } from '@/lib/share/targets';
import { CitationDialog } from './citation-dialog.client';
import { ShareCallout } from './share-callout.client';
import { ShareToolbar } from './share-toolbar.client';
import type { Announce, MenuTarget, QueuedIntent, ShareIntent } from './types';
import { shareActions } from './share-actions';
import { useAnnotations } from './use-annotations';
import { usePaintedHighlights } from './use-painted-highlights';
import { useShareDocument } from './use-share-document';
import { useSharedPassage } from './use-shared-passage';
import { placeOf, type Place } from './place';
import { noticeBox } from './styles';
import type { AppLocale } from '@/i18n/routing';

/*
 * The share tools, loaded on intent by ShareController: opens share links (highlight, notice,
 * note), paints saved highlights, runs the passage toolbar and the citation dialog, and loads the
 * highlights panel when asked. Highlights use the CSS Custom Highlight API, so the
 * server-rendered text is never rewritten; the only nodes added are the callout beside a shared
 * passage and the floating toolbar.
 */

const HighlightsPanel = lazy(() => import('./highlights-panel.client').then((module) => ({ default: module.HighlightsPanel })));

type Props = {
  locale: AppLocale;
  slug: string;
  queue: QueuedIntent[];
  consume: (ids: number[]) => void;
  announce: Announce;
  /** Where notices go: attached before the tools mount, which is only ever after the page is live. */
  noticeRef: RefObject<HTMLElement | null>;
};

type ToolbarState = {
  key: number;
  target: Target;
  place: Place;
  origin: HTMLElement | null;
  autoFocus: boolean;
  noteOpen: boolean;
  fallback: string | null;
};

type ToolbarOptions = { origin: HTMLElement | null; autoFocus: boolean; noteOpen?: boolean; fallback?: string | null };

let toolbarKey = 0;

/** The tools with their strings (/{locale}/messages/share.json), fetched with this code. */
export function ShareApp({ locale, ...props }: Props) {
  return (
    <LazyMessages locale={locale} feature="share">
      <ShareTools {...props} />
    </LazyMessages>
  );
}

function ShareTools({ slug, queue, consume, announce, noticeRef }: Omit<Props, 'locale'>) {
  const [noticeHost, setNoticeHost] = useState<HTMLElement | null>(null);
  useEffect(() => setNoticeHost(noticeRef.current), [noticeRef]);
  const t = useTranslations('Share');
  const locale = useLocale();
  const loadFailed = useCallback(() => announce(t('status.loadFailed')), [announce, t]);
  const loaded = useShareDocument(locale, slug, loadFailed);
  const doc = loaded.status === 'ready' ? loaded.doc : null;
  const store = useAnnotations(announce);
  const shared = useSharedPassage(doc);
  const [toolbar, setToolbar] = useState<ToolbarState | null>(null);
  const [citation, setCitation] = useState<{ input: CitationInput; copied: boolean } | null>(null);
  const [panel, setPanel] = useState<{ origin: HTMLElement | null } | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const focusTimer = useRef<number | undefined>(undefined);
  // Kept apart from the citation: the dialog's close handler runs after the citation is cleared.
  const [citationOrigin, setCitationOrigin] = useState<HTMLElement | null>(null);
  usePaintedHighlights(doc, store.annotations, focused);

  const targetOf = (menu: MenuTarget): Target =>
    menu.kind === 'segment'
      ? { kind: 'segment', segmentId: menu.segmentId, lang: shownLang(locale) }
      : { kind: 'sentence', segmentId: menu.segmentId, sentence: menu.sentence, lang: menu.lang ?? shownLang(locale) };

  const openToolbar = (target: Target, options: ToolbarOptions) =>
    setToolbar({
      key: ++toolbarKey,
      target,
      origin: options.origin,
      autoFocus: options.autoFocus,
      noteOpen: options.noteOpen ?? false,
      fallback: options.fallback ?? null,
      place: placeOf(doc, target, options.origin),
    });

  // ---------------------------------------------------------------------------
  // Actions

  /** A copy that failed shows the text in the toolbar for copying by hand. */
  const showFallback = (target: Target, text: string, origin: HTMLElement | null) => {
    if (toolbar && toolbar.target === target) setToolbar({ ...toolbar, fallback: text });
    else openToolbar(target, { origin, autoFocus: false, fallback: text });
    announce(t('status.copyFailed'));
  };

  const { annotationFor, toggleHighlight, saveNote, copyLink, share, cite } = shareActions({
    doc,
    slug,
    locale,
    store,
    t,
    announce,
    showFallback,
    openCitation: (input, copied, origin) => {
      setCitationOrigin(origin);
      setCitation({ input, copied });
    },
  });

  // ---------------------------------------------------------------------------
  // Intents from the controller

  const handle = (intent: ShareIntent) => {
    if (intent.type === 'panel') {
      setPanel({ origin: intent.origin });
      return;
    }
    if (intent.type === 'select') {
      const info = blockOf(intent.range.startContainer) ?? blockOf(intent.range.endContainer);
      const segment = info ? segmentOf(doc, info.segmentId) : undefined;
      if (!info || !segment) return;
      const offsets = offsetsOfRange(intent.range, info.block, sentenceRanges(segment, info.lang));
      const anchor = createTextAnchor({ segment, lang: info.lang, start: offsets.start, end: offsets.end });
      if (!anchor) return;
      const target: Target = { kind: 'range', segmentId: segment.id, lang: anchor.lang, start: anchor.start, end: anchor.end };
      if (!sameTarget(toolbar?.target, target)) openToolbar(target, { origin: null, autoFocus: false });
      return;
    }
    const target = targetOf(intent.target);
    if (!anchorOf(doc, target)) return;
    if (intent.type === 'toolbar') {
      openToolbar(target, { origin: intent.origin, autoFocus: true });
      return;
    }
    switch (intent.action) {
      case 'highlight':
        toggleHighlight(target);
        break;
      case 'note':
        openToolbar(target, { origin: intent.origin, autoFocus: true, noteOpen: true });
        break;
      case 'link':
        void copyLink(target, intent.origin);
        break;
      case 'share':
        void share(target, intent.origin);
        break;
      case 'cite':
        void cite(target, intent.origin);
        break;
    }
  };
  // The queue is drained by an effect: the latest handler reads the latest state.
  const handler = useRef(handle);
  useEffect(() => {
    handler.current = handle;
  });

  useEffect(() => {
    if (queue.length === 0 || loaded.status === 'loading') return;
    if (loaded.status === 'ready') for (const { intent } of queue) handler.current(intent);
    consume(queue.map((item) => item.id));
  }, [queue, loaded.status, consume]);

  const closeToolbar = (returnFocus: boolean) => {
    const origin = toolbar?.origin;
    setToolbar(null);
    if (returnFocus && origin?.isConnected) origin.focus();
  };

  /** From the panel: close it, scroll to the highlight, let it glow a moment, focus its sentence. */
  const jumpTo = (annotation: Annotation) => {
    setPanel(null);
    setFocused(annotation.id);
    window.clearTimeout(focusTimer.current);
    focusTimer.current = window.setTimeout(() => setFocused(null), 6000);
    const segment = segmentOf(doc, annotation.segmentId);
    const element = segmentElement(annotation.segmentId);
    if (!element) return;
    requestAnimationFrame(() => {
      element.scrollIntoView({ block: 'start' });
      const resolution = segment ? resolveAnnotation(annotation, segment) : null;
      const found = resolution && resolution.status !== 'gone' ? resolution : null;
      const lang = found?.lang ?? annotation.lang;
      const block = findBlock(annotation.segmentId, lang);
      // The reader's own focus stop, so that keyboard reading continues there.
      const sentence = block ? sentenceElements(block)[found?.aligned[lang][0] ?? 0] : undefined;
      if (sentence) focusSentence(sentence, { preventScroll: true });
    });
  };

  // ---------------------------------------------------------------------------
  // Render

  const view = shared.view;
  const storeNotice = store.storeNotice;
  const toolbarTarget = toolbar?.target ?? null;
  const toolbarAnnotation = toolbarTarget ? annotationFor(toolbarTarget) : undefined;

  return (
    <>
      {noticeHost &&
        createPortal(
          <>
            {view?.kind === 'notice' && (
              <div className={`${noticeBox} flex flex-wrap items-center justify-between`} role="status">
                <p className="flex-[1_1_14rem]">{t(view.error === 'unknown-segment' ? 'notice.unknownSegment' : 'notice.invalid')}</p>
                <button type="button" className="tool-button" onClick={shared.dismiss}>
                  {t('callout.dismiss')}
                </button>
              </div>
            )}
            {storeNotice && (
              <div className={`${noticeBox} flex flex-wrap items-center justify-between`} role="status">
                <p className="flex-[1_1_14rem]">{storeNotice}</p>
              </div>
            )}
          </>,
          noticeHost,
        )}

      {shared.calloutHost &&
        view?.kind === 'passage' &&
        createPortal(<ShareCallout passage={view.passage} damaged={view.damaged} onDismiss={shared.dismiss} />, shared.calloutHost)}

      {toolbar && toolbarTarget && (
        <ShareToolbar
          openKey={toolbar.key}
          target={toolbarTarget}
          place={toolbar.place}
          autoFocus={toolbar.autoFocus}
          noteOpen={toolbar.noteOpen}
          highlighted={toolbarAnnotation !== undefined}
          note={toolbarAnnotation?.note ?? ''}
          fallback={toolbar.fallback}
          onHighlight={() => toggleHighlight(toolbarTarget)}
          onSaveNote={(note) => saveNote(toolbarTarget, note)}
          onCopyLink={() => void copyLink(toolbarTarget, null)}
          onShare={() => void share(toolbarTarget, null)}
          onCite={(button) => void cite(toolbarTarget, button)}
          onClose={closeToolbar}
        />
      )}

      <CitationDialog
        citation={citation?.input ?? null}
        copied={citation?.copied ?? true}
        origin={citationOrigin}
        onClose={() => setCitation(null)}
      />

      {panel && (
        <Suspense fallback={null}>
          <HighlightsPanel
            slug={slug}
            doc={doc}
            store={store}
            origin={panel.origin}
            onClose={() => setPanel(null)}
            onJump={jumpTo}
            announce={announce}
          />
        </Suspense>
      )}
    </>
  );
}
