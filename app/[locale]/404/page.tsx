import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NotFoundContent } from '@/components/site/not-found-content';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';

type Props = { params: Promise<{ locale: string }> };

/*
 * The localized 404 as a static page. The proxy serves it, with status 404, for every path that
 * names no page: Next would render a 404 of a dynamic route only in the browser, leaving readers
 * without JavaScript a blank page.
 */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  if (!locale) return {};
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return { title: t('title'), robots: { index: false } };
}

export default async function NotFoundPage({ params }: Props) {
  return <NotFoundContent locale={await pageLocale(params)} />;
}
