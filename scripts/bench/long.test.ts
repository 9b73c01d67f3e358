import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createContentStore } from '../../lib/content/store';
import { LONG_SOURCE, writeLongDocuments } from './long';

const dir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-long-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('long copies of the interview', () => {
  it('compile as documents of their own: the body repeated, fresh ids, the same text and terms', async () => {
    const written = writeLongDocuments(path.join('content', 'documents', `${LONG_SOURCE}.mdx`), dir, [4]);
    expect(written.map((document) => document.slug)).toEqual(['bench-long-4x']);
    const store = createContentStore({ root: path.join(process.cwd(), 'content'), extraDocuments: dir });
    const original = await store.getDocument(LONG_SOURCE);
    const long = await store.getDocument('bench-long-4x');
    if (!original || !long) throw new Error('a document is missing');

    const [title, ...body] = original.segments;
    expect(long.meta.title.en).toMatch(/^Benchmark copy \(4× the length, not published\): /);
    expect(long.segments).toHaveLength(1 + 4 * body.length);
    expect(new Set(long.segments.map((segment) => segment.id)).size).toBe(long.segments.length);
    expect(long.segments[0]?.id).toBe(title?.id);
    for (let copy = 0; copy < 4; copy++) {
      const suffix = copy === 0 ? '' : `-r${copy + 1}`;
      body.forEach((segment, index) => {
        const repeated = long.segments[1 + copy * body.length + index];
        expect(repeated?.id).toBe(`${segment.id}${suffix}`);
        expect(repeated?.zh).toEqual(segment.zh);
        expect(repeated?.en).toEqual(segment.en);
        expect(repeated?.terms).toEqual(segment.terms);
      });
    }
  });
});
