import 'server-only';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { routing, type AppLocale } from './routing';

/*
 * The one check of `params.locale` that every page and layout makes: a known locale is set for
 * the request (static rendering needs it), anything else is a 404.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<AppLocale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/** The same check for generateMetadata, which answers an unknown locale with no metadata. */
export async function metadataLocale(params: Promise<{ locale: string }>): Promise<AppLocale | null> {
  const { locale } = await params;
  return hasLocale(routing.locales, locale) ? locale : null;
}
