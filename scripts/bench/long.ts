// The reader-at-any-length benchmark's documents: the interview's body repeated to 4×, 8× and 16×
// its length, each a document of its own with fresh segment ids. Generated for the benchmark only,
// into a git-ignored scratch folder that only the bench-only build reads (DUIZHAO_EXTRA_DOCUMENTS);
// never published.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';

/** The document whose body is repeated: the interview. */
export const LONG_SOURCE = 'beijing-digital-economy-2023';
/** How many times its body is repeated, one document each. */
export const LONG_FACTORS: readonly number[] = [4, 8, 16];
/** Where the generated documents are written (git-ignored with the rest of .bench/). */
export const LONG_DIR = '.bench/documents';

export type LongDocument = { slug: string; factor: number; file: string; source: string };

export function longSlug(factor: number): string {
  return `bench-long-${factor}x`;
}

const segmentPattern = /<Segment\s+id="([^"]+)"[^>]*>[\s\S]*?<\/Segment>/g;

/** The source split into its frontmatter, its title segment (if any) and the segments after it. */
export function splitDocument(source: string): { frontmatter: string; title: string | null; body: string[] } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!match || match[1] === undefined) throw new Error('the source document has no frontmatter');
  const segments = [...source.slice(match[0].length).matchAll(segmentPattern)].map((segment) => segment[0]);
  const titleAt = segments.findIndex((segment) => /^<Segment\s[^>]*kind="title"/.test(segment));
  return {
    frontmatter: match[1],
    title: titleAt === -1 ? null : (segments[titleAt] ?? null),
    body: segments.slice(titleAt + 1),
  };
}

/** A segment with `-r<copy>` after its id; copy 1 keeps the original ids. Term and sentence markup is left as it is. */
export function renumber(segment: string, copy: number): string {
  if (copy === 1) return segment;
  return segment.replace(/^(<Segment\s+id=")([^"]+)(")/, (_, open: string, id: string, close: string) => `${open}${id}-r${copy}${close}`);
}

/** The source with its body `factor` times (title once), under a new slug and a title that says it is a benchmark copy. */
export function longDocument(source: string, factor: number, slug: string): string {
  const { frontmatter, title, body } = splitDocument(source);
  if (body.length === 0) throw new Error('the source document has no segments after its title');
  const meta = parseDocument(frontmatter);
  const zh = meta.getIn(['title', 'zh']);
  const en = meta.getIn(['title', 'en']);
  if (typeof zh !== 'string' || typeof en !== 'string') throw new Error('the source document has no title.zh / title.en');
  meta.set('slug', slug);
  meta.setIn(['title', 'zh'], `基准测试副本（${factor} 倍长度，不发布）：${zh}`);
  meta.setIn(['title', 'en'], `Benchmark copy (${factor}× the length, not published): ${en}`);
  const copies: string[] = [];
  for (let copy = 1; copy <= factor; copy++) copies.push(...body.map((segment) => renumber(segment, copy)));
  return `---\n${meta.toString({ lineWidth: 0 }).trimEnd()}\n---\n\n${[...(title ? [title] : []), ...copies].join('\n\n')}\n`;
}

/** Writes one long copy per factor into `dir` (emptied of earlier .mdx files first). */
export function writeLongDocuments(
  sourceFile = path.join('content', 'documents', `${LONG_SOURCE}.mdx`),
  dir = LONG_DIR,
  factors: readonly number[] = LONG_FACTORS,
): LongDocument[] {
  const source = readFileSync(sourceFile, 'utf8');
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (name.endsWith('.mdx')) rmSync(path.join(dir, name));
  return factors.map((factor) => {
    const slug = longSlug(factor);
    const file = path.join(dir, `${slug}.mdx`);
    writeFileSync(file, longDocument(source, factor, slug));
    return { slug, factor, file, source: LONG_SOURCE };
  });
}
