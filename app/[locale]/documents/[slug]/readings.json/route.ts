import { documentFile } from '@/lib/content/document-file';
import { wordReadings } from '@/lib/dictionary/document';
import { documentParams } from '@/lib/routes/static-params';

/*
 * The pinyin of every Chinese sentence of a document, grouped by word as the word lookup cuts
 * it, fetched when the reader turns pinyin on: readings are not in the page's HTML, which
 * carries only what first paint needs.
 */

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = documentParams;

export const GET = documentFile(wordReadings);
