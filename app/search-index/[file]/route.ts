import { notFound } from 'next/navigation';
import { content } from '@/lib/content/load';
import { routes } from '@/lib/routes/routes';
import { searchFilesOf } from '@/lib/search/corpus';

// One static file per document (/search-index/<slug>.json): its texts for search, listed by the
// core (/search-index.json) and fetched with it.
export const dynamic = 'force-static';
export const dynamicParams = false;

type Props = { params: Promise<{ file: string }> };

export async function generateStaticParams() {
  return (await content.getDocuments()).map((document) => ({ file: `${document.meta.slug}.json` }));
}

// Every shard comes from one build of the library's payload: build it once per build, not per file.
let files: ReturnType<typeof build> | null = null;
async function build() {
  const [documents, glossary] = await Promise.all([content.getDocuments(), content.getGlossary()]);
  return searchFilesOf(documents, glossary.entries, routes.searchShard);
}

export async function GET(_request: Request, { params }: Props) {
  const { file } = await params;
  files ??= build();
  const { shards } = await files;
  const shard = shards.find((candidate) => `${candidate.doc.slug}.json` === file);
  if (!shard) notFound();
  return Response.json(shard);
}
