import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bundleMDX } from 'mdx-bundler';
import { customPinyin, pinyin } from 'pinyin-pro';
import { z } from 'zod';
import { normalizeChineseBlocks } from '@/lib/text/chinese-punctuation';
import { UNTRANSLATED, type SegmentModel } from './model';
import { analyzeDocument } from './bilingual';
import { parseMdx } from './mdx-tree';
import { linkErrors } from '@/lib/library/links';
import { remarkBilingual } from './remark-bilingual';
import {
  ContentError,
  parseYamlWith,
} from './yaml-source';
import {
  frontmatterSchema,
  glossaryEntrySchema,
  pinyinOverridesSchema,
  type Frontmatter,
  type GlossaryEntry,
  type GlossaryIndex,
} from './schema';

/*
 * The one reader of content/: validates everything (zod, alignment, terms) and is the only
 * caller of bundleMDX. The app reads it through load.ts (server-only); the build step that renders
 * the documents' static HTML (scripts/build-content.ts) and unit tests use the store directly.
 */

export type LoadedDocument = {
  file: string;
  meta: Frontmatter;
  segments: SegmentModel[];
  /** Compiled MDX, run with getMDXComponent. */
  code: string;
  /** Pinyin of each Chinese sentence ("<segment>.<n>" → readings of its Han characters, space-separated). */
  readings: Record<string, string>;
  /**
   * A generated document (the benchmark's long copies): it has its page, but the library, search,
   * glossary and sitemap do not list it.
   */
  unlisted: boolean;
};

export type Glossary = {
  entries: GlossaryEntry[];
  byId: GlossaryIndex;
};

type StoreOptions = {
  /** The content/ folder. */
  root: string;
  /** Also read content/fixtures/ (tests only: the production build never publishes fixtures). */
  fixtures?: boolean;
  /** Where compiled MDX is cached between build workers; none when omitted. */
  cacheDir?: string;
  /** Also read this folder's *.mdx as published documents (benchmark only: DUIZHAO_EXTRA_DOCUMENTS). */
  extraDocuments?: string;
};

const hanOnly = /^\p{Script=Han}+$/u;

function relative(root: string, file: string): string {
  return path.relative(path.dirname(root), file);
}

async function listFiles(dir: string, ext: string): Promise<string[]> {
  try {
    const names = await readdir(dir);
    return names.filter((name) => name.endsWith(ext)).sort().map((name) => path.join(dir, name));
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return [];
    throw error;
  }
}

export async function readGlossary(root: string): Promise<Glossary> {
  const files = await listFiles(path.join(root, 'glossary'), '.yaml');
  const errors: string[] = [];
  const entries: GlossaryEntry[] = [];
  const byId = new Map<string, GlossaryEntry>();
  const forms = new Map<string, string>();
  for (const file of files) {
    const name = relative(root, file);
    const parsed = parseYamlWith(glossaryEntrySchema, await readFile(file, 'utf8'), name);
    if (!parsed.ok) {
      errors.push(parsed.message);
      continue;
    }
    const entry = parsed.data;
    if (entry.id !== path.basename(file, '.yaml')) {
      errors.push(`${name}:1: id "${entry.id}" must match the file name "${path.basename(file, '.yaml')}"`);
    }
    if (byId.has(entry.id)) {
      errors.push(`${name}:1: duplicate glossary id "${entry.id}"`);
      continue;
    }
    for (const form of [entry.zh, ...entry.aliases]) {
      const owner = forms.get(form);
      if (owner) errors.push(`${name}:1: Chinese form "${form}" is already glossary term "${owner}"`);
      forms.set(form, entry.id);
    }
    const syllables = entry.pinyin.split(/\s+/).length;
    if (hanOnly.test(entry.zh) && syllables !== [...entry.zh].length) {
      errors.push(`${name}:1: pinyin "${entry.pinyin}" has ${syllables} syllables for ${[...entry.zh].length} characters in "${entry.zh}" (separate syllables with spaces)`);
    }
    byId.set(entry.id, entry);
    entries.push(entry);
  }
  for (const entry of entries) {
    for (const related of entry.related) {
      if (!byId.has(related)) errors.push(`${relative(root, path.join(root, 'glossary', entry.id + '.yaml'))}:1: related term "${related}" does not exist`);
    }
  }
  if (errors.length) throw new ContentError(`Invalid glossary:\n${errors.join('\n')}`);
  return { entries, byId };
}

async function readPinyinOverrides(root: string): Promise<Record<string, string>> {
  const file = path.join(root, 'pinyin.yaml');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return {};
  }
  const parsed = parseYamlWith(pinyinOverridesSchema, text, relative(root, file));
  if (!parsed.ok) throw new ContentError(parsed.message);
  return parsed.data;
}

/** Frontmatter is validated from its own YAML so that errors carry real line numbers. */
function readFrontmatter(source: string, file: string): Frontmatter {
  const yaml = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source)?.[1];
  if (yaml === undefined) throw new ContentError(`${file}:1: missing frontmatter (--- … ---)`);
  const parsed = parseYamlWith(frontmatterSchema, yaml, file, 1);
  if (!parsed.ok) throw new ContentError(`Invalid frontmatter:\n${parsed.message}`);
  return parsed.data;
}

const cacheEntrySchema = z.object({ code: z.string() });

/** Validates one document and compiles it; throws ContentError naming file and line. */
export async function compileDocument(
  received: string,
  file: string,
  glossary: Glossary,
  cacheDir?: string,
): Promise<LoadedDocument> {
  // What is published: the Chinese with Chinese punctuation (same lines, same offsets).
  const source = normalizeChineseBlocks(received);
  const unfinished = source.split('\n').findIndex((line) => line.includes(UNTRANSLATED));
  if (unfinished !== -1) {
    throw new ContentError(`${file}:${unfinished + 1}: "${UNTRANSLATED}": the draft is not finished (npm run new:document -- --check ${file})`);
  }
  const meta = readFrontmatter(source, file);
  const tree = parseMdx(source);
  const { segments, errors } = analyzeDocument(tree, file, glossary.byId, { slug: meta.slug });
  if (errors.length) throw new ContentError(`Invalid document:\n${errors.join('\n')}`);

  // bundleMDX costs ~0.3 s: key the compiled code by everything that shapes it.
  const key = createHash('sha256')
    .update(source)
    .update(JSON.stringify(glossary.entries.map((entry) => [entry.zh, entry.pinyin])))
    .update(compilerVersion)
    .digest('hex')
    .slice(0, 24);
  const cacheFile = cacheDir ? path.join(cacheDir, `${key}.json`) : null;
  if (cacheFile) {
    try {
      const cached = cacheEntrySchema.safeParse(JSON.parse(await readFile(cacheFile, 'utf8')));
      if (cached.success) return { file, meta, segments, code: cached.data.code, readings: readingsOf(segments), unlisted: false };
    } catch {
      // No usable cache entry: compile below.
    }
  }
  const { code } = await bundleMDX({
    source,
    mdxOptions(options) {
      options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkBilingual];
      return options;
    },
  });
  if (cacheFile) {
    await mkdir(path.dirname(cacheFile), { recursive: true });
    await writeFile(cacheFile, JSON.stringify({ code }));
  }
  return { file, meta, segments, code, readings: readingsOf(segments), unlisted: false };
}

// Bump when remarkBilingual's output changes, so stale cached code is not reused.
const compilerVersion = 'bilingual-v6';

/** Pinyin per character of a sentence, in context, citation tones (no sandhi). */
export function readings(sentence: string): string[] {
  return pinyin(sentence, { type: 'array', toneSandhi: false });
}

/** The readings of a sentence's Han characters, in order, space-separated. */
function hanReadings(text: string): string {
  const all = readings(text);
  const out: string[] = [];
  let index = 0;
  for (const char of text) {
    if (/\p{Script=Han}/u.test(char)) out.push((all[index] ?? '').toLowerCase());
    index += char.length;
  }
  return out.join(' ');
}

/** Every Chinese sentence's readings, keyed as the reader's DOM names sentences ("s1-p1.2"). */
function readingsOf(segments: readonly SegmentModel[]): Record<string, string> {
  return Object.fromEntries(segments.flatMap((segment) => segment.zh.map((sentence, index) => [`${segment.id}.${index + 1}`, hanReadings(sentence)])));
}

let pinyinDictionaryFor: string | null = null;

/** Readings in context: glossary terms and content/pinyin.yaml teach pinyin-pro the proper nouns. */
function teachPinyin(glossary: Glossary, overrides: Record<string, string>): void {
  const dictionary: Record<string, string> = {};
  for (const entry of glossary.entries) {
    for (const form of [entry.zh, ...entry.aliases]) {
      if (hanOnly.test(form) && [...form].length === entry.pinyin.split(/\s+/).length) {
        dictionary[form] = entry.pinyin.toLowerCase();
      }
    }
  }
  Object.assign(dictionary, overrides);
  const signature = JSON.stringify(dictionary);
  if (signature === pinyinDictionaryFor) return;
  customPinyin(dictionary);
  pinyinDictionaryFor = signature;
}

export function createContentStore({ root, fixtures = false, cacheDir, extraDocuments }: StoreOptions) {
  let loaded: Promise<{ glossary: Glossary; documents: LoadedDocument[] }> | null = null;

  async function loadAll() {
    const glossary = await readGlossary(root);
    teachPinyin(glossary, await readPinyinOverrides(root));
    const extra = new Set(extraDocuments ? await listFiles(extraDocuments, '.mdx') : []);
    const files = [
      ...(await listFiles(path.join(root, 'documents'), '.mdx')),
      ...(fixtures ? await listFiles(path.join(root, 'fixtures'), '.mdx') : []),
      ...extra,
    ];
    const documents: LoadedDocument[] = [];
    const errors: string[] = [];
    for (const file of files) {
      const name = relative(root, file);
      try {
        const compiled = await compileDocument(await readFile(file, 'utf8'), name, glossary, cacheDir);
        const document = { ...compiled, unlisted: extra.has(file) };
        if (document.meta.slug !== path.basename(file, '.mdx')) {
          errors.push(`${name}:2: slug "${document.meta.slug}" must match the file name`);
        }
        documents.push(document);
      } catch (error) {
        if (error instanceof ContentError) errors.push(error.message);
        else throw error;
      }
    }
    if (errors.length === 0) {
      const used = new Set(documents.flatMap((document) => document.segments.flatMap((segment) => segment.terms)));
      for (const entry of glossary.entries) {
        if (!used.has(entry.id)) errors.push(`content/glossary/${entry.id}.yaml:1: glossary term "${entry.id}" is never used in any document`);
      }
      errors.push(...linkErrors(documents.map(({ meta, segments }) => ({ slug: meta.slug, segments })), glossary.entries));
    }
    if (errors.length) throw new ContentError(errors.join('\n'));
    documents.sort((a, b) => b.meta.published.localeCompare(a.meta.published) || a.meta.slug.localeCompare(b.meta.slug));
    return { glossary, documents };
  }

  function all() {
    loaded ??= loadAll();
    return loaded;
  }

  return {
    async getGlossary(): Promise<Glossary> {
      return (await all()).glossary;
    },
    /** The library: every published document, newest first. */
    async getDocuments(): Promise<LoadedDocument[]> {
      return (await all()).documents.filter((document) => !document.unlisted);
    },
    /** Every document that has a page, unlisted ones included. */
    async getAllDocuments(): Promise<LoadedDocument[]> {
      return (await all()).documents;
    },
    async getDocument(slug: string): Promise<LoadedDocument | null> {
      return (await all()).documents.find((document) => document.meta.slug === slug) ?? null;
    },
  };
}

/** The store the app and its build steps read: content/ in the working directory. */
export const appContentStore = () =>
  createContentStore({
  root: path.join(process.cwd(), 'content'),
  cacheDir: path.join(process.cwd(), 'node_modules', '.cache', 'duizhao-mdx'),
  // `npm run bench` sets it for its bench-only build (generated long documents); the real build never does.
  extraDocuments: process.env.DUIZHAO_EXTRA_DOCUMENTS ? path.resolve(process.env.DUIZHAO_EXTRA_DOCUMENTS) : undefined,
  });
