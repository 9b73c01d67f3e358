import { content } from '@/lib/content/load';
import { wordReadings } from '@/lib/dictionary/document';
import { documentParams } from '@/lib/routes/static-params';

/*
 * The pinyin of every Chinese sentence of a document, grouped by word as the word lookup cuts
 * it, fetched when the reader turns pinyin on: readings are not in the page's HTML, which
 * carries only what first paint needs.
 */

type Params = { locale: string; slug: string };

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = documentParams;

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const document = await content.getDocument((await params).slug);
  if (!document) return new Response('Not found', { status: 404 });
  return Response.json(await wordReadings(document, await content.getGlossary()));
}
