import { documentFile } from '@/lib/content/document-file';
import { documentParams } from '@/lib/routes/static-params';
import { scriptFile } from '@/lib/script/convert';
import { documentTexts } from '@/lib/script/document-texts';

/*
 * A document's Chinese in Traditional characters (converted by OpenCC at build time), fetched
 * when the reader switches script: the page's HTML carries the Simplified text as published.
 */

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = documentParams;

export const GET = documentFile((document) => scriptFile(documentTexts(document)));
