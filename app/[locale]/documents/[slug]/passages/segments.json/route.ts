import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { content } from '@/lib/content/load';
import { shareDocumentOf } from '@/lib/share/document-data';

/*
 * The texts the share tools anchor to, fetched by the browser only when they are needed
 * (a share link was opened, text was selected, saved highlights exist). Written at build time.
 */

type Params = { locale: string; slug: string };

export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams({ params }: { params?: Partial<Params> } = {}) {
  const locales = params?.locale ? [params.locale] : [...routing.locales];
  const documents = await content.getDocuments();
  return locales.flatMap((locale) => documents.map((document) => ({ locale, slug: document.meta.slug })));
}

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { locale, slug } = await params;
  const document = hasLocale(routing.locales, locale) ? await content.getDocument(slug) : null;
  if (!document) return new Response('Not found', { status: 404 });
  return Response.json(shareDocumentOf(document));
}
