import { routing } from '@/i18n/routing';
import { content } from '@/lib/content/load';

export type PassageParams = { locale: string; slug: string; segmentId: string };

/** Every passage page (and its Open Graph image): each segment of each document, per locale. */
export async function passageParams({ params }: { params?: Partial<PassageParams> } = {}): Promise<PassageParams[]> {
  const locales = params?.locale ? [params.locale] : [...routing.locales];
  const documents = await content.getDocuments();
  return locales.flatMap((locale) =>
    documents.flatMap((document) => document.segments.map((segment) => ({ locale, slug: document.meta.slug, segmentId: segment.id }))),
  );
}
