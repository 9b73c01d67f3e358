import { content } from '@/lib/content/load';
import { scriptFile } from '@/lib/script/convert';
import { documentTexts } from '@/lib/script/document-texts';
import { documentParams } from '@/lib/routes/static-params';

/*
 * A document's Chinese in Traditional characters (converted by OpenCC at build time), fetched
 * when the reader switches script: the page's HTML carries the Simplified text as published.
 */

type Params = { locale: string; slug: string };

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = documentParams;

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const document = await content.getDocument((await params).slug);
  if (!document) return new Response('Not found', { status: 404 });
  return Response.json(scriptFile(documentTexts(document)));
}
