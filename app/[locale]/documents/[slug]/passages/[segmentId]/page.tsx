import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PassagePair } from '@/components/share/passage-pair';
import { ShareCitation } from '@/components/share/share-citation.client';
import { FirstScreenEnd } from '@/components/site/first-screen-end';
import { ClientMessages } from '@/i18n/client-messages';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { htmlLang, otherLang } from '@/i18n/routing';
import { content } from '@/lib/content/load';
import { passageLabel } from '@/lib/content/legal';
import { segmentText } from '@/lib/content/model';
import { localPaths, routes } from '@/lib/routes/routes';
import { absolute, pageAlternates } from '@/lib/routes/site-url';
import { passageParams, type PassageParams } from '@/lib/routes/static-params';
import { citationMetaOf } from '@/lib/share/document-data';
import { excerpt } from '@/lib/text/text';

type Props = { params: Promise<PassageParams> };

export const dynamicParams = false;

export const generateStaticParams = passageParams;

/** The document and the passage's place in it, or null for a page that does not exist. */
async function passageOf(params: Promise<PassageParams>) {
  const { slug, segmentId } = await params;
  const document = await content.getDocument(slug);
  const index = document?.segments.findIndex((segment) => segment.id === segmentId) ?? -1;
  const segment = document?.segments[index];
  return document && segment ? { document, index, segment } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const found = await passageOf(params);
  if (!found || !locale) return {};
  const { document, segment } = found;
  const own = segmentText(segment, locale);
  const other = segmentText(segment, otherLang(locale));
  const short = locale === 'zh' ? 29 : 69;
  const label = passageLabel(segment)?.[locale];
  // An article is cited by its label: "Article 18: …" leads the title, as a reader would search for it.
  const lead = label ? `${label}${locale === 'zh' ? '：' : ': '}${excerpt(own, short - label.length)}` : excerpt(own, short);
  const title = `${lead} · ${excerpt(document.meta.title[locale], locale === 'zh' ? 29 : 59)}`;
  return {
    title,
    description: excerpt(`${own} ${other}`, 199),
    alternates: pageAlternates(locale, localPaths.passage(document.meta.slug, segment.id)),
    openGraph: { type: 'article', title, description: excerpt(other, 199), publishedTime: document.meta.published },
    twitter: { card: 'summary_large_image' },
  };
}

export default async function PassagePage({ params }: Props) {
  const locale = await pageLocale(params);
  const found = await passageOf(params);
  if (!found) notFound();
  const { document, index, segment } = found;
  const t = await getTranslations({ locale, namespace: 'Share' });
  const { meta, segments } = document;
  const previous = segments[index - 1];
  const next = segments[index + 1];
  const docHref = routes.document(locale, meta.slug);
  const labels = { zh: t('passage.zh'), en: t('passage.en') };
  // A law's passages are named as the law names them: an article by its label, a chapter by its heading.
  const heading =
    passageLabel(segment)?.[locale] ?? (segment.kind === 'chapter' ? segmentText(segment, locale) : t('passage.title', { id: segment.id }));

  return (
    <main id="main" className="page-narrow passage-page mx-auto max-w-3xl px-4 pt-8 pb-16">
      <p className="mb-2 text-15">
        <a href={docHref} lang={htmlLang(locale)}>
          {meta.title[locale]}
        </a>
      </p>
      <h1 className="mb-3 text-3xl leading-tight font-bold">{heading}</h1>

      {previous && (
        <section className="mt-6" aria-labelledby="passage-previous">
          <h2 id="passage-previous" className="mb-2 text-sm font-bold text-muted">
            {t('passage.previous')}
          </h2>
          <PassagePair segment={previous} locale={locale} labels={labels} muted />
        </section>
      )}

      <section className="mt-6" aria-labelledby="passage-main-title">
        <h2 id="passage-main-title" className="sr-only">
          {heading}
        </h2>
        <PassagePair segment={segment} locale={locale} labels={labels} />
        <p className="mt-3">
          <a href={routes.segment(locale, meta.slug, segment.id)}>{t('passage.back')}</a>
        </p>
      </section>

      {next && (
        <section className="mt-6" aria-labelledby="passage-next">
          <h2 id="passage-next" className="mb-2 text-sm font-bold text-muted">
            {t('passage.next')}
          </h2>
          <PassagePair segment={next} locale={locale} labels={labels} muted />
        </section>
      )}

      <section className="mt-6" aria-labelledby="passage-cite-title">
        <h2 id="passage-cite-title" className="mb-2 text-lg font-bold">
          {t('passage.cite')}
        </h2>
        <ClientMessages keys={['Citation']}>
          <ShareCitation
            meta={citationMetaOf(document.meta)}
            segment={{
              id: segment.id,
              kind: segment.kind,
              zh: segment.zh,
              en: segment.en,
              number: segment.number,
              paragraphs: segment.paragraphs,
            }}
            url={absolute(routes.passage(locale, meta.slug, segment.id))}
            accessed={new Date().toISOString().slice(0, 10)}
          />
        </ClientMessages>
      </section>

      <nav className="mt-8 flex justify-between gap-4 border-t border-line pt-4" aria-label={t('passage.pager')}>
        {previous ? (
          <a href={routes.passage(locale, meta.slug, previous.id)} rel="prev">
            ← {t('passage.previousLink')}
          </a>
        ) : (
          <span />
        )}
        {next && (
          <a href={routes.passage(locale, meta.slug, next.id)} rel="next">
            {t('passage.nextLink')} →
          </a>
        )}
      </nav>
      <FirstScreenEnd />
    </main>
  );
}
