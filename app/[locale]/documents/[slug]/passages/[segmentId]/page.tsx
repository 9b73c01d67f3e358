import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ShareCitation } from '@/components/share/share-citation.client';
import { routing, type AppLocale } from '@/i18n/routing';
import { content } from '@/lib/content/load';
import { passageParams, type PassageParams } from '@/lib/routes/static-params';
import type { SegmentModel } from '@/lib/content/model';
import { citationMetaOf, documentPath, passagePath, shareDocumentOf } from '@/lib/share/document-data';
import { alternates, siteUrl } from '@/lib/routes/site-url';

type Params = PassageParams;
type Props = { params: Promise<Params> };

export const dynamicParams = false;

export function generateStaticParams(options: { params?: Partial<Params> } = {}) {
  return passageParams(options);
}

async function load(params: Promise<Params>) {
  const { locale, slug, segmentId } = await params;
  if (!hasLocale(routing.locales, locale)) return null;
  const document = await content.getDocument(slug);
  const index = document?.segments.findIndex((segment) => segment.id === segmentId) ?? -1;
  if (!document || index === -1) return null;
  return { locale, document, index, segment: document.segments[index]! };
}

function excerpt(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load(params);
  if (!loaded) return {};
  const { locale, document, segment } = loaded;
  const own = locale === 'zh' ? segment.zh.join('') : segment.en.join(' ');
  const other = locale === 'zh' ? segment.en.join(' ') : segment.zh.join('');
  const title = `${excerpt(own, locale === 'zh' ? 30 : 70)} · ${excerpt(document.meta.title[locale], locale === 'zh' ? 30 : 60)}`;
  const path = passagePath(locale, document.meta.slug, segment.id).slice(locale.length + 1);
  return {
    title,
    description: excerpt(`${own} ${other}`, 200),
    alternates: { canonical: `${siteUrl}/${locale}${path}`, languages: alternates(path) },
    openGraph: {
      type: 'article',
      title,
      description: excerpt(other, 200),
      publishedTime: document.meta.published,
    },
    twitter: { card: 'summary_large_image' },
  };
}

function Pair({
  segment,
  locale,
  labels,
  muted,
}: {
  segment: SegmentModel;
  locale: AppLocale;
  labels: { zh: string; en: string };
  muted?: boolean;
}) {
  const strong = segment.kind === 'title' || segment.kind === 'heading';
  const blocks = [
    { lang: 'zh' as const, tag: 'zh-CN', label: labels.zh, text: segment.zh.join('') },
    { lang: 'en' as const, tag: 'en', label: labels.en, text: segment.en.join(' ') },
  ];
  // The reader's own language second would hide the original: the original always comes first.
  return (
    <div className={`passage-pair${muted ? ' passage-pair-muted' : ''}${strong ? ' passage-pair-strong' : ''}`} data-locale={locale}>
      {blocks.map((block) => (
        <figure key={block.lang} className={`passage-block passage-block-${block.lang}`}>
          <figcaption className="passage-block-label">{block.label}</figcaption>
          <blockquote lang={block.tag}>
            <p>{block.text}</p>
          </blockquote>
        </figure>
      ))}
    </div>
  );
}

export default async function PassagePage({ params }: Props) {
  const loaded = await load(params);
  if (!loaded) notFound();
  const { locale, document, index, segment } = loaded;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Share' });
  const { meta, segments } = document;
  const previous = index > 0 ? segments[index - 1] : undefined;
  const next = index < segments.length - 1 ? segments[index + 1] : undefined;
  const docHref = documentPath(locale, meta.slug);
  const labels = { zh: t('passage.zh'), en: t('passage.en') };
  const share = shareDocumentOf(document);

  return (
    <main id="main" className="page-narrow passage-page">
      <p className="passage-doc">
        <a href={docHref} lang={locale === 'zh' ? 'zh-CN' : 'en'}>
          {meta.title[locale]}
        </a>
      </p>
      <h1 className="page-title passage-title">{t('passage.title', { id: segment.id })}</h1>

      {previous && (
        <section className="passage-context" aria-labelledby="passage-previous">
          <h2 id="passage-previous" className="passage-context-label">
            {t('passage.previous')}
          </h2>
          <Pair segment={previous} locale={locale} labels={labels} muted />
        </section>
      )}

      <section className="passage-main" aria-labelledby="passage-main-title">
        <h2 id="passage-main-title" className="sr-only">
          {t('passage.title', { id: segment.id })}
        </h2>
        <Pair segment={segment} locale={locale} labels={labels} />
        <p className="passage-back">
          <a href={`${docHref}#${segment.id}`}>{t('passage.back')}</a>
        </p>
      </section>

      {next && (
        <section className="passage-context" aria-labelledby="passage-next">
          <h2 id="passage-next" className="passage-context-label">
            {t('passage.next')}
          </h2>
          <Pair segment={next} locale={locale} labels={labels} muted />
        </section>
      )}

      <section className="passage-cite" aria-labelledby="passage-cite-title">
        <h2 id="passage-cite-title" className="passage-cite-title">
          {t('passage.cite')}
        </h2>
        <ShareCitation
          meta={citationMetaOf(share)}
          segment={{ id: segment.id, zh: segment.zh, en: segment.en }}
          url={`${siteUrl}${passagePath(locale, meta.slug, segment.id)}`}
          accessed={new Date().toISOString().slice(0, 10)}
          labels={{
            formats: t('citation.formats'),
            chicago: t('citation.chicago'),
            bibtex: t('citation.bibtex'),
            csl: t('citation.csl'),
            copy: t('citation.copy', { format: '{format}' }),
            copied: t('status.copied'),
            copyFailed: t('status.copyFailed'),
          }}
        />
      </section>

      <nav className="passage-pager" aria-label={t('passage.pager')}>
        {previous ? (
          <a href={passagePath(locale, meta.slug, previous.id)} rel="prev">
            ← {t('passage.previousLink')}
          </a>
        ) : (
          <span />
        )}
        {next && (
          <a href={passagePath(locale, meta.slug, next.id)} rel="next">
            {t('passage.nextLink')} →
          </a>
        )}
      </nav>
    </main>
  );
}
