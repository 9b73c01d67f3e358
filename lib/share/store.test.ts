import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentText } from '@/lib/content/model';
import type { StorageLike } from '@/lib/storage/local-storage';
import { annotationShareLink, createAnnotation, resolveAnnotation, type Annotation } from './annotation';
import { ANNOTATIONS_BACKUP_KEY, ANNOTATIONS_KEY } from './constants';
import { loadAnnotations, readAnnotationBackup, removeAnnotation, saveAnnotation, updateAnnotation } from './store';
import { exportAnnotationsJson, importAnnotations, mergeAnnotations, parseAnnotationsJson } from './transfer';
import { decodeShareLink, encodeShareLink } from './link-codec';
import { SAMPLE_SEGMENTS, SAMPLE_SLUG, sampleSegment } from './test-fixtures';

class MemoryStorage implements StorageLike {
  readonly data = new Map<string, string>();
  failWrites: ReadonlySet<string> = new Set();
  failReads = false;
  getItem(key: string): string | null {
    if (this.failReads) throw new Error('SecurityError');
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites.has(key)) throw new Error('QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}

const NOW = new Date('2025-03-05T08:00:00.000Z');
const now = () => NOW;

function make(exact: string, options: { id: string; segmentId?: string; lang?: 'zh' | 'en'; note?: string; at?: Date }): Annotation {
  const segment = sampleSegment(options.segmentId ?? 's1-p1');
  const lang = options.lang ?? 'zh';
  const start = segmentText(segment, lang).indexOf(exact);
  if (start === -1) throw new Error(`"${exact}" not found`);
  const annotation = createAnnotation({
    docSlug: SAMPLE_SLUG,
    segment,
    lang,
    start,
    end: start + exact.length,
    note: options.note,
    id: options.id,
    now: () => options.at ?? NOW,
  });
  if (!annotation) throw new Error('invalid');
  return annotation;
}

const A = make('全球数字经济标杆城市', { id: 'a1', note: '目标' });
const B = make('digital economy', { id: 'b2', lang: 'en', segmentId: 's2-p1', note: 'Opportunities <b>for firms</b>' });

function storeWith(raw: string): MemoryStorage {
  const storage = new MemoryStorage();
  storage.data.set(ANNOTATIONS_KEY, raw);
  return storage;
}

describe('createAnnotation', () => {
  it('builds a valid, anchored annotation with timestamps', () => {
    expect(A).toMatchObject({
      id: 'a1',
      docSlug: SAMPLE_SLUG,
      segmentId: 's1-p1',
      lang: 'zh',
      quote: { exact: '全球数字经济标杆城市' },
      note: '目标',
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    expect(resolveAnnotation(A, sampleSegment('s1-p1'))).toMatchObject({ status: 'match', start: A.start });
    expect(createAnnotation({ docSlug: SAMPLE_SLUG, segment: sampleSegment('s1-p1'), lang: 'zh', start: 3, end: 3 })).toBeNull();
    const generated = createAnnotation({ docSlug: SAMPLE_SLUG, segment: sampleSegment('s1-p1'), lang: 'zh', start: 0, end: 4 });
    expect(generated?.id).toMatch(/^[A-Za-z0-9_.:-]{1,128}$/);
  });

  it('turns into a share link that opens on the same span', () => {
    const url = encodeShareLink(annotationShareLink(A), `/en/documents/${SAMPLE_SLUG}`);
    const decoded = decodeShareLink(url);
    expect(decoded).toMatchObject({ ok: true, link: { kind: 'selection', range: { start: A.start, end: A.end }, note: '目标' } });
  });
});

describe('load / save', () => {
  it('an empty store loads as empty and save/update/remove round-trip', () => {
    const storage = new MemoryStorage();
    expect(loadAnnotations(storage)).toEqual({ status: 'empty', annotations: [], problems: [], backup: 'none' });
    expect(saveAnnotation(storage, A).ok).toBe(true);
    expect(saveAnnotation(storage, B).ok).toBe(true);
    expect(loadAnnotations(storage)).toMatchObject({ status: 'ok', annotations: [A, B], backup: 'none' });

    const later = new Date('2025-04-01T00:00:00.000Z');
    const updated = updateAnnotation(storage, 'a1', { note: '  新的笔记\u202E ' }, { now: () => later });
    expect(updated.ok && updated.annotations[0]).toMatchObject({ note: '新的笔记', updatedAt: later.toISOString() });
    expect(updateAnnotation(storage, 'nope', { note: 'x' })).toMatchObject({ ok: false, error: { code: 'not-found' } });

    expect(removeAnnotation(storage, 'b2').ok).toBe(true);
    expect(loadAnnotations(storage).annotations.map((a) => a.id)).toEqual(['a1']);
    expect(removeAnnotation(storage, 'b2')).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(storage.data.has(ANNOTATIONS_BACKUP_KEY)).toBe(false);
  });

  it('refuses to save an invalid annotation', () => {
    const storage = new MemoryStorage();
    const result = saveAnnotation(storage, { ...A, end: A.start });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-annotation' } });
    expect(saveAnnotation(storage, { ...A, quote: { ...A.quote, exact: 'x' } }).ok).toBe(false);
    expect(storage.data.size).toBe(0);
  });
});

describe('damaged stores are kept aside, never wiped', () => {
  it('bad JSON: raw text goes to the backup, the store is reset and reported', () => {
    const storage = storeWith('{"version":1,"annotations":[{"id":"a1",');
    const report = loadAnnotations(storage, { now });
    expect(report).toMatchObject({ status: 'repaired', annotations: [], backup: 'written' });
    expect(report.problems.map((p) => p.reason)).toEqual(['invalid-json']);
    expect(readAnnotationBackup(storage)).toEqual([
      { savedAt: NOW.toISOString(), reasons: ['invalid-json'], raw: '{"version":1,"annotations":[{"id":"a1",' },
    ]);
    expect(JSON.parse(storage.data.get(ANNOTATIONS_KEY)!)).toEqual({ version: 1, annotations: [] });
    // A second load is clean and does not duplicate the backup.
    expect(loadAnnotations(storage).status).toBe('ok');
    expect(readAnnotationBackup(storage)).toHaveLength(1);
  });

  it('some invalid items: valid ones survive, the invalid ones are preserved in the backup', () => {
    const raw = JSON.stringify({
      version: 1,
      annotations: [A, { ...B, start: -4 }, 'junk', { ...B, id: 'b3' }, null],
    });
    const storage = storeWith(raw);
    const report = loadAnnotations(storage, { now });
    expect(report.status).toBe('repaired');
    expect(report.annotations).toEqual([A, { ...B, id: 'b3' }]);
    expect(report.problems).toEqual([
      expect.objectContaining({ reason: 'invalid-item', index: 1, id: 'b2' }),
      expect.objectContaining({ reason: 'invalid-item', index: 2, id: null }),
      expect.objectContaining({ reason: 'invalid-item', index: 4 }),
    ]);
    const backup = readAnnotationBackup(storage)!;
    expect(backup).toHaveLength(1);
    expect(backup[0]!.raw).toBe(raw);
    expect(JSON.parse(backup[0]!.raw).annotations[1]).toEqual({ ...B, start: -4 });
    expect(loadAnnotations(storage).annotations).toEqual([A, { ...B, id: 'b3' }]);
  });

  it('wrong shape, bare arrays, unknown versions and duplicates are all backed up first', () => {
    const cases: Array<[string, string[], Annotation[]]> = [
      ['{"hello":"world"}', ['invalid-shape'], []],
      [JSON.stringify([A]), ['missing-envelope'], [A]],
      [JSON.stringify({ version: 2, annotations: [A] }), ['unsupported-version'], [A]],
      [
        JSON.stringify({ version: 1, annotations: [A, { ...A, note: 'newer', updatedAt: '2026-01-01T00:00:00.000Z' }] }),
        ['duplicate-id'],
        [{ ...A, note: 'newer', updatedAt: '2026-01-01T00:00:00.000Z' }],
      ],
      [JSON.stringify({ version: 1, annotations: [{ ...A, extra: 'field' }] }), ['normalized'], [A]],
      ['42', ['invalid-shape'], []],
    ];
    for (const [raw, reasons, kept] of cases) {
      const storage = storeWith(raw);
      const report = loadAnnotations(storage, { now });
      expect(report.problems.map((p) => p.reason)).toEqual(reasons);
      expect(report.annotations).toEqual(kept);
      expect(readAnnotationBackup(storage)![0]!.raw).toBe(raw);
    }
  });

  it('an unreadable earlier backup is wrapped, not overwritten', () => {
    const storage = storeWith('not json');
    storage.data.set(ANNOTATIONS_BACKUP_KEY, 'older damaged backup');
    loadAnnotations(storage, { now });
    expect(readAnnotationBackup(storage)).toEqual([
      { savedAt: NOW.toISOString(), reasons: ['previous-backup-unreadable'], raw: 'older damaged backup' },
      { savedAt: NOW.toISOString(), reasons: ['invalid-json'], raw: 'not json' },
    ]);
  });

  it('if the backup cannot be written, the damaged store is left untouched and writes are refused', () => {
    const raw = JSON.stringify({ version: 1, annotations: [A, 'junk'] });
    const storage = storeWith(raw);
    storage.failWrites = new Set([ANNOTATIONS_BACKUP_KEY]);
    const report = loadAnnotations(storage);
    expect(report).toMatchObject({ status: 'repaired', backup: 'failed', annotations: [A] });
    expect(storage.data.get(ANNOTATIONS_KEY)).toBe(raw);
    expect(saveAnnotation(storage, B)).toMatchObject({ ok: false, error: { code: 'backup-failed' } });
    expect(importAnnotations(storage, exportAnnotationsJson([B]))).toMatchObject({ ok: false, error: { code: 'backup-failed' } });
    expect(storage.data.get(ANNOTATIONS_KEY)).toBe(raw);
  });

  it('if the repaired store cannot be rewritten, later loads do not pile up copies in the backup', () => {
    const raw = JSON.stringify({ version: 1, annotations: [A, 'junk'] });
    const storage = storeWith(raw);
    storage.failWrites = new Set([ANNOTATIONS_KEY]);
    expect(loadAnnotations(storage, { now })).toMatchObject({ status: 'repaired', backup: 'written', annotations: [A] });
    expect(loadAnnotations(storage, { now })).toMatchObject({ status: 'repaired', backup: 'written', annotations: [A] });
    expect(storage.data.get(ANNOTATIONS_KEY)).toBe(raw);
    expect(readAnnotationBackup(storage)).toEqual([{ savedAt: NOW.toISOString(), reasons: ['invalid-item'], raw }]);
  });

  it('storage that cannot be read or written is reported, never thrown', () => {
    const storage = new MemoryStorage();
    storage.failReads = true;
    expect(loadAnnotations(storage)).toMatchObject({ status: 'unavailable', problems: [{ reason: 'unreadable-storage' }] });
    expect(saveAnnotation(storage, A)).toMatchObject({ ok: false, error: { code: 'storage-unavailable' } });
    const full = new MemoryStorage();
    full.failWrites = new Set([ANNOTATIONS_KEY]);
    expect(saveAnnotation(full, A)).toMatchObject({ ok: false, error: { code: 'write-failed' } });
  });

  it('no annotation is ever lost: valid items load, and the raw store is in the backup (property)', () => {
    const junk = fc.oneof(fc.jsonValue(), fc.constant({ ...A, lang: 'fr' }), fc.constant({ ...B, hash: 'x' }));
    const valid = fc.constantFrom(A, B, { ...A, id: 'a9' }, { ...B, id: 'b9', note: 'pink' });
    fc.assert(
      fc.property(fc.array(fc.oneof(valid, junk), { maxLength: 8 }), (items) => {
        const raw = JSON.stringify({ version: 1, annotations: items });
        const storage = storeWith(raw);
        const report = loadAnnotations(storage, { now });
        const validIds = new Set(
          items
            .filter((i) => i === A || i === B || (typeof i === 'object' && i !== null && 'id' in i && (i.id === 'a9' || i.id === 'b9')))
            .map((i) => (i as Annotation).id),
        );
        expect(new Set(report.annotations.map((a) => a.id))).toEqual(validIds);
        if (report.status === 'repaired') expect(readAnnotationBackup(storage)!.at(-1)!.raw).toBe(raw);
        else expect(storage.data.get(ANNOTATIONS_KEY)).toBe(raw);
        expect(loadAnnotations(storage).annotations).toEqual(report.annotations);
      }),
      { numRuns: 300 },
    );
  });
});

describe('import / export', () => {
  it('exports JSON that imports back into an empty store unchanged', () => {
    const source = new MemoryStorage();
    saveAnnotation(source, A);
    saveAnnotation(source, B);
    const json = exportAnnotationsJson(loadAnnotations(source).annotations, NOW);
    expect(JSON.parse(json)).toMatchObject({ format: 'duizhao-annotations', version: 1, exportedAt: NOW.toISOString() });
    const target = new MemoryStorage();
    const report = importAnnotations(target, json);
    expect(report).toMatchObject({ ok: true, added: ['a1', 'b2'], updated: [], unchanged: [], skipped: [] });
    expect(loadAnnotations(target).annotations).toEqual([A, B]);
    // Importing again changes nothing.
    expect(importAnnotations(target, json)).toMatchObject({ ok: true, added: [], unchanged: ['a1', 'b2'] });
  });

  it('merges by id: newer versions win, older ones are kept out, invalid items are reported', () => {
    const storage = new MemoryStorage();
    saveAnnotation(storage, A);
    saveAnnotation(storage, B);
    const newerA = { ...A, note: 'edited elsewhere', updatedAt: '2025-06-01T00:00:00.000Z' };
    const olderB = { ...B, note: 'stale', updatedAt: '2024-01-01T00:00:00.000Z' };
    const C = make('一年多来', { id: 'c3' });
    const json = JSON.stringify({ version: 1, annotations: [newerA, olderB, C, { id: 'bad' }, 7] });
    const report = importAnnotations(storage, json);
    expect(report).toMatchObject({ ok: true, added: ['c3'], updated: ['a1'], unchanged: ['b2'] });
    if (!report.ok) throw new Error('unreachable');
    expect(report.skipped).toEqual([
      expect.objectContaining({ reason: 'invalid-item', index: 3, id: 'bad' }),
      expect.objectContaining({ reason: 'invalid-item', index: 4, id: null }),
    ]);
    expect(loadAnnotations(storage).annotations).toEqual([newerA, B, C]);
  });

  it('rejects unreadable imports without touching the store', () => {
    const storage = new MemoryStorage();
    saveAnnotation(storage, A);
    const before = storage.data.get(ANNOTATIONS_KEY);
    expect(importAnnotations(storage, '{oops')).toMatchObject({ ok: false, error: { code: 'invalid-json' } });
    expect(importAnnotations(storage, '{"notes":[]}')).toMatchObject({ ok: false, error: { code: 'invalid-shape' } });
    expect(importAnnotations(storage, ' '.repeat(5_000_001))).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(storage.data.get(ANNOTATIONS_KEY)).toBe(before);
  });

  it('a backup entry can be re-imported to recover the valid items it holds', () => {
    const storage = storeWith(JSON.stringify({ version: 1, annotations: [A, { ...B, end: 1e9 }] }));
    loadAnnotations(storage);
    removeAnnotation(storage, 'a1');
    const raw = readAnnotationBackup(storage)![0]!.raw;
    expect(parseAnnotationsJson(raw)).toMatchObject({ ok: true, annotations: [A] });
    expect(importAnnotations(storage, raw)).toMatchObject({ ok: true, added: ['a1'] });
  });

  it('mergeAnnotations keeps existing order and appends new ids', () => {
    const C = make('一年多来', { id: 'c3' });
    expect(mergeAnnotations([A, B], [C, A]).annotations.map((a) => a.id)).toEqual(['a1', 'b2', 'c3']);
    expect(SAMPLE_SEGMENTS.length).toBeGreaterThan(0);
  });
});
