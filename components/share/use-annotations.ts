'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useMemo, useState } from 'react';
import type { Annotation } from '@/lib/share/annotation';
import {
  clearAnnotationBackup,
  loadAnnotations,
  readAnnotationBackup,
  removeAnnotation,
  saveAnnotation,
  updateAnnotation,
  type MutationResult,
} from '@/lib/share/store';
import { importAnnotations, type ImportReport } from '@/lib/share/transfer';
import { browserStorage } from '@/lib/storage/local-storage';
import type { StorageLike } from '@/lib/storage/local-storage';
import type { Announce } from './types';

type StoreNotice = 'repaired' | 'unavailable';
type StoreState = { annotations: Annotation[]; notice: StoreNotice | null; backupCount: number };

/** Loads (and, if damaged, repairs) the store; a notice stays until no damaged copy is left. */
function readStore(storage: StorageLike, previous: StoreNotice | null): StoreState {
  const report = loadAnnotations(storage);
  const backupCount = readAnnotationBackup(storage)?.length ?? 0;
  let notice: StoreNotice | null = backupCount === 0 ? null : previous;
  if (report.status === 'repaired') notice = 'repaired';
  else if (report.status === 'unavailable') notice = 'unavailable';
  return { annotations: report.annotations, notice, backupCount };
}

export type AnnotationsApi = {
  annotations: Annotation[];
  /** Why saving cannot work, or that damaged data was kept aside (shown at the top of the page). */
  storeNotice: string | null;
  /** Damaged copies of the store kept aside, for the panel to offer. */
  backupCount: number;
  save: (annotation: Annotation | null, success: string, say?: Announce) => boolean;
  update: (id: string, note: string, success: string, say?: Announce) => boolean;
  remove: (id: string, success: string, say?: Announce) => boolean;
  importJson: (text: string) => ImportReport;
  backup: () => unknown[];
  discardBackup: () => boolean;
};

/**
 * The reader's highlights and notes in this browser, as React state. Every change goes through
 * one place that says whether it worked (`apply`), so the toolbar, the menus and the panel
 * report a full or refused storage the same way.
 */
export function useAnnotations(announce: Announce): AnnotationsApi {
  const t = useTranslations('Share');
  const storage = useMemo(() => browserStorage(), []);
  // The tools mount only in the browser, after the page has loaded: storage can be read at once.
  const [store, setStore] = useState(() => readStore(storage, null));
  const notices = { repaired: t('notice.storeRepaired'), unavailable: t('notice.storageUnavailable') };
  const { annotations, backupCount } = store;
  const storeNotice = store.notice ? notices[store.notice] : null;

  const apply = useCallback(
    (result: MutationResult | null, success: string, say: Announce): boolean => {
      if (result?.ok) {
        const next = result.annotations;
        setStore((current) => ({ ...current, annotations: next }));
        say(success);
        return true;
      }
      say(t('status.storageFailed', { reason: result ? result.error.message : '—' }));
      return false;
    },
    [t],
  );

  return {
    annotations,
    storeNotice,
    backupCount,
    save: (annotation, success, say = announce) => apply(annotation ? saveAnnotation(storage, annotation) : null, success, say),
    update: (id, note, success, say = announce) => apply(updateAnnotation(storage, id, { note }), success, say),
    remove: (id, success, say = announce) => apply(removeAnnotation(storage, id), success, say),
    importJson: (text) => {
      const report = importAnnotations(storage, text);
      if (report.ok)
        setStore((current) => ({ ...current, annotations: report.annotations, backupCount: readAnnotationBackup(storage)?.length ?? 0 }));
      return report;
    },
    backup: () => readAnnotationBackup(storage) ?? [],
    discardBackup: () => {
      const done = clearAnnotationBackup(storage);
      if (done) setStore((current) => readStore(storage, current.notice));
      return done;
    },
  };
}
