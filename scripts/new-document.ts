// npm run new:document -- <source.txt> --slug <slug> --kind <interview|regulation>
//   Drafts content/drafts/<slug>.mdx from a source text (one paragraph per line) and copies the
//   source, as received, to content/sources/<slug>.txt. The draft marks the glossary's terms and
//   leaves a "TODO translate" line under every Chinese sentence.
// npm run new:document -- --check content/drafts/<slug>.mdx
//   Lists what the draft still lacks; exits 1 while anything does.

import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { draftDocument, untranslatedLines } from '../lib/authoring/draft';
import { createContentStore } from '../lib/content/store';
import { documentKinds, idPattern, type DocumentKind } from '../lib/content/schema';

const root = path.join(process.cwd(), 'content');

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function check(file: string) {
  const lines = untranslatedLines(await readFile(file, 'utf8'));
  if (lines.length === 0) {
    console.log(`${file}: complete. Move it to content/documents/ to publish it.`);
    return;
  }
  for (const line of lines) console.log(`${file}:${line}: to do`);
  console.log(`${lines.length} line(s) still to write.`);
  process.exit(1);
}

async function draft(source: string, slug: string, kind: DocumentKind) {
  const out = path.join(root, 'drafts', `${slug}.mdx`);
  const copy = path.join(root, 'sources', `${slug}.txt`);
  for (const file of [out, path.join(root, 'documents', `${slug}.mdx`)]) {
    if (existsSync(file)) fail(`${file} exists: choose another slug, or delete it first.`);
  }
  const glossary = await createContentStore({ root }).getGlossary();
  const terms = glossary.entries.map((entry) => ({ id: entry.id, forms: [entry.zh, ...(entry.aliases ?? [])], document: entry.document }));
  const text = await readFile(source, 'utf8');
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, draftDocument(text, { slug, kind, terms }));
  if (path.resolve(source) !== path.resolve(copy)) await copyFile(source, copy);
  const todo = untranslatedLines(await readFile(out, 'utf8')).length;
  console.log(`Wrote ${path.relative(process.cwd(), out)} (${todo} lines to write) and ${path.relative(process.cwd(), copy)}.`);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { slug: { type: 'string' }, kind: { type: 'string' }, check: { type: 'string' } },
});

if (values.check) {
  await check(values.check);
} else {
  const [source] = positionals;
  const kind = documentKinds.find((k) => k === values.kind);
  if (!source || !values.slug || !kind) fail('usage: npm run new:document -- <source.txt> --slug <slug> --kind <interview|regulation>');
  if (!idPattern.test(values.slug)) fail(`--slug "${values.slug}" must be kebab-case (a-z, 0-9, -)`);
  await draft(source, values.slug, kind);
}
