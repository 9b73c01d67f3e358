import { features, type Feature } from '@/i18n/features';
import { routing } from '@/i18n/routing';

/*
 * One feature's UI strings as a static file (/{locale}/messages/{feature}.json), compiled at build
 * time like the rest (next.config.js), for code that loads on intent (i18n/lazy-messages.client.tsx).
 */

type Params = { locale: string; file: string };

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => features.map((feature) => ({ locale, file: `${feature}.json` })));
}

function isFeature(value: string): value is Feature {
  return features.some((feature) => feature === value);
}

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { locale, file } = await params;
  const feature = file.replace(/\.json$/, '');
  if (!isFeature(feature)) return new Response('Not found', { status: 404 });
  const messages: { default: unknown } = await import(`../../../../messages/${feature}/${locale}.json`);
  return Response.json(messages.default);
}
