'use client';

import type { useTranslations } from 'next-intl';
import type { AppLocale } from '@/i18n/routing';
import { routes } from '@/lib/routes/routes';
import { traditionalShown } from '@/lib/script/dom';
import { copiedNote } from '@/lib/script/script';
import { createAnnotation } from '@/lib/share/annotation';
import { formatChicago, type CitationInput } from '@/lib/share/citation';
import { copyText } from '@/lib/share/clipboard';
import { localIsoDate, type ShareDocument } from '@/lib/share/document-data';
import { anchorOf, annotationOn, citationOf, shareLinkOf, type Target } from '@/lib/share/targets';
import type { Announce } from './types';
import type { AnnotationsApi } from './use-annotations';

type Context = {
  doc: ShareDocument | null;
  slug: string;
  locale: AppLocale;
  store: AnnotationsApi;
  t: ReturnType<typeof useTranslations<'Share'>>;
  announce: Announce;
  /** A copy failed: show the text for copying by hand. */
  showFallback: (target: Target, text: string, origin: HTMLElement | null) => void;
  /** The citation was built (and, if `copied`, already copied): open the dialog. */
  openCitation: (input: CitationInput, copied: boolean, origin: HTMLElement | null) => void;
};

/** What the toolbar and the menus do with a target: highlight, note, link, share, cite. */
export function shareActions({ doc, slug, locale, store, t, announce, showFallback, openCitation }: Context) {
  const annotationFor = (target: Target) => annotationOn(store.annotations, slug, anchorOf(doc, target));

  const linkFor = (target: Target): { url: string; note: string | null } | null => {
    const anchored = anchorOf(doc, target);
    if (!anchored) return null;
    const note = annotationFor(target)?.note || null;
    const url = shareLinkOf(target, anchored, note, `${window.location.origin}${routes.document(locale, slug)}`);
    return url ? { url, note } : null;
  };

  const toggleHighlight = (target: Target) => {
    const existing = annotationFor(target);
    if (existing) {
      store.remove(existing.id, t('status.unhighlighted'));
      return;
    }
    const anchored = anchorOf(doc, target);
    if (!anchored) return;
    const { segment, anchor } = anchored;
    store.save(
      createAnnotation({ docSlug: slug, segment, lang: anchor.lang, start: anchor.start, end: anchor.end }),
      t('status.highlighted'),
    );
  };

  const saveNote = (target: Target, note: string): boolean => {
    const existing = annotationFor(target);
    const trimmed = note.trim();
    if (existing) return store.update(existing.id, trimmed, t(trimmed ? 'status.noteSaved' : 'status.noteRemoved'));
    if (!trimmed) return true;
    const anchored = anchorOf(doc, target);
    if (!anchored) return false;
    const { segment, anchor } = anchored;
    const annotation = createAnnotation({ docSlug: slug, segment, lang: anchor.lang, start: anchor.start, end: anchor.end, note: trimmed });
    return store.save(annotation, t('status.noteSaved'));
  };

  const copyLink = async (target: Target, origin: HTMLElement | null) => {
    const link = linkFor(target);
    if (!link) return;
    if (await copyText(link.url)) announce(t(link.note ? 'status.linkCopiedWithNote' : 'status.linkCopied'));
    else showFallback(target, link.url, origin);
  };

  const share = async (target: Target, origin: HTMLElement | null) => {
    const link = linkFor(target);
    const anchored = anchorOf(doc, target);
    if (!link || !doc || !anchored) return;
    const traditional = anchored.anchor.lang === 'zh' ? traditionalShown() : null;
    const quote = anchored.anchor.quote.exact;
    const data = { title: doc.title[locale], text: traditional ? `${traditional(quote)} ${copiedNote}` : quote, url: link.url };
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
  };

  const cite = async (target: Target, origin: HTMLElement | null) => {
    const anchored = anchorOf(doc, target);
    if (!doc || !anchored) return;
    const url = `${window.location.origin}${routes.passage(locale, slug, anchored.segment.id)}`;
    const traditional = traditionalShown();
    const input = { ...citationOf(doc, target, anchored, url, localIsoDate()), ...(traditional ? { traditional } : {}) };
    // Copy first (the dialog then says whether it worked: a modal hides the page's live region).
    const copied = await copyText(formatChicago(input).text);
    openCitation(input, copied, origin);
    if (copied) announce(t('status.citationCopied'));
  };

  return { annotationFor, toggleHighlight, saveNote, copyLink, share, cite };
}
