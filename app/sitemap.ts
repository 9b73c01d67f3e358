import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import { content } from '@/lib/content/load';
import { localPaths, type LocalPath } from '@/lib/routes/routes';
import { pageAlternates } from '@/lib/routes/site-url';

export const dynamic = 'force-static';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const documents = await content.getDocuments();
  const { entries } = await content.getGlossary();
  const pages: LocalPath[] = [
    localPaths.library(),
    localPaths.glossary(),
    localPaths.about(),
    ...documents.flatMap((document) => [
      localPaths.document(document.meta.slug),
      ...document.segments.map((segment) => localPaths.passage(document.meta.slug, segment.id)),
    ]),
    ...entries.map((entry) => localPaths.term(entry.id)),
  ];
  return pages.flatMap((page) =>
    routing.locales.map((locale) => {
      const { canonical, languages } = pageAlternates(locale, page);
      return { url: canonical, alternates: { languages } };
    }),
  );
}
