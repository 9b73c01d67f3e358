import { content } from '@/lib/content/load';
import { documentParams } from '@/lib/routes/static-params';
import { shareDocumentOf } from '@/lib/share/document-data';

/*
 * The texts the share tools anchor to, fetched by the browser only when they are needed
 * (a share link was opened, text was selected, saved highlights exist). Written at build time.
 */

type Params = { locale: string; slug: string };

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = documentParams;

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const document = await content.getDocument((await params).slug);
  if (!document) return new Response('Not found', { status: 404 });
  return Response.json(shareDocumentOf(document));
}
