'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Dialog } from 'radix-ui';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { routes } from '@/lib/routes/routes';
import { annotationShareLink, type Annotation } from '@/lib/share/annotation';
import { exportAnnotationsMarkdown } from '@/lib/share/annotations-markdown';
import { downloadText } from '@/lib/share/clipboard';
import { localIsoDate, type ShareDocument } from '@/lib/share/document-data';
import { encodeShareLink } from '@/lib/share/link-codec';
import { exportAnnotationsJson, MAX_IMPORT_LENGTH } from '@/lib/share/transfer';
import { HighlightItem } from './highlight-item.client';
import type { Announce } from './types';
import type { AnnotationsApi } from './use-annotations';
import { dialog, dialogDescription, dialogTitle, noticeBox, overlay } from './styles';

/*
 * "My highlights and notes": every annotation kept in this browser, this document's first, with
 * jump links, note editing, deletion, Markdown/JSON export and JSON import. Damaged store data
 * that was kept aside is reported here until the reader downloads or discards it.
 */

type Props = {
  slug: string;
  doc: ShareDocument | null;
  store: AnnotationsApi;
  origin: HTMLElement | null;
  onClose: () => void;
  onJump: (annotation: Annotation) => void;
  announce: Announce;
};

export function HighlightsPanel({ slug, doc, store, origin, onClose, onJump, announce }: Props) {
  const t = useTranslations('Share');
  const locale = useLocale();
  const [status, setStatus] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  const ids = useId();
  const { annotations, backupCount } = store;

  const order = new Map((doc?.segments ?? []).map((segment, index) => [segment.id, index]));
  const own = annotations
    .filter((annotation) => annotation.docSlug === slug)
    .sort(
      (a, b) =>
        (order.get(a.segmentId) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.segmentId) ?? Number.MAX_SAFE_INTEGER) || a.start - b.start,
    );
  const others = annotations.filter((annotation) => annotation.docSlug !== slug);
  const otherGroups = [...new Set(others.map((annotation) => annotation.docSlug))];

  const urlFor = (annotation: Annotation) =>
    encodeShareLink(annotationShareLink(annotation), `${window.location.origin}${routes.document(locale, annotation.docSlug)}`);

  // Inside the modal dialog the page's live region is hidden: say it here too.
  const say: Announce = (text) => {
    setStatus(text);
    announce(text);
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
    const report = store.importJson(await file.text());
    if (!report.ok) {
      say(t('panel.importFailed', { reason: report.error.message }));
      return;
    }
    const skipped = report.skipped.filter((problem) => problem.reason === 'invalid-item' || problem.reason === 'duplicate-id').length;
    say(t('panel.imported', { added: report.added.length, updated: report.updated.length, skipped }));
  };

  const saveNote = (annotation: Annotation, note: string) =>
    store.update(annotation.id, note, t(note.trim() ? 'status.noteSaved' : 'status.noteRemoved'), say);

  const remove = (annotation: Annotation) => {
    // The button pressed is gone: keep focus inside the dialog.
    if (store.remove(annotation.id, t('panel.deleted'), say)) title.current?.focus();
  };

  const downloadBackup = () => {
    const entries = store.backup();
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
    if (store.discardBackup()) {
      say(t('panel.backupDiscarded'));
      title.current?.focus();
    }
  };

  const list = (items: Annotation[], group: string) => (
    <ol className="mt-2 grid gap-3">
      {items.map((annotation, index) => (
        <HighlightItem
          key={annotation.id}
          annotation={annotation}
          doc={doc}
          pageSlug={slug}
          quoteId={`${ids}-q${index}-${group}`}
          href={urlFor(annotation)}
          editing={editing === annotation.id}
          onEditing={(open) => setEditing(open ? annotation.id : null)}
          onJump={onJump}
          onSaveNote={saveNote}
          onDelete={remove}
        />
      ))}
    </ol>
  );

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className={overlay} />
        <Dialog.Content
          className={`${dialog} highlights-panel`}
          data-share-ui=""
          onCloseAutoFocus={(event) => {
            if (origin?.isConnected) {
              event.preventDefault();
              origin.focus();
            }
          }}
        >
          <div className="flex items-center justify-between gap-4">
            <Dialog.Title ref={title} tabIndex={-1} className={`${dialogTitle} focus:not-focus-visible:outline-none`}>
              {t('panel.title')}
            </Dialog.Title>
            <Dialog.Close className="tool-button" aria-label={t('panel.close')}>
              <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16">
                <path stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" d="M6 6l12 12M18 6 6 18" />
              </svg>
            </Dialog.Close>
          </div>
          <Dialog.Description className={dialogDescription}>{t('panel.description')}</Dialog.Description>

          {backupCount > 0 && (
            <section className={`${noticeBox} grid items-center justify-stretch`} aria-labelledby={`${ids}-backup`}>
              <h3 id={`${ids}-backup`} className="mt-2 font-bold">
                {t('panel.backupTitle')}
              </h3>
              <p>{t('panel.backup', { count: backupCount })}</p>
              <div className="flex flex-wrap gap-2">
                <button type="button" className="tool-button" onClick={downloadBackup}>
                  {t('panel.downloadBackup')}
                </button>
                <button type="button" className="tool-button" onClick={discardBackup}>
                  {confirmDiscard ? t('panel.confirmDiscard') : t('panel.discardBackup')}
                </button>
              </div>
            </section>
          )}

          <div className="flex flex-wrap gap-2" role="group" aria-label={t('panel.export')}>
            <button type="button" className="tool-button" onClick={exportMarkdown}>
              {t('panel.exportMarkdown')}
            </button>
            <button type="button" className="tool-button" onClick={exportJson}>
              {t('panel.exportJson')}
            </button>
            <label className="tool-button relative focus-within:outline-3 focus-within:outline-offset-2 focus-within:outline-focus">
              {t('panel.import')}
              <input type="file" accept="application/json,.json" className="sr-only" onChange={(event) => void onImport(event)} />
            </label>
          </div>
          <p className="text-15 text-muted empty:hidden" role="status">
            {status}
          </p>

          {annotations.length === 0 && <p className="highlights-empty">{t('panel.empty')}</p>}
          {own.length > 0 && (
            <section aria-labelledby={`${ids}-own`}>
              <h3 id={`${ids}-own`} className="mt-2 font-bold">
                {t('panel.thisDocument')} <span className="font-normal text-muted">({t('panel.count', { count: own.length })})</span>
              </h3>
              {list(own, 'own')}
            </section>
          )}
          {otherGroups.length > 0 && (
            <section aria-labelledby={`${ids}-others`}>
              <h3 id={`${ids}-others`} className="mt-2 font-bold">
                {t('panel.otherDocuments')}
              </h3>
              {otherGroups.map((docSlug) => (
                <div key={docSlug} className="highlights-group">
                  <h4 className="mt-2 font-semibold">
                    <a className="link" href={routes.document(locale, docSlug)}>
                      {docSlug}
                    </a>
                  </h4>
                  {list(
                    others.filter((annotation) => annotation.docSlug === docSlug),
                    `other-${docSlug}`,
                  )}
                </div>
              ))}
            </section>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
