import { routing } from '@/i18n/routing';
import { glossaryFragmentNames } from '@/lib/routes/routes';
import { fragmentNamed, fragmentResponse } from '@/lib/static-html/fragment-route';

/*
 * The glossary page's static HTML as a file of its own (/{locale}/glossary/fragments/list.html),
 * for a page the browser renders without server HTML (see components/site/static-html.client.tsx).
 * The same bytes the page's HTML carries: what the build step rendered from our own content.
 */

type Params = { locale: string; fragment: string };

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => glossaryFragmentNames.map((name) => ({ locale, fragment: `${name}.html` })));
}

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { locale, fragment } = await params;
  const name = fragmentNamed(fragment, glossaryFragmentNames);
  if (!name) return new Response('Not found', { status: 404 });
  return fragmentResponse(locale, { page: 'glossary', name });
}
