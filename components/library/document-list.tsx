import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import type { LoadedDocument } from '@/lib/content/store';
import type { Library } from '@/lib/library/context';
import { DocumentCard } from './document-card';
import { LibraryOrder } from './library-order.client';

type Props = { locale: AppLocale; documents: LoadedDocument[]; library: Library };

/** The library's documents, newest first (the reader may reverse the order), each titled in both languages. */
export async function DocumentList({ locale, documents, library }: Props) {
  const t = await getTranslations({ locale, namespace: 'Library' });
  const newestFirst = [...documents].sort((a, b) => b.meta.published.localeCompare(a.meta.published));
  const items = newestFirst.map((document) => ({
    slug: document.meta.slug,
    date: document.meta.published,
    card: <DocumentCard locale={locale} document={document} mentions={library.mentions} titles={library.titles} />,
  }));
  return (
    <>
      <p className="mb-2 text-sm text-muted">{t('count', { count: documents.length })}</p>
      <LibraryOrder items={items} strings={{ order: t('order'), newest: t('newest'), oldest: t('oldest') }} />
    </>
  );
}
