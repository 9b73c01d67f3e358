import { htmlLang, routing } from '@/i18n/routing';

/** Absolute origin for canonical URLs, sitemaps and Open Graph; set SITE_URL in production. */
export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');

/** hreflang alternates for a path below the locale prefix ('' for the library). */
export function alternates(path: string): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const locale of routing.locales) languages[htmlLang[locale]] = `${siteUrl}/${locale}${path}`;
  languages['x-default'] = `${siteUrl}/${routing.defaultLocale}${path}`;
  return languages;
}
