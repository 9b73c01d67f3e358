'use client';

import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Lang } from '@/lib/content/model';
import { findBlock, segmentElement } from '@/lib/reader-dom/contract';
import { paintHighlight } from '@/lib/reader-dom/highlights';
import { rangeOfOffsets, sentenceRangesDom } from '@/lib/reader-dom/text-offsets';
import { sentenceRanges } from '@/lib/content/model';
import { hasShareParams } from '@/lib/share/constants';
import type { ShareDocument } from '@/lib/share/document-data';
import { openShareLink, type Passage } from '@/lib/share/passage';
import { segmentOf } from '@/lib/share/targets';

export type SharedView = { kind: 'notice'; error: 'unknown-segment' | 'invalid' } | { kind: 'passage'; passage: Passage; damaged: boolean };

/** Reads the share link in the address (if any) once the document's texts are there. */
function sharedViewOf(doc: ShareDocument | null): SharedView | null {
  if (!doc || !hasShareParams(window.location.search)) return null;
  const result = openShareLink({ search: window.location.search, hash: window.location.hash }, doc.segments);
  if (!result.ok) return { kind: 'notice', error: result.error.code === 'unknown-segment' ? 'unknown-segment' : 'invalid' };
  return { kind: 'passage', passage: result.passage, damaged: result.issues.length > 0 };
}

/** Paints the shared passage (and the sentences aligned with it) and marks its segment. */
function paintShared(doc: ShareDocument, passage: Passage): (() => void) | undefined {
  const segment = segmentOf(doc, passage.segmentId);
  const element = segmentElement(passage.segmentId);
  if (!segment || !element) return undefined;
  const main: Range[] = [];
  const aligned: Range[] = [];
  const everySentence = (lang: Lang) => segment[lang].map((_, index) => index);
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
  element.setAttribute('data-share-target', passage.kind === 'selection' ? passage.status : 'match');
  const frame = requestAnimationFrame(() => element.scrollIntoView({ block: 'start' }));
  return () => {
    cancelAnimationFrame(frame);
    paintHighlight('share-passage', []);
    paintHighlight('share-aligned', []);
    element.removeAttribute('data-share-target');
  };
}

/**
 * A share link opened on this page: what it points to, the one node it adds to the text (the
 * callout host after the segment's blocks), and how to dismiss it.
 */
export function useSharedPassage(doc: ShareDocument | null) {
  const [dismissed, setDismissed] = useState(false);
  // Derived from the document and the address (which changes only when the link is dismissed).
  const opened = useMemo(() => sharedViewOf(doc), [doc]);
  const view = dismissed ? null : opened;
  const [calloutHost, setCalloutHost] = useState<HTMLElement | null>(null);
  const sharedSegmentId = view?.kind === 'passage' ? view.passage.segmentId : null;

  useEffect(() => {
    const segment = sharedSegmentId ? segmentElement(sharedSegmentId) : null;
    if (!segment) return;
    const host = document.createElement('div');
    // The callout spans the segment's grid.
    host.className = 'col-span-full';
    host.setAttribute('data-share-skip', '');
    segment.append(host);
    // The host is a DOM node made here: state follows it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setCalloutHost(host);
    return () => {
      host.remove();
      setCalloutHost(null);
    };
  }, [sharedSegmentId]);

  const passage = view?.kind === 'passage' ? view.passage : null;
  useEffect(() => (doc && passage ? paintShared(doc, passage) : undefined), [doc, passage]);

  const dismiss = useCallback(() => {
    setDismissed(true);
    // Drop the link's parameters so a reload or a copied address no longer carries them.
    const url = new URL(window.location.href);
    url.search = '';
    window.history.replaceState(window.history.state, '', url);
    if (sharedSegmentId) segmentElement(sharedSegmentId)?.querySelector<HTMLElement>('.share-menu-button:not([hidden])')?.focus();
  }, [sharedSegmentId]);

  return { view, calloutHost, dismiss };
}
