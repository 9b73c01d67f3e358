import 'server-only';
import { content } from './load';
import type { Glossary, LoadedDocument } from './store';

type Params = { locale: string; slug: string };

/**
 * The GET of a per-document data file (readings, dictionary, Traditional characters, passages),
 * written at build time: the file built from the document and the glossary, 404 for no document.
 */
export function documentFile(build: (document: LoadedDocument, glossary: Glossary) => unknown) {
  return async function GET(_request: Request, { params }: { params: Promise<Params> }) {
    const document = await content.getDocument((await params).slug);
    if (!document) return new Response('Not found', { status: 404 });
    return Response.json(await build(document, await content.getGlossary()));
  };
}
