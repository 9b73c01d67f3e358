import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import { content } from '@/lib/content/load';
import { alternates, siteUrl } from '@/lib/routes/site-url';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const documents = await content.getDocuments();
  const { entries } = await content.getGlossary();
  const paths = [
    '',
    '/glossary',
    ...documents.flatMap((document) => [
      `/documents/${document.meta.slug}`,
      ...document.segments.map((segment) => `/documents/${document.meta.slug}/passages/${segment.id}`),
    ]),
    ...entries.map((entry) => `/glossary/${entry.id}`),
  ];
  return paths.flatMap((path) =>
    routing.locales.map((locale) => ({
      url: `${siteUrl}/${locale}${path}`,
      alternates: { languages: alternates(path) },
    })),
  );
}
