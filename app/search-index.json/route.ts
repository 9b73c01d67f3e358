import { content } from '@/lib/content/load';
import { routes } from '@/lib/routes/routes';
import { searchFilesOf } from '@/lib/search/corpus';

// Built once by `next build` into a static file (/search-index.json): the search core, which the
// browser fetches only when the reader shows intent to search, then the shards it lists.
export const dynamic = 'force-static';

export async function GET() {
  const [documents, glossary] = await Promise.all([content.getDocuments(), content.getGlossary()]);
  return Response.json(searchFilesOf(documents, glossary.entries, routes.searchShard).core);
}
