import { readFile } from 'node:fs/promises';
import { routing } from '@/i18n/routing';
import { content } from '@/lib/content/load';
import { fragmentNames, type FragmentName } from '@/lib/routes/routes';
import { fragmentFile } from '@/lib/static-html/files';

/*
 * A document page's static HTML as a file of its own (/{locale}/documents/{slug}/fragments/body.html
 * …), for a page the browser renders without server HTML (see components/site/static-html.client.tsx). The same
 * bytes the page's HTML carries: what the build step rendered from our own content.
 */

type Params = { locale: string; slug: string; fragment: string };

export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  const documents = await content.getAllDocuments();
  return routing.locales.flatMap((locale) =>
    documents.flatMap((document) => fragmentNames.map((name) => ({ locale, slug: document.meta.slug, fragment: `${name}.html` }))),
  );
}

function isFragmentName(value: string): value is FragmentName {
  return fragmentNames.some((name) => name === value);
}

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { locale, slug, fragment } = await params;
  const name = fragment.replace(/\.html$/, '');
  if (!isFragmentName(name) || !(await content.getDocument(slug))) return new Response('Not found', { status: 404 });
  return new Response(await readFile(fragmentFile(locale, { page: 'document', slug, name }), 'utf8'), {
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
}
