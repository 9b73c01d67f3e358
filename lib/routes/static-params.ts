import 'server-only';
import { routing, type AppLocale } from '@/i18n/routing';
import { content } from '@/lib/content/load';
import type { RouteManifest } from './known-path';

/*
 * The pages the build prerenders, from the content store: every page's generateStaticParams
 * and the proxy's manifest of known paths (/routes.json) read this one table.
 */

type Scoped = { params?: { locale?: string } };

function localesOf(options: Scoped = {}): AppLocale[] {
  const requested = options.params?.locale;
  return routing.locales.filter((locale) => requested === undefined || locale === requested);
}

export function localeParams(): { locale: AppLocale }[] {
  return routing.locales.map((locale) => ({ locale }));
}

/** Every document page, unlisted ones (the benchmark's generated copies) included. */
export async function documentParams(options?: Scoped): Promise<{ locale: AppLocale; slug: string }[]> {
  const documents = await content.getAllDocuments();
  return localesOf(options).flatMap((locale) => documents.map((document) => ({ locale, slug: document.meta.slug })));
}

export type PassageParams = { locale: string; slug: string; segmentId: string };

/** Every passage page (and its Open Graph image): each segment of each listed document, per locale. */
export async function passageParams(options?: Scoped): Promise<PassageParams[]> {
  const documents = await content.getDocuments();
  return localesOf(options).flatMap((locale) =>
    documents.flatMap((document) => document.segments.map((segment) => ({ locale, slug: document.meta.slug, segmentId: segment.id }))),
  );
}

export async function termParams(options?: Scoped): Promise<{ locale: AppLocale; termId: string }[]> {
  const { entries } = await content.getGlossary();
  return localesOf(options).flatMap((locale) => entries.map((entry) => ({ locale, termId: entry.id })));
}

/** The ids behind every dynamic route, for the proxy's 404s. */
export async function routeManifest(): Promise<RouteManifest> {
  const documents = await content.getAllDocuments();
  const { entries } = await content.getGlossary();
  // Unlisted documents have no passage pages.
  const passages = (document: (typeof documents)[number]) => (document.unlisted ? [] : document.segments.map((segment) => segment.id));
  return {
    documents: Object.fromEntries(documents.map((document) => [document.meta.slug, passages(document)])),
    terms: entries.map((entry) => entry.id),
  };
}
