import { htmlLang, routing } from '@/i18n/routing';
import { localized, type LocalPath } from './routes';

/** Absolute origin for canonical URLs, sitemaps and Open Graph; set SITE_URL in production. */
export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');

/** An app path (from routes.ts) as an absolute URL on the site's origin. */
export function absolute(path: string): string {
  return `${siteUrl}${path}`;
}

/** Canonical URL and hreflang alternates of a page, given its path below the locale prefix. */
export function pageAlternates(locale: string, local: LocalPath): { canonical: string; languages: Record<string, string> } {
  const languages: Record<string, string> = {};
  for (const other of routing.locales) languages[htmlLang(other)] = absolute(localized(other, local));
  languages['x-default'] = absolute(localized(routing.defaultLocale, local));
  return { canonical: absolute(localized(locale, local)), languages };
}
