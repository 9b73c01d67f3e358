// Reading a list of annotations from untrusted JSON (the stored list, an export file, a bare
// array): every valid item is kept, and every problem is named, never thrown. The store and the
// import both read through here.

import { z } from 'zod';
import { AnnotationSchema, timeOf, type Annotation } from './annotation';

export const ANNOTATIONS_VERSION = 1;

/** Anything that carries an annotations array (store, export file, other versions). */
const LooseEnvelopeSchema = z.object({ version: z.unknown().optional(), annotations: z.array(z.unknown()) });

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

export function problem(reason: StoreProblemReason, message: string, index: number | null = null, id: string | null = null): StoreProblem {
  return { reason, index, id, message };
}

function readableId(item: unknown): string | null {
  if (typeof item === 'object' && item !== null && 'id' in item) {
    const id = (item as { id: unknown }).id;
    if (typeof id === 'string' && id.length <= 128) return id;
  }
  return null;
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
export function parseCollection(text: string): ParsedCollection {
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
