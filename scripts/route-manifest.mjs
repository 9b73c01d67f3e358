// Writes lib/generated/routes.json: the documents, their segment ids and the glossary term ids.
// The proxy reads it to answer unknown paths with the static, server-rendered 404 page (Next
// renders 404s of dynamic routes only in the browser). Full validation happens in `next build`.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.join(process.cwd(), 'content');
const documents = {};
for (const name of readdirSync(path.join(root, 'documents'))
  .filter((file) => file.endsWith('.mdx'))
  .sort()) {
  const source = readFileSync(path.join(root, 'documents', name), 'utf8');
  documents[name.replace(/\.mdx$/, '')] = [...source.matchAll(/<Segment\s+id="([^"]+)"/g)].map((match) => match[1]);
}
const terms = readdirSync(path.join(root, 'glossary'))
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => file.replace(/\.yaml$/, ''))
  .sort();

mkdirSync(path.join(process.cwd(), 'lib', 'generated'), { recursive: true });
writeFileSync(path.join(process.cwd(), 'lib', 'generated', 'routes.json'), `${JSON.stringify({ documents, terms }, null, 1)}\n`);
