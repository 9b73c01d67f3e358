import { readFile } from 'node:fs/promises';
import { routing } from '@/i18n/routing';
import { glossaryFragmentNames, type GlossaryFragmentName } from '@/lib/routes/routes';
import { fragmentFile } from '@/lib/static-html/files';

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

function isGlossaryFragmentName(value: string): value is GlossaryFragmentName {
  return glossaryFragmentNames.some((name) => name === value);
}

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { locale, fragment } = await params;
  const name = fragment.replace(/\.html$/, '');
  if (!isGlossaryFragmentName(name)) return new Response('Not found', { status: 404 });
  return new Response(await readFile(fragmentFile(locale, { page: 'glossary', name }), 'utf8'), {
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
}
