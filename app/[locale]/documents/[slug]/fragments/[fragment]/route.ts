import { routing } from '@/i18n/routing';
import { content } from '@/lib/content/load';
import { fragmentNames } from '@/lib/routes/routes';
import { fragmentNamed, fragmentResponse } from '@/lib/static-html/fragment-route';

/*
 * A document page's static HTML as a file of its own (/{locale}/documents/{slug}/fragments/body.html
 * …), for a page the browser renders without server HTML (see components/site/static-html.client.tsx).
 * The same bytes the page's HTML carries: what the build step rendered from our own content.
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

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { locale, slug, fragment } = await params;
  const name = fragmentNamed(fragment, fragmentNames);
  if (!name || !(await content.getDocument(slug))) return new Response('Not found', { status: 404 });
  return fragmentResponse(locale, { page: 'document', slug, name });
}
