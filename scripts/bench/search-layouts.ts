// The search index's two possible layouts as the library grows: the one payload the app ships
// (every document) and one shard per document, fetched when its document is searched.

import { gzipSync } from 'node:zlib';
import { payloadOf, type CorpusDocument } from '../../lib/search/corpus';
import type { GlossaryEntry } from '../../lib/search/build-index';
import { kib as kb, terminalTable as table } from './format';

/** The budget set for the index when the library held one document (issue 4). */
export const INDEX_BUDGET_GZ = 30_000;

export function indexLayouts(documents: readonly CorpusDocument[], glossary: readonly GlossaryEntry[], raw: number, gz: number): string[] {
  const rows = documents.map((document) => {
    const shard = JSON.stringify(payloadOf([document], glossary));
    const shardGz = gzipSync(shard).length;
    return [`shard: ${document.meta.slug}`, `${Buffer.byteLength(shard)} B`, `${shardGz} B (${kb(shardGz)})`];
  });
  const verdict = gz <= INDEX_BUDGET_GZ ? 'met' : 'MISSED';
  return [
    `Index layouts (budget ${kb(INDEX_BUDGET_GZ)} gzipped for what a first search loads):`,
    table([['layout', 'raw', 'gzip'], ['one payload, every document (shipped)', `${raw} B`, `${gz} B (${kb(gz)}) ${verdict}`], ...rows]),
    '',
  ];
}
