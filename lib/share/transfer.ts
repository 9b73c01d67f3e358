// Moving highlights between browsers: the JSON export file, and import by merge (never by
// replacing what is stored). Markdown export, for reading, is annotations-markdown.ts.

import type { StorageLike } from '@/lib/storage/local-storage';
import { timeOf, type Annotation } from './annotation';
import { ANNOTATIONS_VERSION, parseCollection, problem, validateAnnotations, type StoreProblem } from './collection';
import { loadAnnotations, storeWrite, writable, type StoreError, type StoreErrorCode, type StoreOptions } from './store';

export const ANNOTATIONS_EXPORT_FORMAT = 'duizhao-annotations';
export const MAX_IMPORT_LENGTH = 5_000_000;

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
  const load = loadAnnotations(storage, options);
  const blocked = writable(load);
  if (blocked) return { ok: false, error: blocked, skipped: parsed.skipped };
  const merge = mergeAnnotations(load.annotations, parsed.annotations);
  const written = storeWrite(storage, merge.annotations, load, options);
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
