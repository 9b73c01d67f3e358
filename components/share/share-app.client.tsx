'use client';

import { createTranslator } from 'next-intl';
import { Dialog } from 'radix-ui';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { segmentText, type Lang } from '@/lib/content/model';
import { alignedSentences, createTextAnchor, sentenceRanges, type TextAnchor } from '@/lib/share/anchor';
import {
  createAnnotation,
  loadAnnotations,
  readAnnotationBackup,
  removeAnnotation,
  resolveAnnotation,
  saveAnnotation,
  updateAnnotation,
  type Annotation,
  type MutationResult,
  type StorageLike,
} from '@/lib/share/annotations-store';
import {
  citationMetaOf,
  documentPath,
  localIsoDate,
  passagePath,
  shareDataPath,
  type ShareDocument,
  type ShareSegment,
} from '@/lib/share/document-data';
import { hasShareParams } from '@/lib/share/constants';
import { formatChicago } from '@/lib/share/citation';
import { copyText } from '@/lib/share/clipboard';
import {
  blockOf,
  findBlock,
  offsetsOfRange,
  paintHighlight,
  rangeOfOffsets,
  sentenceElements,
  sentenceRangesDom,
} from '@/lib/reader-dom/text-offsets';
import { encodeShareLink } from '@/lib/share/link-codec';
import {
  createSegmentLink,
  createSelectionLink,
  createSentenceLink,
  openShareLink,
  simplifyShareLink,
  type Passage,
} from '@/lib/share/passage';
import type { QueuedIntent, ShareMessages } from './share-controller.client';
import { ShareCallout } from './share-callout.client';
import { ShareCitation } from './share-citation.client';
import type { MenuTarget, ShareIntent } from './share-events';
import { ShareToolbar } from './share-toolbar.client';

/*
 * The share tools, loaded on intent by ShareController: opens share links (highlight, notice,
 * note), paints saved highlights, runs the passage toolbar and the citation dialog, and loads the
 * highlights panel when asked. Highlights use the CSS Custom Highlight API, so the
 * server-rendered text is never rewritten; the only nodes added are the callout beside a shared
 * passage and the floating toolbar.
 */

export type ShareT = (key: string, values?: Record<string, string | number>) => string;

const HighlightsPanel = lazy(() => import('./highlights-panel.client').then((module) => ({ default: module.HighlightsPanel })));

type Props = {
  slug: string;
  locale: 'en' | 'zh';
  messages: ShareMessages;
  queue: QueuedIntent[];
  consume: (ids: number[]) => void;
  announce: (text: string) => void;
  noticeHost: HTMLElement | null;
};

export type Target =
  | { kind: 'range'; segmentId: string; lang: Lang; start: number; end: number }
  | { kind: 'sentence'; segmentId: string; sentence: number; lang: Lang }
  | { kind: 'segment'; segmentId: string; lang: Lang };

type ToolbarState = {
  key: number;
  target: Target;
  place: () => DOMRect | null;
  origin: HTMLElement | null;
  autoFocus: boolean;
  noteOpen: boolean;
  fallback: string | null;
};

type SharedView = { kind: 'notice'; message: string } | { kind: 'passage'; passage: Passage; damaged: boolean };

const unavailable = (): never => {
  throw new Error('Local storage is unavailable');
};

/** localStorage, or a stand-in that fails every call (the store reports rather than throws). */
function browserStorage(): StorageLike {
  try {
    const storage = window.localStorage;
    if (storage) return storage;
  } catch {
    // Blocked by the browser's privacy settings.
  }
  return { getItem: unavailable, setItem: unavailable, removeItem: unavailable };
}

let documentCache: { url: string; data: Promise<ShareDocument> } | null = null;

function fetchDocument(url: string): Promise<ShareDocument> {
  if (documentCache?.url !== url) {
    const data = fetch(url, { credentials: 'same-origin' })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then((json: ShareDocument) => {
        if (!json || !Array.isArray(json.segments)) throw new Error('Unexpected passage data');
        return json;
      });
    data.catch(() => {
      documentCache = null;
    });
    documentCache = { url, data };
  }
  return documentCache.data;
}

/** The language the reader sees: a single-language view, else the interface language. */
function preferredLang(locale: 'en' | 'zh'): Lang {
  const view = document.documentElement.getAttribute('data-view');
  return view === 'zh' || view === 'en' ? view : locale;
}

function visibleRect(element: Element | Range | null | undefined): DOMRect | null {
  const rect = element?.getBoundingClientRect();
  return rect && (rect.width > 0 || rect.height > 0) ? rect : null;
}

let toolbarKey = 0;

export function ShareApp({ slug, locale, messages, queue, consume, announce, noticeHost }: Props) {
  const t: ShareT = useMemo(() => {
    const translate = createTranslator({ locale, messages: { Share: messages } as never, namespace: 'Share' as never });
    // Keys are checked by the message files' shared shape (en is the type source in global.d.ts).
    return (key, values) => (translate as unknown as (key: string, values?: Record<string, string | number>) => string)(key, values);
  }, [locale, messages]);
  const storage = useMemo(browserStorage, []);
  const [doc, setDoc] = useState<ShareDocument | null>(null);
  const [failed, setFailed] = useState(false);
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const [storeNotice, setStoreNotice] = useState<string | null>(null);
  const [backupCount, setBackupCount] = useState(0);
  const [toolbar, setToolbar] = useState<ToolbarState | null>(null);
  const [shared, setShared] = useState<SharedView | null>(null);
  const [calloutHost, setCalloutHost] = useState<HTMLElement | null>(null);
  const [citation, setCitation] = useState<{ target: Target; copied: boolean } | null>(null);
  const [panel, setPanel] = useState<{ origin: HTMLElement | null } | null>(null);
  const [focusAnnotation, setFocusAnnotation] = useState<string | null>(null);
  const toolbarRef = useRef(toolbar);
  toolbarRef.current = toolbar;
  const focusTimer = useRef<number | undefined>(undefined);
  // Kept outside state: the dialog's close handler runs after the state has been cleared.
  const citationOrigin = useRef<HTMLElement | null>(null);

  // ---------------------------------------------------------------------------
  // Data

  useEffect(() => {
    let live = true;
    fetchDocument(shareDataPath(locale, slug)).then(
      (data) => live && setDoc(data),
      () => {
        if (!live) return;
        setFailed(true);
        announce(t('status.loadFailed'));
      },
    );
    return () => {
      live = false;
    };
  }, [locale, slug, announce, t]);

  const reloadStore = useCallback(() => {
    const report = loadAnnotations(storage);
    setAnnotations(report.annotations);
    const backups = readAnnotationBackup(storage)?.length ?? 0;
    if (report.status === 'repaired') setStoreNotice(t('notice.storeRepaired'));
    else if (report.status === 'unavailable') setStoreNotice(t('notice.storageUnavailable'));
    else if (backups === 0) setStoreNotice(null);
    setBackupCount(backups);
  }, [storage, t]);

  useEffect(reloadStore, [reloadStore]);

  const segmentById = useCallback((id: string): ShareSegment | undefined => doc?.segments.find((segment) => segment.id === id), [doc]);

  // ---------------------------------------------------------------------------
  // Opening a share link

  useEffect(() => {
    if (!doc || !hasShareParams(window.location.search)) return;
    const result = openShareLink({ search: window.location.search, hash: window.location.hash }, doc.segments);
    if (!result.ok) {
      setShared({ kind: 'notice', message: result.error.code === 'unknown-segment' ? t('notice.unknownSegment') : t('notice.invalid') });
      return;
    }
    setShared({ kind: 'passage', passage: result.passage, damaged: result.issues.length > 0 });
  }, [doc, t]);

  const sharedSegmentId = shared?.kind === 'passage' ? shared.passage.segmentId : null;

  useEffect(() => {
    if (!sharedSegmentId) return;
    const segment = document.getElementById(sharedSegmentId);
    if (!segment) return;
    // The one node added inside a segment: the callout, after the two language blocks.
    const host = document.createElement('div');
    host.className = 'share-callout-host';
    host.setAttribute('data-share-skip', '');
    segment.append(host);
    setCalloutHost(host);
    return () => {
      host.remove();
      setCalloutHost(null);
    };
  }, [sharedSegmentId]);

  useEffect(() => {
    if (!doc || shared?.kind !== 'passage') return;
    const { passage } = shared;
    const segment = segmentById(passage.segmentId);
    const element = document.getElementById(passage.segmentId);
    if (!segment || !element) return;
    const main: Range[] = [];
    const aligned: Range[] = [];
    const everySentence = (lang: Lang) => (lang === 'zh' ? segment.zh : segment.en).map((_, index) => index);
    for (const lang of ['zh', 'en'] as const) {
      const block = findBlock(segment.id, lang);
      if (!block) continue;
      if (passage.kind === 'segment') main.push(...sentenceRangesDom(block, everySentence(lang)));
      else if (passage.kind === 'sentence') main.push(...sentenceRangesDom(block, passage.aligned[lang]));
      else if (passage.status !== 'gone') {
        if (lang === passage.lang) {
          const range = rangeOfOffsets(block, sentenceRanges(segment, lang), passage);
          if (range) main.push(range);
        } else {
          aligned.push(...sentenceRangesDom(block, passage.aligned[lang]));
        }
      }
    }
    paintHighlight('share-passage', main, 2);
    paintHighlight('share-aligned', aligned, 1);
    const status = passage.kind === 'selection' ? passage.status : 'match';
    element.setAttribute('data-share-target', status);
    const frame = requestAnimationFrame(() => element.scrollIntoView({ block: 'start' }));
    return () => {
      cancelAnimationFrame(frame);
      paintHighlight('share-passage', []);
      paintHighlight('share-aligned', []);
      element.removeAttribute('data-share-target');
    };
  }, [doc, shared, segmentById]);

  const dismissShared = useCallback(() => {
    const segmentId = sharedSegmentId;
    setShared(null);
    // Drop the link's parameters so a reload or a copied address no longer carries them.
    const url = new URL(window.location.href);
    url.search = '';
    window.history.replaceState(window.history.state, '', url);
    if (segmentId) document.getElementById(segmentId)?.querySelector<HTMLElement>('.share-menu-button')?.focus();
  }, [sharedSegmentId]);

  // ---------------------------------------------------------------------------
  // Saved highlights

  useEffect(() => {
    if (!doc) return;
    const plain: Range[] = [];
    const noted: Range[] = [];
    const focused: Range[] = [];
    for (const annotation of annotations) {
      if (annotation.docSlug !== slug) continue;
      const segment = segmentById(annotation.segmentId);
      if (!segment) continue;
      const resolution = resolveAnnotation(annotation, segment);
      if (resolution.status === 'gone') continue;
      const block = findBlock(segment.id, resolution.lang);
      const range = block ? rangeOfOffsets(block, sentenceRanges(segment, resolution.lang), resolution) : null;
      if (!range) continue;
      (annotation.note ? noted : plain).push(range);
      if (annotation.id === focusAnnotation) focused.push(range.cloneRange());
    }
    paintHighlight('user-highlight', plain);
    paintHighlight('user-note', noted);
    paintHighlight('share-focus', focused, 3);
    return () => {
      paintHighlight('user-highlight', []);
      paintHighlight('user-note', []);
      paintHighlight('share-focus', []);
    };
  }, [doc, annotations, slug, segmentById, focusAnnotation]);

  // ---------------------------------------------------------------------------
  // Targets

  const anchorOf = useCallback(
    (target: Target): { segment: ShareSegment; anchor: TextAnchor } | null => {
      const segment = segmentById(target.segmentId);
      if (!segment) return null;
      const text = segmentText(segment, target.lang);
      let range = { start: 0, end: text.length };
      if (target.kind === 'range') range = { start: target.start, end: target.end };
      if (target.kind === 'sentence') {
        const sentence = sentenceRanges(segment, target.lang)[target.sentence];
        if (!sentence) return null;
        range = sentence;
      }
      const anchor = createTextAnchor({ segment, lang: target.lang, start: range.start, end: range.end });
      return anchor ? { segment, anchor } : null;
    },
    [segmentById],
  );

  const annotationFor = useCallback(
    (target: Target): Annotation | undefined => {
      const found = anchorOf(target);
      if (!found) return undefined;
      const { anchor } = found;
      return annotations.find(
        (annotation) =>
          annotation.docSlug === slug &&
          annotation.segmentId === target.segmentId &&
          annotation.lang === anchor.lang &&
          annotation.start === anchor.start &&
          annotation.end === anchor.end,
      );
    },
    [anchorOf, annotations, slug],
  );

  const targetOf = useCallback(
    (menu: MenuTarget): Target => {
      if (menu.kind === 'segment') return { kind: 'segment', segmentId: menu.segmentId, lang: preferredLang(locale) };
      return { kind: 'sentence', segmentId: menu.segmentId, sentence: menu.sentence, lang: menu.lang ?? preferredLang(locale) };
    },
    [locale],
  );

  /** Where a target is on screen: its text if visible, else the element it was chosen from. */
  const placeOf = useCallback(
    (target: Target, origin: HTMLElement | null): (() => DOMRect | null) => {
      const segment = segmentById(target.segmentId);
      return () => {
        const block = findBlock(target.segmentId, target.lang);
        let rect: DOMRect | null = null;
        if (block && segment) {
          if (target.kind === 'range') rect = visibleRect(rangeOfOffsets(block, sentenceRanges(segment, target.lang), target));
          else if (target.kind === 'sentence') rect = visibleRect(sentenceElements(block)[target.sentence]);
          else rect = visibleRect(block);
        }
        return rect ?? visibleRect(origin) ?? visibleRect(document.getElementById(target.segmentId));
      };
    },
    [segmentById],
  );

  const linkFor = useCallback(
    (target: Target): { url: string; note: string | null } | null => {
      const found = anchorOf(target);
      if (!found) return null;
      const note = annotationFor(target)?.note || null;
      const { segment, anchor } = found;
      let link;
      if (target.kind === 'segment') link = createSegmentLink(segment.id, note);
      else if (target.kind === 'sentence') link = createSentenceLink(segment.id, target.sentence, note);
      else {
        const selection = createSelectionLink({ segment, lang: anchor.lang, start: anchor.start, end: anchor.end, note });
        if (!selection) return null;
        link = simplifyShareLink(selection, segment);
      }
      return { url: encodeShareLink(link, `${window.location.origin}${documentPath(locale, slug)}`), note };
    },
    [anchorOf, annotationFor, locale, slug],
  );

  // ---------------------------------------------------------------------------
  // Actions

  const reportMutation = useCallback(
    (result: MutationResult | null, success: string): boolean => {
      if (result?.ok) {
        setAnnotations(result.annotations);
        announce(success);
        return true;
      }
      announce(t('status.storageFailed', { reason: result ? result.error.message : '—' }));
      return false;
    },
    [announce, t],
  );

  const toggleHighlight = useCallback(
    (target: Target) => {
      const existing = annotationFor(target);
      if (existing) {
        reportMutation(removeAnnotation(storage, existing.id), t('status.unhighlighted'));
        return;
      }
      const found = anchorOf(target);
      if (!found) return;
      const annotation = createAnnotation({
        docSlug: slug,
        segment: found.segment,
        lang: found.anchor.lang,
        start: found.anchor.start,
        end: found.anchor.end,
      });
      reportMutation(annotation ? saveAnnotation(storage, annotation) : null, t('status.highlighted'));
    },
    [anchorOf, annotationFor, reportMutation, slug, storage, t],
  );

  const saveNote = useCallback(
    (target: Target, note: string): boolean => {
      const existing = annotationFor(target);
      const trimmed = note.trim();
      if (existing) {
        return reportMutation(
          updateAnnotation(storage, existing.id, { note: trimmed }),
          t(trimmed ? 'status.noteSaved' : 'status.noteRemoved'),
        );
      }
      if (!trimmed) return true;
      const found = anchorOf(target);
      if (!found) return false;
      const annotation = createAnnotation({
        docSlug: slug,
        segment: found.segment,
        lang: found.anchor.lang,
        start: found.anchor.start,
        end: found.anchor.end,
        note: trimmed,
      });
      return reportMutation(annotation ? saveAnnotation(storage, annotation) : null, t('status.noteSaved'));
    },
    [anchorOf, annotationFor, reportMutation, slug, storage, t],
  );

  const openToolbar = useCallback(
    (
      target: Target,
      options: {
        origin: HTMLElement | null;
        autoFocus: boolean;
        noteOpen?: boolean;
        fallback?: string | null;
        place?: () => DOMRect | null;
      },
    ) => {
      setToolbar({
        key: ++toolbarKey,
        target,
        origin: options.origin,
        autoFocus: options.autoFocus,
        noteOpen: options.noteOpen ?? false,
        fallback: options.fallback ?? null,
        place: options.place ?? placeOf(target, options.origin),
      });
    },
    [placeOf],
  );

  /** A copy that failed shows the text in the toolbar for copying by hand. */
  const showFallback = useCallback(
    (target: Target, text: string, origin: HTMLElement | null) => {
      const current = toolbarRef.current;
      if (current && current.target === target) setToolbar({ ...current, fallback: text });
      else openToolbar(target, { origin, autoFocus: false, fallback: text });
      announce(t('status.copyFailed'));
    },
    [announce, openToolbar, t],
  );

  const copyLink = useCallback(
    async (target: Target, origin: HTMLElement | null) => {
      const link = linkFor(target);
      if (!link) return;
      if (await copyText(link.url)) announce(t(link.note ? 'status.linkCopiedWithNote' : 'status.linkCopied'));
      else showFallback(target, link.url, origin);
    },
    [announce, linkFor, showFallback, t],
  );

  const share = useCallback(
    async (target: Target, origin: HTMLElement | null) => {
      const link = linkFor(target);
      const found = anchorOf(target);
      if (!link || !doc || !found) return;
      const data = { title: doc.title[locale], text: found.anchor.quote.exact, url: link.url };
      if (typeof navigator.share === 'function' && (typeof navigator.canShare !== 'function' || navigator.canShare(data))) {
        try {
          await navigator.share(data);
          announce(t('status.shared'));
          return;
        } catch (error) {
          if (error instanceof DOMException && error.name === 'AbortError') return;
          // Not allowed here (no user activation, unsupported data): copy instead.
        }
      }
      if (await copyText(link.url)) announce(t('status.linkCopiedNoShare'));
      else showFallback(target, link.url, origin);
    },
    [anchorOf, announce, doc, linkFor, locale, showFallback, t],
  );

  const citationInput = useCallback(
    (target: Target) => {
      const found = anchorOf(target);
      if (!doc || !found) return null;
      const { segment, anchor } = found;
      const sentences = target.kind === 'segment' ? undefined : alignedSentences(segment, anchor.lang, anchor)[anchor.lang];
      return {
        meta: citationMetaOf(doc),
        segment: { id: segment.id, zh: segment.zh, en: segment.en },
        sentences,
        url: `${window.location.origin}${passagePath(locale, slug, segment.id)}`,
        accessed: localIsoDate(),
      };
    },
    [anchorOf, doc, locale, slug],
  );

  const cite = useCallback(
    async (target: Target, origin: HTMLElement | null) => {
      const input = citationInput(target);
      if (!input) return;
      // Copy first (the dialog then says whether it worked: a modal hides the page's live region).
      const copied = await copyText(formatChicago(input).text);
      citationOrigin.current = origin;
      setCitation({ target, copied });
      if (copied) announce(t('status.citationCopied'));
    },
    [announce, citationInput, t],
  );

  // ---------------------------------------------------------------------------
  // Intents from the controller

  const handle = useCallback(
    (intent: ShareIntent) => {
      if (intent.type === 'panel') {
        setPanel({ origin: intent.origin });
        return;
      }
      if (intent.type === 'select') {
        const info = blockOf(intent.range.startContainer) ?? blockOf(intent.range.endContainer);
        const segment = info ? segmentById(info.segmentId) : undefined;
        if (!info || !segment) return;
        const offsets = offsetsOfRange(intent.range, info.block, sentenceRanges(segment, info.lang));
        const anchor = createTextAnchor({ segment, lang: info.lang, start: offsets.start, end: offsets.end });
        if (!anchor) return;
        const current = toolbarRef.current?.target;
        if (
          current?.kind === 'range' &&
          current.segmentId === segment.id &&
          current.lang === anchor.lang &&
          current.start === anchor.start &&
          current.end === anchor.end
        )
          return;
        openToolbar(
          { kind: 'range', segmentId: segment.id, lang: anchor.lang, start: anchor.start, end: anchor.end },
          { origin: null, autoFocus: false },
        );
        return;
      }
      const target = targetOf(intent.target);
      if (!anchorOf(target)) return;
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
    },
    [anchorOf, cite, copyLink, openToolbar, segmentById, share, targetOf, toggleHighlight],
  );

  useEffect(() => {
    if (queue.length === 0) return;
    if (!doc && !failed) return;
    if (doc) {
      for (const { intent } of queue) handle(intent);
    }
    consume(queue.map((item) => item.id));
  }, [queue, doc, failed, handle, consume]);

  const closeToolbar = useCallback((returnFocus: boolean) => {
    const current = toolbarRef.current;
    setToolbar(null);
    if (returnFocus && current?.origin?.isConnected) current.origin.focus();
  }, []);

  // ---------------------------------------------------------------------------
  // Panel callbacks

  const jumpTo = useCallback(
    (annotation: Annotation) => {
      setPanel(null);
      setFocusAnnotation(annotation.id);
      // The jump target glows for a moment, then goes back to an ordinary highlight.
      window.clearTimeout(focusTimer.current);
      focusTimer.current = window.setTimeout(() => setFocusAnnotation(null), 6000);
      const segment = segmentById(annotation.segmentId);
      const element = document.getElementById(annotation.segmentId);
      if (!element) return;
      requestAnimationFrame(() => {
        element.scrollIntoView({ block: 'start' });
        const resolution = segment ? resolveAnnotation(annotation, segment) : null;
        const lang = resolution && resolution.status !== 'gone' ? resolution.lang : annotation.lang;
        const block = findBlock(annotation.segmentId, lang);
        const sentences = block ? sentenceElements(block) : [];
        const index = resolution && resolution.status !== 'gone' ? (resolution.aligned[lang][0] ?? 0) : 0;
        // Focus the sentence (the reader's own focus stop) so keyboard reading continues there.
        const sentence = sentences[index];
        if (sentence) {
          for (const other of document.querySelectorAll('[data-sentence][tabindex="0"]')) other.setAttribute('tabindex', '-1');
          sentence.setAttribute('tabindex', '0');
          sentence.focus({ preventScroll: true });
        }
      });
    },
    [segmentById],
  );

  // ---------------------------------------------------------------------------
  // Render

  const toolbarTarget = toolbar?.target ?? null;
  const toolbarAnnotation = toolbarTarget ? annotationFor(toolbarTarget) : undefined;
  const toolbarLabel = !toolbarTarget
    ? ''
    : toolbarTarget.kind === 'range'
      ? t('toolbar.label')
      : toolbarTarget.kind === 'sentence'
        ? t('toolbar.labelSentence', { n: toolbarTarget.sentence + 1 })
        : t('toolbar.labelSegment');

  const calloutLabels = (() => {
    if (shared?.kind !== 'passage') return null;
    const { passage } = shared;
    const message =
      passage.kind === 'segment'
        ? t('callout.sharedSegment')
        : passage.kind === 'sentence'
          ? t('callout.sharedSentence', { n: passage.sentence + 1 })
          : passage.status === 'gone'
            ? ''
            : t('callout.shared');
    return {
      label: t('callout.label'),
      message,
      revised: passage.kind === 'selection' && passage.status === 'revised' ? t('callout.revised') : null,
      gone: passage.kind === 'selection' && passage.status === 'gone' ? t('callout.gone') : null,
      quoted: t('callout.quoted'),
      damaged: shared.damaged ? t('callout.damaged') : null,
      note: t('callout.note'),
      dismiss: t('callout.dismiss'),
    };
  })();

  const citationData = citation ? citationInput(citation.target) : null;

  return (
    <>
      {noticeHost &&
        createPortal(
          <>
            {shared?.kind === 'notice' && (
              <div className="share-notice" role="status">
                <p>{shared.message}</p>
                <button type="button" className="tool-button" onClick={dismissShared}>
                  {t('callout.dismiss')}
                </button>
              </div>
            )}
            {storeNotice && (
              <div className="share-notice" role="status">
                <p>{storeNotice}</p>
              </div>
            )}
          </>,
          noticeHost,
        )}

      {calloutHost &&
        calloutLabels &&
        shared?.kind === 'passage' &&
        createPortal(
          <ShareCallout
            labels={calloutLabels}
            quote={
              shared.passage.kind === 'selection' && shared.passage.status === 'gone' && shared.passage.quote
                ? { text: shared.passage.quote.exact, lang: shared.passage.lang }
                : null
            }
            note={shared.passage.note}
            onDismiss={dismissShared}
          />,
          calloutHost,
        )}

      {toolbar && toolbarTarget && (
        <ShareToolbar
          openKey={toolbar.key}
          label={toolbarLabel}
          labels={{
            highlight: t('actions.highlight'),
            addNote: t('actions.addNote'),
            copyLink: t('actions.copyLink'),
            share: t('actions.share'),
            copyCitation: t('actions.copyCitation'),
            close: t('toolbar.close'),
            note: t('toolbar.note'),
            noteHint: t('toolbar.noteHint', { max: 500 }),
            saveNote: t('toolbar.saveNote'),
            cancel: t('toolbar.cancel'),
            savedNote: t('toolbar.savedNote', { note: '{note}' }),
            linkFallback: t('toolbar.linkFallback'),
          }}
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

      <Dialog.Root open={citation !== null && citationData !== null} onOpenChange={(open) => !open && setCitation(null)}>
        <Dialog.Portal>
          <Dialog.Overlay className="share-overlay" />
          <Dialog.Content
            className="share-dialog"
            data-share-ui=""
            onCloseAutoFocus={(event) => {
              const origin = citationOrigin.current;
              if (origin?.isConnected) {
                event.preventDefault();
                origin.focus();
              }
            }}
          >
            <Dialog.Title className="share-dialog-title">{t('citation.title')}</Dialog.Title>
            <Dialog.Description className="share-dialog-description">
              {t(citation?.copied === false ? 'citation.notCopied' : 'citation.description')}
            </Dialog.Description>
            {citationData && (
              <ShareCitation
                {...citationData}
                labels={{
                  formats: t('citation.formats'),
                  chicago: t('citation.chicago'),
                  bibtex: t('citation.bibtex'),
                  csl: t('citation.csl'),
                  copy: t('citation.copy', { format: '{format}' }),
                  copied: t('status.copied'),
                  copyFailed: t('status.copyFailed'),
                }}
              />
            )}
            <Dialog.Close className="tool-button share-dialog-close">{t('citation.close')}</Dialog.Close>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>

      {panel && (
        <Suspense fallback={null}>
          <HighlightsPanel
            t={t}
            locale={locale}
            slug={slug}
            doc={doc}
            storage={storage}
            annotations={annotations}
            backupCount={backupCount}
            origin={panel.origin}
            onClose={() => setPanel(null)}
            onChange={(next) => {
              setAnnotations(next);
              setBackupCount(readAnnotationBackup(storage)?.length ?? 0);
            }}
            onReload={reloadStore}
            onJump={jumpTo}
            announce={announce}
          />
        </Suspense>
      )}
    </>
  );
}
