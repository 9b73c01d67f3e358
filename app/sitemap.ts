import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import { content } from '@/lib/content/load';
import { alternates, siteUrl } from '@/lib/site';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const documents = await content.getDocuments();
  const paths = ['', ...documents.map((document) => `/documents/${document.meta.slug}`)];
  return paths.flatMap((path) =>
    routing.locales.map((locale) => ({
      url: `${siteUrl}/${locale}${path}`,
      alternates: { languages: alternates(path) },
    })),
  );
}
