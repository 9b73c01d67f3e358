import { content } from '@/lib/content/load';
import { payloadOf } from '@/lib/search/corpus';

// Built once by `next build` into a static file (/search-index.json): the
// browser fetches it only when the reader shows intent to search.
export const dynamic = 'force-static';

export async function GET() {
  const [documents, glossary] = await Promise.all([content.getDocuments(), content.getGlossary()]);
  return Response.json(payloadOf(documents, glossary.entries));
}
