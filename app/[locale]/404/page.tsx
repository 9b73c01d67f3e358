import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { NotFoundContent } from '@/components/site/not-found-content';
import { routing } from '@/i18n/routing';

type Props = { params: Promise<{ locale: string }> };

/*
 * The localized 404 as a static page. The proxy serves it, with status 404, for every path that
 * names no page: Next would render a 404 of a dynamic route only in the browser, leaving readers
 * without JavaScript a blank page.
 */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return { title: t('title'), robots: { index: false } };
}

export default async function NotFoundPage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return <NotFoundContent locale={locale} />;
}
