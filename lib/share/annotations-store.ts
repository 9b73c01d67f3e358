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
// fixing, or export the backup). Every function here catches storage
// exceptions and reports instead of throwing.

import { z } from 'zod';
import type { Lang } from '@/lib/content/model';
import { createTextAnchor, resolveAnchor, type AnchorResolution, type SegmentTexts } from './anchor';
import { HashSchema, LangSchema, MAX_OFFSET, NOTE_MAX_LENGTH, SegmentIdSchema, type SelectionLink } from './link-codec';
import { cleanText, codePointLength } from './text';
import { ANNOTATIONS_BACKUP_KEY, ANNOTATIONS_KEY } from './constants';

export { ANNOTATIONS_BACKUP_KEY, ANNOTATIONS_KEY };
export const ANNOTATIONS_VERSION = 1;
export const ANNOTATIONS_EXPORT_FORMAT = 'duizhao-annotations';
/** Notes kept locally may be longer than the 500 code points a share link carries. */
export const ANNOTATION_NOTE_MAX_LENGTH = 5_000;
export const ANNOTATION_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export const MAX_IMPORT_LENGTH = 5_000_000;

export type StorageLike = {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
};

export const AnnotationSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_.:-]{1,128}$/),
    docSlug: z.string().regex(/^[^\s/?#\\\u0000-\u001F\u007F]{1,200}$/),
    segmentId: SegmentIdSchema,
    lang: LangSchema,
    start: z.int().min(0).max(MAX_OFFSET),
    end: z.int().min(1).max(MAX_OFFSET),
    quote: z.object({
      prefix: z.string().max(256),
      exact: z.string().min(1).max(MAX_OFFSET),
      suffix: z.string().max(256),
    }),
    hash: HashSchema,
    note: z.string().refine((note) => codePointLength(note) <= ANNOTATION_NOTE_MAX_LENGTH, 'note too long'),
    color: z.enum(ANNOTATION_COLORS).optional(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .refine((a) => a.start < a.end, 'start must be before end')
  .refine((a) => a.quote.exact.length === a.end - a.start, 'quote does not match the offsets');

export type Annotation = z.infer<typeof AnnotationSchema>;
export type AnnotationColor = (typeof ANNOTATION_COLORS)[number];

const StoreEnvelopeSchema = z.object({
  version: z.literal(ANNOTATIONS_VERSION),
  annotations: z.array(AnnotationSchema),
});

/** Anything that carries an annotations array (store, export file, other versions). */
const LooseEnvelopeSchema = z.object({ version: z.unknown().optional(), annotations: z.array(z.unknown()) });

const BackupEntrySchema = z.object({ savedAt: z.string(), reasons: z.array(z.string()), raw: z.string() });
const BackupSchema = z.object({ version: z.literal(1), entries: z.array(BackupEntrySchema) });

export type BackupEntry = z.infer<typeof BackupEntrySchema>;

export type StoreProblemReason =
  | 'unreadable-storage'
  | 'invalid-json'
  | 'invalid-shape'
  | 'missing-envelope'
  | 'unsupported-version'
  | 'invalid-item'
  | 'duplicate-id'
  | 'normalized'
  | 'too-large';

export type StoreProblem = {
  reason: StoreProblemReason;
  /** Position of the item in the stored/imported list, when the problem is about one item. */
  index: number | null;
  /** Its id when it had a readable one. */
  id: string | null;
  message: string;
};

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

function problem(reason: StoreProblemReason, message: string, index: number | null = null, id: string | null = null): StoreProblem {
  return { reason, index, id, message };
}

function readableId(item: unknown): string | null {
  if (typeof item === 'object' && item !== null && 'id' in item) {
    const id = (item as { id: unknown }).id;
    if (typeof id === 'string' && id.length <= 128) return id;
  }
  return null;
}

function timeOf(iso: string): number {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? 0 : time;
}

type Validated = { annotations: Annotation[]; problems: StoreProblem[] };

/** Validates a list of unknown items; duplicates by id keep the most recently updated. */
export function validateAnnotations(items: readonly unknown[]): Validated {
  const problems: StoreProblem[] = [];
  const byId = new Map<string, { annotation: Annotation; index: number }>();
  const order: string[] = [];
  items.forEach((item, index) => {
    const parsed = AnnotationSchema.safeParse(item);
    if (!parsed.success) {
      const detail = parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || 'item'}: ${i.message}`)
        .join('; ');
      problems.push(problem('invalid-item', `Item ${index} is not a valid annotation (${detail}).`, index, readableId(item)));
      return;
    }
    const annotation = parsed.data;
    const previous = byId.get(annotation.id);
    if (!previous) {
      byId.set(annotation.id, { annotation, index });
      order.push(annotation.id);
      return;
    }
    const newer = timeOf(annotation.updatedAt) > timeOf(previous.annotation.updatedAt);
    const dropped = newer ? previous.index : index;
    if (newer) byId.set(annotation.id, { annotation, index });
    problems.push(
      problem('duplicate-id', `Item ${dropped} repeats id "${annotation.id}"; the newer one was kept.`, dropped, annotation.id),
    );
  });
  return { annotations: order.map((id) => byId.get(id)!.annotation), problems };
}

type ParsedCollection = { items: unknown[]; problems: StoreProblem[]; parsed: unknown; fatal: boolean };

/** Reads JSON text holding a store, an export file or a bare array of annotations. */
function parseCollection(text: string): ParsedCollection {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { items: [], problems: [problem('invalid-json', 'The data is not valid JSON.')], parsed: undefined, fatal: true };
  }
  if (Array.isArray(parsed)) {
    return { items: parsed, problems: [problem('missing-envelope', 'The data is a bare list without a version.')], parsed, fatal: false };
  }
  const envelope = LooseEnvelopeSchema.safeParse(parsed);
  if (!envelope.success) {
    return { items: [], problems: [problem('invalid-shape', 'The data has no "annotations" list.')], parsed, fatal: true };
  }
  const problems: StoreProblem[] = [];
  if (envelope.data.version !== ANNOTATIONS_VERSION) {
    problems.push(
      problem(
        'unsupported-version',
        `Version ${JSON.stringify(envelope.data.version) ?? 'missing'} is not ${ANNOTATIONS_VERSION}; items were read as version ${ANNOTATIONS_VERSION}.`,
      ),
    );
  }
  return { items: envelope.data.annotations, problems, parsed, fatal: false };
}

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

function writable(load: LoadReport): StoreError | null {
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

export type AnnotationChanges = { note?: string; color?: AnnotationColor | null };

/** Changes the note and/or colour of an annotation and bumps updatedAt. */
export function updateAnnotation(storage: StorageLike, id: string, changes: AnnotationChanges, options?: StoreOptions): MutationResult {
  const { now } = keys(options);
  return mutate(storage, options, (current) => {
    const existing = current.find((a) => a.id === id);
    if (!existing) return { code: 'not-found', message: `No annotation with id "${id}".` };
    const next: Annotation = { ...existing, updatedAt: now().toISOString() };
    if (changes.note !== undefined) next.note = cleanText(changes.note, ANNOTATION_NOTE_MAX_LENGTH);
    if (changes.color === null) delete next.color;
    else if (changes.color !== undefined) next.color = changes.color;
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

// ---------------------------------------------------------------------------
// Creating

export type CreateAnnotationInput = {
  docSlug: string;
  segment: SegmentTexts & { id: string };
  lang: Lang;
  start: number;
  end: number;
  note?: string;
  color?: AnnotationColor;
  id?: string;
  now?: () => Date;
};

function newId(): string {
  const cryptoLike = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (cryptoLike && typeof cryptoLike.randomUUID === 'function') {
    try {
      return cryptoLike.randomUUID();
    } catch {
      // randomUUID needs a secure context in browsers; fall through.
    }
  }
  return `a${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;
}

/** Builds a valid annotation for a selection (null if the span is empty or invalid). Pure. */
export function createAnnotation(input: CreateAnnotationInput): Annotation | null {
  const anchor = createTextAnchor({ segment: input.segment, lang: input.lang, start: input.start, end: input.end });
  if (!anchor) return null;
  const time = (input.now ?? (() => new Date()))().toISOString();
  const candidate: Annotation = {
    id: input.id ?? newId(),
    docSlug: input.docSlug,
    segmentId: input.segment.id,
    lang: anchor.lang,
    start: anchor.start,
    end: anchor.end,
    quote: anchor.quote,
    hash: anchor.hash,
    note: cleanText(input.note ?? '', ANNOTATION_NOTE_MAX_LENGTH),
    ...(input.color ? { color: input.color } : {}),
    createdAt: time,
    updatedAt: time,
  };
  const parsed = AnnotationSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

/** Where a saved annotation sits in the current segment text (match / revised / gone). */
export function resolveAnnotation(annotation: Annotation, segment: SegmentTexts): AnchorResolution {
  return resolveAnchor(segment, {
    lang: annotation.lang,
    range: { start: annotation.start, end: annotation.end },
    quote: annotation.quote,
    hash: annotation.hash,
  });
}

/** Share link for a saved annotation (its note is shared too; pass note: null to leave it out). */
export function annotationShareLink(annotation: Annotation, note: string | null = annotation.note || null): SelectionLink {
  return {
    kind: 'selection',
    segmentId: annotation.segmentId,
    lang: annotation.lang,
    range: { start: annotation.start, end: annotation.end },
    quote: annotation.quote,
    hash: annotation.hash,
    note: note === null ? null : cleanText(note, NOTE_MAX_LENGTH) || null,
  };
}

// ---------------------------------------------------------------------------
// Import / export

export type MergeResult = { annotations: Annotation[]; added: string[]; updated: string[]; unchanged: string[] };

/**
 * Merges by id: new ids are appended; for an id present on both sides the
 * more recently updated version wins (ties keep the existing one).
 */
export function mergeAnnotations(existing: readonly Annotation[], incoming: readonly Annotation[]): MergeResult {
  const result = [...existing];
  const index = new Map(result.map((a, i) => [a.id, i]));
  const added: string[] = [];
  const updated: string[] = [];
  const unchanged: string[] = [];
  for (const annotation of incoming) {
    const at = index.get(annotation.id);
    if (at === undefined) {
      index.set(annotation.id, result.length);
      result.push(annotation);
      added.push(annotation.id);
    } else if (timeOf(annotation.updatedAt) > timeOf(result[at]!.updatedAt)) {
      result[at] = annotation;
      updated.push(annotation.id);
    } else {
      unchanged.push(annotation.id);
    }
  }
  return { annotations: result, added, updated, unchanged };
}

export type ImportReport =
  | { ok: true; added: string[]; updated: string[]; unchanged: string[]; skipped: StoreProblem[]; annotations: Annotation[] }
  | { ok: false; error: StoreError; skipped: StoreProblem[] };

/** Reads annotations from JSON text (an export file, a store or a bare array) without storing them. */
export function parseAnnotationsJson(
  text: string,
): { ok: true; annotations: Annotation[]; skipped: StoreProblem[] } | { ok: false; error: StoreError; skipped: StoreProblem[] } {
  if (text.length > MAX_IMPORT_LENGTH) {
    const skipped = [problem('too-large', `The file is larger than ${MAX_IMPORT_LENGTH} characters.`)];
    return { ok: false, error: { code: 'too-large', message: skipped[0]!.message }, skipped };
  }
  const collection = parseCollection(text);
  if (collection.fatal) {
    const first = collection.problems[0]!;
    const code: StoreErrorCode = first.reason === 'invalid-json' ? 'invalid-json' : 'invalid-shape';
    return { ok: false, error: { code, message: first.message }, skipped: collection.problems };
  }
  const validated = validateAnnotations(collection.items);
  return { ok: true, annotations: validated.annotations, skipped: [...collection.problems, ...validated.problems] };
}

/** Imports annotations from JSON text and merges them into the store by id. */
export function importAnnotations(storage: StorageLike, text: string, options?: StoreOptions): ImportReport {
  const parsed = parseAnnotationsJson(text);
  if (!parsed.ok) return parsed;
  const { key } = keys(options);
  const load = loadAnnotations(storage, options);
  const blocked = writable(load);
  if (blocked) return { ok: false, error: blocked, skipped: parsed.skipped };
  const merge = mergeAnnotations(load.annotations, parsed.annotations);
  const written = write(storage, key, merge.annotations, load);
  if (!written.ok) return { ok: false, error: written.error, skipped: parsed.skipped };
  return {
    ok: true,
    added: merge.added,
    updated: merge.updated,
    unchanged: merge.unchanged,
    skipped: parsed.skipped,
    annotations: merge.annotations,
  };
}

/** JSON export file (importable with importAnnotations). */
export function exportAnnotationsJson(annotations: readonly Annotation[], exportedAt: Date = new Date()): string {
  return `${JSON.stringify(
    { format: ANNOTATIONS_EXPORT_FORMAT, version: ANNOTATIONS_VERSION, exportedAt: exportedAt.toISOString(), annotations },
    null,
    2,
  )}\n`;
}
