import { documentFile } from '@/lib/content/document-file';
import { documentParams } from '@/lib/routes/static-params';
import { shareDocumentOf } from '@/lib/share/document-data';

/*
 * The texts the share tools anchor to, fetched by the browser only when they are needed
 * (a share link was opened, text was selected, saved highlights exist). Written at build time.
 */

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = documentParams;

export const GET = documentFile(shareDocumentOf);
