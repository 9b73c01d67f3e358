// The reading aids' files per document: the CC-CEDICT cut the word card loads, the word-grouped
// readings the pinyin view loads, and the Traditional-characters file, in bytes raw and gzipped.
//
//   npm run bench:dictionary   prints the table (also run by `npm run bench`, kept in BENCHMARKS.md)
//
// Built in-process from the content store, exactly as the route handlers build the files.
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { documentDictionary, wordReadings } from '../../lib/dictionary/document';
import { scriptFile } from '../../lib/script/convert';
import { documentTexts } from '../../lib/script/document-texts';
import { realContent, type ContentStore } from './content';
import { kib, terminalTable } from './format';
import type { DictionaryRow } from './types';

const han = /\p{Script=Han}/gu;

function sizes(value: unknown): { raw: number; gzip: number } {
  const json = JSON.stringify(value);
  return { raw: Buffer.byteLength(json), gzip: gzipSync(json).length };
}

export async function dictionaryRows(store: ContentStore): Promise<DictionaryRow[]> {
  const glossary = await store.getGlossary();
  const rows: DictionaryRow[] = [];
  for (const document of await store.getDocuments()) {
    const dictionary = await documentDictionary(document, glossary);
    const chars = document.segments.reduce((sum, segment) => sum + (segment.zh.join('').match(han)?.length ?? 0), 0);
    rows.push({
      slug: document.meta.slug,
      hanChars: chars,
      words: Object.keys(dictionary.words).length,
      dictionary: sizes(dictionary),
      readings: sizes(await wordReadings(document, glossary)),
      traditional: sizes(scriptFile(documentTexts(document))),
    });
  }
  return rows;
}

export function dictionaryTable(rows: readonly DictionaryRow[]): string {
  return terminalTable([
    ['document', 'Han chars', 'words', 'dictionary (gz)', 'dictionary (raw)', 'readings (gz)', 'Traditional (gz)'],
    ...rows.map((row) => [
      row.slug,
      String(row.hanChars),
      String(row.words),
      kib(row.dictionary.gzip),
      kib(row.dictionary.raw),
      kib(row.readings.gzip),
      kib(row.traditional.gzip),
    ]),
  ]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(dictionaryTable(await dictionaryRows(realContent)));
}
