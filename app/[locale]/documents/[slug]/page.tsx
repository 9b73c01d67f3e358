import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { WordLookup } from '@/components/dictionary/word-lookup.client';
import { TermPopover } from '@/components/glossary/term-popover.client';
import { ReaderEnhancer } from '@/components/reader/reader-enhancer.client';
import { ReaderToolbar } from '@/components/reader/reader-toolbar';
import { StaticHtml } from '@/components/site/static-html.client';
import { SearchHighlight } from '@/components/search/search-highlight.client';
import { SegmentMenus } from '@/components/share/segment-menus.client';
import { ShareTools } from '@/components/share/share-tools';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { htmlLang } from '@/i18n/routing';
import { content } from '@/lib/content/load';
import { localPaths } from '@/lib/routes/routes';
import { pageAlternates } from '@/lib/routes/site-url';
import { documentParams } from '@/lib/routes/static-params';

type Props = { params: Promise<{ locale: string; slug: string }> };

export const dynamicParams = false;

export const generateStaticParams = documentParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const document = await content.getDocument((await params).slug);
  if (!document || !locale) return {};
  const { meta } = document;
  return {
    title: meta.title[locale],
    description: meta.summary[locale],
    alternates: pageAlternates(locale, localPaths.document(meta.slug)),
    openGraph: {
      type: 'article',
      title: meta.title[locale],
      description: meta.summary[locale],
      publishedTime: meta.published,
      locale: htmlLang(locale),
    },
  };
}

export default async function DocumentPage({ params }: Props) {
  const locale = await pageLocale(params);
  const document = await content.getDocument((await params).slug);
  if (!document) notFound();
  const { meta } = document;
  const slug = meta.slug;

  return (
    <main id="main" className="doc-layout">
      <div className="reading-progress" aria-hidden="true" />
      {/* The contents and the text (with the page's structured data) are static HTML, never
          hydrated (see static-html.client.tsx). */}
      <aside className="doc-aside">
        <StaticHtml locale={locale} fragment={{ page: 'document', slug, name: 'contents' }} />
      </aside>
      <article className="doc" data-doc={slug}>
        <StaticHtml locale={locale} fragment={{ page: 'document', slug, name: 'contents-compact' }} />
        <ReaderToolbar locale={locale} />
        <ShareTools locale={locale} slug={slug}>
          <StaticHtml locale={locale} fragment={{ page: 'document', slug, name: 'body' }} />
          <SegmentMenus locale={locale} />
        </ShareTools>
      </article>
      <ReaderEnhancer locale={locale} slug={slug} />
      <SearchHighlight />
      <TermPopover locale={locale} />
      <WordLookup locale={locale} slug={slug} />
    </main>
  );
}
