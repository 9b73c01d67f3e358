import type { Metadata } from 'next';
import { getMDXComponent } from 'mdx-bundler/client';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Byline } from '@/components/reader/byline';
import { DateText } from '@/components/site/date-text';
import { mdxComponents } from '@/components/reader/mdx-components';
import { ReaderEnhancer } from '@/components/reader/reader-enhancer.client';
import { ReaderToolbar } from '@/components/reader/reader-toolbar.client';
import { ShareMenus, ShareTools } from '@/components/share/share-tools';
import { SearchHighlight } from '@/components/search/search-highlight.client';
import { TableOfContents } from '@/components/reader/table-of-contents';
import { TermPopover } from '@/components/glossary/term-popover';
import { htmlLang, routing } from '@/i18n/routing';
import { content } from '@/lib/content/load';
import { alternates, siteUrl } from '@/lib/routes/site-url';

type Props = { params: Promise<{ locale: string; slug: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  const documents = await content.getDocuments();
  return routing.locales.flatMap((locale) => documents.map((document) => ({ locale, slug: document.meta.slug })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const document = await content.getDocument(slug);
  if (!document || !hasLocale(routing.locales, locale)) return {};
  const { meta } = document;
  const path = `/documents/${slug}`;
  return {
    title: meta.title[locale],
    description: meta.summary[locale],
    alternates: { canonical: `${siteUrl}/${locale}${path}`, languages: alternates(path) },
    openGraph: {
      type: 'article',
      title: meta.title[locale],
      description: meta.summary[locale],
      publishedTime: meta.published,
      locale: htmlLang[locale],
    },
  };
}

const components = new Map<string, ReturnType<typeof getMDXComponent>>();

function compiled(code: string) {
  let component = components.get(code);
  if (!component) {
    component = getMDXComponent(code);
    components.set(code, component);
  }
  return component;
}

export default async function DocumentPage({ params }: Props) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const document = await content.getDocument(slug);
  if (!document) notFound();

  const t = await getTranslations({ locale, namespace: 'Document' });
  const tr = await getTranslations({ locale, namespace: 'Reader' });
  const { meta, segments } = document;
  const Content = compiled(document.code);

  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: meta.title.zh,
    alternativeHeadline: meta.title.en,
    description: meta.summary[locale],
    inLanguage: ['zh-CN', 'en'],
    datePublished: meta.published,
    author: { '@type': 'Person', name: `${meta.reporter.en} (${meta.reporter.zh})` },
    publisher: { '@type': 'Organization', name: `${meta.source.en} (${meta.source.zh})` },
    translator: { '@type': 'Organization', name: 'Duizhao' },
    url: `${siteUrl}/${locale}/documents/${slug}`,
  };

  return (
    <main id="main" className="doc-layout">
      <div className="reading-progress" aria-hidden="true" />
      <aside className="doc-aside">
        <TableOfContents label={t('contents')} locale={locale} segments={segments} />
      </aside>
      <article className="doc" data-doc={slug}>
        <TableOfContents label={t('contents')} locale={locale} segments={segments} compact />
        <ReaderToolbar
          labels={{
            settings: tr('settings'),
            view: tr('view'),
            modes: { side: tr('viewSide'), interleaved: tr('viewInterleaved'), zh: tr('viewZh'), en: tr('viewEn') },
            pinyin: tr('pinyin'),
            textSize: tr('textSize'),
            smaller: tr('smaller'),
            larger: tr('larger'),
          }}
        />
        <ShareTools locale={locale} slug={slug} />
        <ShareMenus locale={locale}>
          <Content
            components={mdxComponents({
              locale,
              labels: {
                showEn: t('showOther'),
                hideEn: t('hideOther'),
                showZh: t('showOtherZh'),
                hideZh: t('hideOtherZh'),
                note: t('translatorsNote'),
              },
              afterTitle: <Byline locale={locale} meta={meta} />,
            })}
          />
        </ShareMenus>
        <footer className="doc-footer">
          <h2 className="doc-footer-title">{t('sourceNotice')}</h2>
          <p lang="zh-CN">{meta.rightsNotice.zh}</p>
          <p lang="en">{meta.rightsNotice.en}</p>
          <p className="doc-footer-meta">
            {t('source')}: <span lang="en">{meta.source.en}</span> <span lang="zh-CN">{meta.source.zh}</span>,{' '}
            <DateText iso={meta.published} locale={locale} />. {t('translation')}.
          </p>
        </footer>
      </article>
      <ReaderEnhancer />
      <SearchHighlight />
      <TermPopover locale={locale} />
      <script
        type="application/ld+json"
        // Built from our own frontmatter only; '<' is escaped so the JSON cannot close the script.
        dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }}
      />
    </main>
  );
}
