import { getMDXComponent } from 'mdx-bundler/client';
import { createTranslator, type Messages } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import { htmlLang, type AppLocale } from '@/i18n/routing';
import type { LoadedDocument } from '@/lib/content/store';
import { documentJsonLd } from '@/lib/reader/json-ld';
import { passageSize } from '@/lib/reader/passage-size';
import { routes, type FragmentName } from '@/lib/routes/routes';
import { absolute } from '@/lib/routes/site-url';
import { DocumentFooter } from './document-footer';
import { DocumentRelations } from './document-relations';
import { JsonLd } from './json-ld';
import { mdxComponents } from './mdx-components';
import { TableOfContents } from './table-of-contents';
import type { LibraryContext } from './types';

/*
 * A document page's static HTML, rendered once per document and locale at build time
 * (scripts/build-content.ts) from our own compiled content: the body (every segment, in both
 * languages, then the page's structured data) and the contents. The page sends it as HTML that React does not hydrate
 * (components/site/static-html.client.tsx), so a long text costs the browser no hydration and travels once.
 * Everything in it comes from content/ and messages/, never from a URL, storage or a query.
 */

export function renderFragments(
  document: LoadedDocument,
  locale: AppLocale,
  messages: Messages,
  library: LibraryContext,
): Record<FragmentName, string> {
  const t = createTranslator({ locale, messages, namespace: 'Document' });
  const share = createTranslator({ locale, messages, namespace: 'Share.menu' });
  const Content = getMDXComponent(document.code);
  const contents = (compact: boolean) =>
    renderToStaticMarkup(<TableOfContents label={t('contents')} locale={locale} segments={document.segments} compact={compact} />);
  return {
    body: renderToStaticMarkup(
      <>
        <Content
          components={mdxComponents({
            locale,
            meta: document.meta,
            firstSegment: document.segments[0]?.id ?? '',
            t,
            share,
            links: library.links,
            sizes: new Map(document.segments.map((segment) => [segment.id, passageSize(segment)])),
            relations: (
              <DocumentRelations locale={locale} slug={document.meta.slug} mentions={library.mentions} titles={library.titles} t={t} />
            ),
          })}
        />
        <DocumentFooter locale={locale} meta={document.meta} t={t} />
        <JsonLd
          data={documentJsonLd(document.meta, {
            description: document.meta.summary[locale],
            url: absolute(routes.document(locale, document.meta.slug)),
            languages: [htmlLang('zh'), htmlLang('en')],
          })}
        />
      </>,
    ),
    contents: contents(false),
    'contents-compact': contents(true),
  };
}
