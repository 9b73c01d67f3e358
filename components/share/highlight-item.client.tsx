'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { htmlLang } from '@/i18n/routing';
import { segmentText } from '@/lib/content/model';
import { ANNOTATION_NOTE_MAX_LENGTH, resolveAnnotation, type Annotation } from '@/lib/share/annotation';
import type { ShareDocument } from '@/lib/share/document-data';
import { segmentOf } from '@/lib/share/targets';
import { noteActions, noteInput } from './styles';

type Props = {
  annotation: Annotation;
  /** The open document's texts: a highlight of it shows the current text and whether it moved. */
  doc: ShareDocument | null;
  /** The document this page shows: its highlights jump in place instead of navigating. */
  pageSlug: string;
  /** Unique per list item: names the quote that the item's buttons describe. */
  quoteId: string;
  href: string;
  /** One note form at a time in the panel: whether this item's is open. */
  editing: boolean;
  onEditing: (editing: boolean) => void;
  onJump: (annotation: Annotation) => void;
  onSaveNote: (annotation: Annotation, note: string) => boolean;
  onDelete: (annotation: Annotation) => void;
};

/** One saved highlight in the panel: its text, its state, its note, and what can be done with it. */
export function HighlightItem({ annotation, doc, pageSlug, quoteId, href, editing, onEditing, onJump, onSaveNote, onDelete }: Props) {
  const t = useTranslations('Share.panel');
  const [draft, setDraft] = useState(annotation.note);
  const sameDocument = annotation.docSlug === pageSlug;
  const loaded = doc?.slug === annotation.docSlug;
  const segment = loaded ? segmentOf(doc, annotation.segmentId) : undefined;
  const resolution = segment ? resolveAnnotation(annotation, segment) : null;
  const quote =
    segment && resolution && resolution.status !== 'gone'
      ? segmentText(segment, resolution.lang).slice(resolution.start, resolution.end)
      : annotation.quote.exact;
  const noteId = `${quoteId}-note`;
  const editButton = `[data-edit-note="${CSS.escape(annotation.id)}"]`;

  /** The form goes away: focus returns to the item's edit button. */
  const stopEditing = () => {
    onEditing(false);
    requestAnimationFrame(() => document.querySelector<HTMLElement>(editButton)?.focus());
  };

  return (
    <li className="grid gap-[0.4rem] rounded-lg border border-line bg-bg px-3 py-[0.6rem]">
      <blockquote
        id={quoteId}
        className="border-l-4 border-l-(--share-note-line) pl-[0.6rem] wrap-anywhere"
        lang={htmlLang(annotation.lang)}
      >
        {quote}
      </blockquote>
      {resolution?.status === 'revised' && <p className="text-sm text-muted">{t('revised')}</p>}
      {(resolution?.status === 'gone' || (loaded && !segment)) && <p className="text-sm text-muted">{t('gone')}</p>}
      {editing ? (
        <form
          className="grid gap-[0.35rem]"
          onSubmit={(event) => {
            event.preventDefault();
            if (onSaveNote(annotation, draft)) stopEditing();
          }}
        >
          <label htmlFor={noteId}>{t('noteLabel')}</label>
          <textarea
            id={noteId}
            className={noteInput}
            dir="auto"
            rows={3}
            maxLength={ANNOTATION_NOTE_MAX_LENGTH}
            value={draft}
            autoFocus
            onChange={(event) => setDraft(event.target.value)}
          />
          <div className={noteActions}>
            <button type="submit" className="tool-button">
              {t('saveNote')}
            </button>
            <button type="button" className="tool-button" onClick={stopEditing}>
              {t('cancel')}
            </button>
          </div>
        </form>
      ) : (
        annotation.note && (
          <p className="whitespace-pre-wrap wrap-anywhere" dir="auto">
            <span className="font-bold">{t('noteLabel')}: </span>
            {annotation.note}
          </p>
        )
      )}
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <a
          href={href}
          className="link"
          aria-describedby={quoteId}
          onClick={(event) => {
            if (!sameDocument) return;
            event.preventDefault();
            onJump(annotation);
          }}
        >
          {t('goTo')}
        </a>
        {!editing && (
          <button
            type="button"
            className="tool-button"
            aria-describedby={quoteId}
            data-edit-note={annotation.id}
            onClick={() => {
              setDraft(annotation.note);
              onEditing(true);
            }}
          >
            {annotation.note ? t('editNote') : t('addNote')}
          </button>
        )}
        <button type="button" className="tool-button" aria-describedby={quoteId} onClick={() => onDelete(annotation)}>
          {t('delete')}
        </button>
      </div>
    </li>
  );
}
