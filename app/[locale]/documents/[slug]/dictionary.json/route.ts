import { documentFile } from '@/lib/content/document-file';
import { documentDictionary } from '@/lib/dictionary/document';
import { documentParams } from '@/lib/routes/static-params';

/*
 * The words of one document from CC-CEDICT (and the glossary's forms), fetched the first time a
 * reader looks a word up: cut at build time to what a lookup in this document can reach.
 */

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = documentParams;

export const GET = documentFile(documentDictionary);
