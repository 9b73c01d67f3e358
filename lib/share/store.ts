// "My highlights and notes": annotations kept in localStorage (no account).
//
// Written against a minimal Storage-like interface so it runs in Node tests.
// Store layout (versioned, validated with zod on every load):
//   ANNOTATIONS_KEY         {"version":1,"annotations":[Annotation, …]}
//   ANNOTATIONS_BACKUP_KEY  {"version":1,"entries":[{savedAt, reasons, raw}, …]}
//
// Nothing is ever silently wiped. When a load finds anything it cannot keep
// as-is (bad JSON, wrong shape, unknown version, invalid or duplicate items,
// unknown fields), it first APPENDS the raw store text to the backup key and
// only then rewrites the main key with the valid items. If the backup cannot
// be written (quota, storage disabled) the main key is left untouched and
// every write is refused until it can be. Valid items always survive; invalid
// ones live on in the backup (restore them with importAnnotations(raw) after
// fixing, or export the backup; transfer.ts). Every function here catches storage
// exceptions and reports instead of throwing.

import { z } from 'zod';
import type { StorageLike } from '@/lib/storage/local-storage';
import { cleanText } from '@/lib/text/text';
import { ANNOTATION_NOTE_MAX_LENGTH, AnnotationSchema, type Annotation } from './annotation';
import { ANNOTATIONS_VERSION, parseCollection, problem, validateAnnotations, type StoreProblem } from './collection';
import { ANNOTATIONS_BACKUP_KEY, ANNOTATIONS_KEY } from './constants';

const BackupEntrySchema = z.object({ savedAt: z.string(), reasons: z.array(z.string()), raw: z.string() });
const BackupSchema = z.object({ version: z.literal(1), entries: z.array(BackupEntrySchema) });

export type BackupEntry = z.infer<typeof BackupEntrySchema>;

export type LoadReport = {
  /** empty: nothing stored; ok: stored data valid as-is; repaired: problems found,
   *  raw data backed up (see `backup`); unavailable: storage could not be read. */
  status: 'empty' | 'ok' | 'repaired' | 'unavailable';
  annotations: Annotation[];
  problems: StoreProblem[];
  /** none: no backup needed; written: raw store appended to the backup key;
   *  failed: backup could not be written, so the main key was left untouched. */
  backup: 'none' | 'written' | 'failed';
};

export type StoreOptions = {
  key?: string;
  backupKey?: string;
  now?: () => Date;
};

function storeText(annotations: readonly Annotation[]): string {
  return JSON.stringify({ version: ANNOTATIONS_VERSION, annotations });
}

function keys(options: StoreOptions | undefined): { key: string; backupKey: string; now: () => Date } {
  return {
    key: options?.key ?? ANNOTATIONS_KEY,
    backupKey: options?.backupKey ?? ANNOTATIONS_BACKUP_KEY,
    now: options?.now ?? (() => new Date()),
  };
}

/** Appends `raw` to the backup key without ever overwriting earlier backups. */
function appendBackup(storage: StorageLike, backupKey: string, entry: BackupEntry): boolean {
  try {
    const existing = storage.getItem(backupKey);
    let entries: BackupEntry[] = [];
    if (existing !== null) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(existing);
      } catch {
        parsed = undefined;
      }
      const backup = BackupSchema.safeParse(parsed);
      entries = backup.success ? backup.data.entries : [{ savedAt: entry.savedAt, reasons: ['previous-backup-unreadable'], raw: existing }];
    }
    if (entries.length > 0 && entries[entries.length - 1]!.raw === entry.raw) return true;
    storage.setItem(backupKey, JSON.stringify({ version: 1, entries: [...entries, entry] }));
    return true;
  } catch {
    return false;
  }
}

/** Backup entries written by loads that found a damaged store (oldest first). */
export function readAnnotationBackup(storage: StorageLike, options?: StoreOptions): BackupEntry[] | null {
  const { backupKey } = keys(options);
  try {
    const raw = storage.getItem(backupKey);
    if (raw === null) return [];
    const parsed = BackupSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data.entries : [{ savedAt: '', reasons: ['backup-unreadable'], raw }];
  } catch {
    return null;
  }
}

/** Deletes the backup key. Only call this on an explicit user action. */
export function clearAnnotationBackup(storage: StorageLike, options?: StoreOptions): boolean {
  try {
    storage.removeItem(keys(options).backupKey);
    return true;
  } catch {
    return false;
  }
}

/** Loads and validates the store, backing up and repairing it when needed. Never throws. */
export function loadAnnotations(storage: StorageLike, options?: StoreOptions): LoadReport {
  const { key, backupKey, now } = keys(options);
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return {
      status: 'unavailable',
      annotations: [],
      problems: [problem('unreadable-storage', 'Local storage cannot be read in this browser.')],
      backup: 'none',
    };
  }
  if (raw === null) return { status: 'empty', annotations: [], problems: [], backup: 'none' };

  const collection = parseCollection(raw);
  const validated = validateAnnotations(collection.items);
  const problems = [...collection.problems, ...validated.problems];
  const normalised = storeText(validated.annotations);
  if (problems.length === 0 && normalised !== JSON.stringify(collection.parsed)) {
    problems.push(problem('normalized', 'Stored annotations had unknown or reordered fields; they were normalised.'));
  }
  if (problems.length === 0) return { status: 'ok', annotations: validated.annotations, problems, backup: 'none' };

  const backedUp = appendBackup(storage, backupKey, {
    savedAt: now().toISOString(),
    reasons: [...new Set(problems.map((p) => p.reason))],
    raw,
  });
  if (backedUp) {
    try {
      storage.setItem(key, normalised);
    } catch {
      // The raw data is safe in the backup; the next load will try again.
    }
  }
  return { status: 'repaired', annotations: validated.annotations, problems, backup: backedUp ? 'written' : 'failed' };
}

export type StoreErrorCode =
  | 'invalid-annotation'
  | 'not-found'
  | 'storage-unavailable'
  | 'backup-failed'
  | 'write-failed'
  | 'invalid-json'
  | 'invalid-shape'
  | 'too-large';

export type StoreError = { code: StoreErrorCode; message: string };

export type MutationResult =
  { ok: true; annotations: Annotation[]; load: LoadReport } | { ok: false; error: StoreError; load: LoadReport | null };

export function writable(load: LoadReport): StoreError | null {
  if (load.status === 'unavailable') return { code: 'storage-unavailable', message: 'Local storage is not available.' };
  if (load.backup === 'failed') {
    return { code: 'backup-failed', message: 'Damaged saved data could not be backed up, so nothing was changed.' };
  }
  return null;
}

function write(storage: StorageLike, key: string, annotations: Annotation[], load: LoadReport): MutationResult {
  try {
    storage.setItem(key, storeText(annotations));
    return { ok: true, annotations, load };
  } catch {
    return { ok: false, error: { code: 'write-failed', message: 'Local storage is full or not writable.' }, load };
  }
}

/** Writes the whole list to the store's key (the load that preceded it is reported back). */
export function storeWrite(storage: StorageLike, annotations: Annotation[], load: LoadReport, options?: StoreOptions): MutationResult {
  return write(storage, keys(options).key, annotations, load);
}

function mutate(
  storage: StorageLike,
  options: StoreOptions | undefined,
  change: (current: Annotation[]) => Annotation[] | StoreError,
): MutationResult {
  const { key } = keys(options);
  const load = loadAnnotations(storage, options);
  const blocked = writable(load);
  if (blocked) return { ok: false, error: blocked, load };
  const next = change(load.annotations);
  if (!Array.isArray(next)) return { ok: false, error: next, load };
  return write(storage, key, next, load);
}

/** Adds an annotation or replaces the one with the same id. */
export function saveAnnotation(storage: StorageLike, annotation: unknown, options?: StoreOptions): MutationResult {
  const parsed = AnnotationSchema.safeParse(annotation);
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-annotation', message: z.prettifyError(parsed.error) }, load: null };
  }
  const valid = parsed.data;
  return mutate(storage, options, (current) =>
    current.some((a) => a.id === valid.id) ? current.map((a) => (a.id === valid.id ? valid : a)) : [...current, valid],
  );
}

export type AnnotationChanges = { note?: string };

/** Changes the note of an annotation and bumps updatedAt. */
export function updateAnnotation(storage: StorageLike, id: string, changes: AnnotationChanges, options?: StoreOptions): MutationResult {
  const { now } = keys(options);
  return mutate(storage, options, (current) => {
    const existing = current.find((a) => a.id === id);
    if (!existing) return { code: 'not-found', message: `No annotation with id "${id}".` };
    const next: Annotation = { ...existing, updatedAt: now().toISOString() };
    if (changes.note !== undefined) next.note = cleanText(changes.note, ANNOTATION_NOTE_MAX_LENGTH);
    const checked = AnnotationSchema.safeParse(next);
    if (!checked.success) return { code: 'invalid-annotation', message: z.prettifyError(checked.error) };
    return current.map((a) => (a.id === id ? checked.data : a));
  });
}

export function removeAnnotation(storage: StorageLike, id: string, options?: StoreOptions): MutationResult {
  return mutate(storage, options, (current) =>
    current.some((a) => a.id === id)
      ? current.filter((a) => a.id !== id)
      : { code: 'not-found', message: `No annotation with id "${id}".` },
  );
}
