// The search files' two possible layouts as the library grows: one payload of every document, and
// the shipped one, a small core (/search-index.json) and one shard per document
// (/search-index/<slug>.json), each growing with one document only.

import { gzipSync } from 'node:zlib';
import { payloadOf, searchFilesOf, type CorpusDocument } from '../../lib/search/corpus';
import type { GlossaryEntry } from '../../lib/search/build-index';
import { kib as kb, terminalTable as table } from './format';

/** The budget set for the index when the library held one document (issue 4): per file now. */
export const INDEX_BUDGET_GZ = 30_000;

const sizes = (value: unknown) => {
  const json = JSON.stringify(value);
  return { raw: Buffer.byteLength(json), gz: gzipSync(json).length };
};

export function indexLayouts(documents: readonly CorpusDocument[], glossary: readonly GlossaryEntry[]): string[] {
  const whole = sizes(payloadOf(documents, glossary));
  const { core, shards } = searchFilesOf(documents, glossary, (slug) => `/search-index/${slug}.json`);
  const files = [
    { name: 'core /search-index.json (fold map, glossary, shard list)', ...sizes(core) },
    ...shards.map((shard) => ({ name: `shard /search-index/${shard.doc.slug}.json`, ...sizes(shard) })),
  ];
  const verdict = (gz: number) => (gz <= INDEX_BUDGET_GZ ? 'within budget' : 'OVER budget');
  const total = files.reduce((sum, file) => sum + file.gz, 0);
  return [
    `Search files (budget ${kb(INDEX_BUDGET_GZ)} gzipped per file; the FlexSearch index is built in the browser from the texts):`,
    table([
      ['file', 'raw', 'gzip', ''],
      ['one payload, every document (not shipped)', `${whole.raw} B`, `${whole.gz} B (${kb(whole.gz)})`, verdict(whole.gz)],
      ...files.map((file) => [file.name, `${file.raw} B`, `${file.gz} B (${kb(file.gz)})`, verdict(file.gz)]),
      ['shipped, all files (a first search loads them all)', '', `${total} B (${kb(total)})`, ''],
    ]),
    '',
  ];
}
