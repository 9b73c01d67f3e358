'use client';

import { Dialog } from 'radix-ui';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { segmentText, type Lang } from '@/lib/content/model';
import { exportAnnotationsMarkdown } from '@/lib/share/annotations-markdown';
import {
  annotationShareLink,
  clearAnnotationBackup,
  exportAnnotationsJson,
  importAnnotations,
  MAX_IMPORT_LENGTH,
  readAnnotationBackup,
  removeAnnotation,
  resolveAnnotation,
  updateAnnotation,
  type Annotation,
  type StorageLike,
} from '@/lib/share/annotations-store';
import { downloadText } from '@/lib/share/clipboard';
import { NOTE_MAX_LENGTH } from '@/lib/share/constants';
import { documentPath, localIsoDate, type ShareDocument } from '@/lib/share/document-data';
import { encodeShareLink } from '@/lib/share/link-codec';
import type { ShareT } from './share-app.client';

/*
 * "My highlights and notes": every annotation kept in this browser, this document's first, with
 * jump links, note editing, deletion, Markdown/JSON export and JSON import. Damaged store data
 * that was kept aside is reported here until the reader downloads or discards it.
 */

type Props = {
  t: ShareT;
  locale: 'en' | 'zh';
  slug: string;
  doc: ShareDocument | null;
  storage: StorageLike;
  annotations: Annotation[];
  backupCount: number;
  origin: HTMLElement | null;
  onClose: () => void;
  onChange: (annotations: Annotation[]) => void;
  onReload: () => void;
  onJump: (annotation: Annotation) => void;
  announce: (text: string) => void;
};

function langTag(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

export function HighlightsPanel(props: Props) {
  const { t, locale, slug, doc, storage, annotations, backupCount, origin } = props;
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [status, setStatus] = useState('');
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  const ids = useId();

  const order = new Map((doc?.segments ?? []).map((segment, index) => [segment.id, index]));
  const own = annotations
    .filter((annotation) => annotation.docSlug === slug)
    .sort(
      (a, b) =>
        (order.get(a.segmentId) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.segmentId) ?? Number.MAX_SAFE_INTEGER) || a.start - b.start,
    );
  const others = annotations.filter((annotation) => annotation.docSlug !== slug);

  const urlFor = (annotation: Annotation) =>
    encodeShareLink(annotationShareLink(annotation), `${window.location.origin}${documentPath(locale, annotation.docSlug)}`);

  const say = (text: string) => {
    setStatus(text);
    props.announce(text);
  };

  const exportMarkdown = () => {
    const documents = doc ? [{ slug: doc.slug, titleZh: doc.title.zh, titleEn: doc.title.en, segments: doc.segments }] : [];
    const markdown = exportAnnotationsMarkdown(annotations, { documents, exportedAt: new Date(), linkFor: urlFor });
    downloadText(`duizhao-highlights-${localIsoDate()}.md`, markdown, 'text/markdown;charset=utf-8');
  };

  const exportJson = () => {
    downloadText(`duizhao-highlights-${localIsoDate()}.json`, exportAnnotationsJson(annotations), 'application/json;charset=utf-8');
  };

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_LENGTH) {
      say(t('panel.importTooLarge'));
      return;
    }
    const report = importAnnotations(storage, await file.text());
    if (!report.ok) {
      say(t('panel.importFailed', { reason: report.error.message }));
      return;
    }
    props.onChange(report.annotations);
    const skipped = report.skipped.filter((problem) => problem.reason === 'invalid-item' || problem.reason === 'duplicate-id').length;
    say(t('panel.imported', { added: report.added.length, updated: report.updated.length, skipped }));
  };

  const saveNote = (annotation: Annotation) => {
    const result = updateAnnotation(storage, annotation.id, { note: draft });
    if (!result.ok) {
      say(t('status.storageFailed', { reason: result.error.message }));
      return;
    }
    props.onChange(result.annotations);
    stopEditing(annotation);
    say(t(draft.trim() ? 'status.noteSaved' : 'status.noteRemoved'));
  };

  /** The form goes away: focus returns to its item's edit button. */
  const stopEditing = (annotation: Annotation) => {
    setEditing(null);
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-edit-note="${CSS.escape(annotation.id)}"]`)?.focus());
  };

  const remove = (annotation: Annotation) => {
    const result = removeAnnotation(storage, annotation.id);
    if (!result.ok) {
      say(t('status.storageFailed', { reason: result.error.message }));
      return;
    }
    props.onChange(result.annotations);
    say(t('panel.deleted'));
    // The button pressed is gone: keep focus inside the dialog.
    title.current?.focus();
  };

  const downloadBackup = () => {
    const entries = readAnnotationBackup(storage) ?? [];
    downloadText(
      `duizhao-highlights-damaged-${localIsoDate()}.json`,
      `${JSON.stringify({ version: 1, entries }, null, 2)}\n`,
      'application/json;charset=utf-8',
    );
  };

  const discardBackup = () => {
    if (!confirmDiscard) {
      setConfirmDiscard(true);
      return;
    }
    setConfirmDiscard(false);
    if (clearAnnotationBackup(storage)) {
      props.onReload();
      say(t('panel.backupDiscarded'));
      title.current?.focus();
    }
  };

  const item = (annotation: Annotation, index: number) => {
    const segment = doc?.slug === annotation.docSlug ? doc.segments.find((candidate) => candidate.id === annotation.segmentId) : undefined;
    const resolution = segment ? resolveAnnotation(annotation, segment) : null;
    const quote =
      segment && resolution && resolution.status !== 'gone'
        ? segmentText(segment, resolution.lang).slice(resolution.start, resolution.end)
        : annotation.quote.exact;
    const quoteId = `${ids}-q${index}-${annotation.docSlug === slug ? 'own' : 'other'}`;
    const noteId = `${quoteId}-note`;
    const sameDocument = annotation.docSlug === slug;
    return (
      <li key={annotation.id} className="highlight-item">
        <blockquote id={quoteId} className="highlight-quote" lang={langTag(annotation.lang)}>
          {quote}
        </blockquote>
        {resolution?.status === 'revised' && <p className="highlight-state">{t('panel.revised')}</p>}
        {(resolution?.status === 'gone' || (doc?.slug === annotation.docSlug && !segment)) && (
          <p className="highlight-state">{t('panel.gone')}</p>
        )}
        {editing === annotation.id ? (
          <form
            className="highlight-note-form"
            onSubmit={(event) => {
              event.preventDefault();
              saveNote(annotation);
            }}
          >
            <label htmlFor={noteId}>{t('panel.noteLabel')}</label>
            <textarea
              id={noteId}
              className="share-note-input"
              dir="auto"
              rows={3}
              maxLength={NOTE_MAX_LENGTH * 10}
              value={draft}
              autoFocus
              onChange={(event) => setDraft(event.target.value)}
            />
            <div className="share-note-actions">
              <button type="submit" className="tool-button">
                {t('panel.saveNote')}
              </button>
              <button type="button" className="tool-button" onClick={() => stopEditing(annotation)}>
                {t('panel.cancel')}
              </button>
            </div>
          </form>
        ) : (
          annotation.note && (
            <p className="highlight-note" dir="auto">
              <span className="highlight-note-label">{t('panel.noteLabel')}: </span>
              {annotation.note}
            </p>
          )
        )}
        <div className="highlight-actions">
          <a
            href={urlFor(annotation)}
            className="link"
            aria-describedby={quoteId}
            onClick={(event) => {
              if (!sameDocument) return;
              event.preventDefault();
              props.onJump(annotation);
            }}
          >
            {t('panel.goTo')}
          </a>
          {editing !== annotation.id && (
            <button
              type="button"
              className="tool-button"
              aria-describedby={quoteId}
              data-edit-note={annotation.id}
              onClick={() => {
                setDraft(annotation.note);
                setEditing(annotation.id);
              }}
            >
              {annotation.note ? t('panel.editNote') : t('panel.addNote')}
            </button>
          )}
          <button type="button" className="tool-button" aria-describedby={quoteId} onClick={() => remove(annotation)}>
            {t('panel.delete')}
          </button>
        </div>
      </li>
    );
  };

  const otherGroups = [...new Set(others.map((annotation) => annotation.docSlug))];

  return (
    <Dialog.Root open onOpenChange={(open) => !open && props.onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="share-overlay" />
        <Dialog.Content
          className="share-dialog highlights-panel"
          data-share-ui=""
          onCloseAutoFocus={(event) => {
            if (origin?.isConnected) {
              event.preventDefault();
              origin.focus();
            }
          }}
        >
          <div className="highlights-head">
            <Dialog.Title ref={title} tabIndex={-1} className="share-dialog-title">
              {t('panel.title')}
            </Dialog.Title>
            <Dialog.Close className="tool-button" aria-label={t('panel.close')}>
              <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16">
                <path stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" d="M6 6l12 12M18 6 6 18" />
              </svg>
            </Dialog.Close>
          </div>
          <Dialog.Description className="share-dialog-description">{t('panel.description')}</Dialog.Description>

          {backupCount > 0 && (
            <section className="share-notice highlights-backup" aria-labelledby={`${ids}-backup`}>
              <h3 id={`${ids}-backup`} className="highlights-subtitle">
                {t('panel.backupTitle')}
              </h3>
              <p>{t('panel.backup', { count: backupCount })}</p>
              <div className="highlights-tools">
                <button type="button" className="tool-button" onClick={downloadBackup}>
                  {t('panel.downloadBackup')}
                </button>
                <button type="button" className="tool-button" onClick={discardBackup}>
                  {confirmDiscard ? t('panel.confirmDiscard') : t('panel.discardBackup')}
                </button>
              </div>
            </section>
          )}

          <div className="highlights-tools" role="group" aria-label={t('panel.export')}>
            <button type="button" className="tool-button" onClick={exportMarkdown}>
              {t('panel.exportMarkdown')}
            </button>
            <button type="button" className="tool-button" onClick={exportJson}>
              {t('panel.exportJson')}
            </button>
            <label className="tool-button highlights-import">
              {t('panel.import')}
              <input type="file" accept="application/json,.json" className="sr-only" onChange={(event) => void onImport(event)} />
            </label>
          </div>
          <p className="highlights-status" role="status">
            {status}
          </p>

          {annotations.length === 0 && <p className="highlights-empty">{t('panel.empty')}</p>}
          {own.length > 0 && (
            <section aria-labelledby={`${ids}-own`}>
              <h3 id={`${ids}-own`} className="highlights-subtitle">
                {t('panel.thisDocument')} <span className="highlights-count">({t('panel.count', { count: own.length })})</span>
              </h3>
              <ol className="highlights-list">{own.map(item)}</ol>
            </section>
          )}
          {otherGroups.length > 0 && (
            <section aria-labelledby={`${ids}-others`}>
              <h3 id={`${ids}-others`} className="highlights-subtitle">
                {t('panel.otherDocuments')}
              </h3>
              {otherGroups.map((docSlug) => (
                <div key={docSlug} className="highlights-group">
                  <h4 className="highlights-doc">
                    <a className="link" href={documentPath(locale, docSlug)}>
                      {docSlug}
                    </a>
                  </h4>
                  <ol className="highlights-list">{others.filter((annotation) => annotation.docSlug === docSlug).map(item)}</ol>
                </div>
              ))}
            </section>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
