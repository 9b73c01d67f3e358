// A document's dictionary and its readings grouped by word, computed once per build worker.

import type { Glossary, LoadedDocument } from '@/lib/content/store';
import { cutDictionary, fullDictionary, groupReadings, loadCedict, type FullDictionary, type ReadSentence } from './cut';
import type { DictionaryFile } from './lookup';

let full: Promise<FullDictionary> | null = null;

function dictionaryFor(glossary: Glossary): Promise<FullDictionary> {
  full ??= loadCedict().then((senses) => fullDictionary(senses, glossary.entries));
  return full;
}

/** Every Chinese sentence of the document with its readings, keyed as the DOM names sentences. */
export function readSentences(document: LoadedDocument): (ReadSentence & { key: string })[] {
  return document.segments.flatMap((segment) =>
    segment.zh.map((text, index) => {
      const key = `${segment.id}.${index + 1}`;
      return { key, text, readings: (document.readings[key] ?? '').split(' ').filter(Boolean) };
    }),
  );
}

export async function documentDictionary(document: LoadedDocument, glossary: Glossary): Promise<DictionaryFile> {
  return cutDictionary(await dictionaryFor(glossary), readSentences(document));
}

/** The pinyin view's file: each sentence's readings grouped by the dictionary's words. */
export async function wordReadings(document: LoadedDocument, glossary: Glossary): Promise<Record<string, string>> {
  const source = await dictionaryFor(glossary);
  return Object.fromEntries(readSentences(document).map(({ key, text, readings }) => [key, groupReadings(source, text, readings)]));
}
