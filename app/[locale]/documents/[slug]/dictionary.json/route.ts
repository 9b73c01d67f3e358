import { content } from '@/lib/content/load';
import { documentDictionary } from '@/lib/dictionary/document';
import { documentParams } from '@/lib/routes/static-params';

/*
 * The words of one document from CC-CEDICT (and the glossary's forms), fetched the first time a
 * reader looks a word up: cut at build time to what a lookup in this document can reach.
 */

type Params = { locale: string; slug: string };

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = documentParams;

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const document = await content.getDocument((await params).slug);
  if (!document) return new Response('Not found', { status: 404 });
  return Response.json(await documentDictionary(document, await content.getGlossary()));
}
