import type { ReactNode } from 'react';
import { DateText } from '@/components/site/date-text';
import type { AppLocale } from '@/i18n/routing';
import type { Bilingual, Frontmatter } from '@/lib/content/schema';
import { firstScreenEnd } from '@/lib/first-paint/first-screen';
import type { DocumentT } from './types';

type Props = { locale: AppLocale; meta: Frontmatter; t: DocumentT };

/** A value in the reader's language first, then in the other one. */
export function Both({ value, locale }: { value: Bilingual; locale: AppLocale }) {
  const zh = <span lang="zh-CN">{value.zh}</span>;
  const en = <span lang="en">{value.en}</span>;
  return locale === 'zh' ? (
    <>
      {zh} <span className="text-muted">{en}</span>
    </>
  ) : (
    <>
      {en} <span className="text-muted">{zh}</span>
    </>
  );
}

/** One line of the byline: its label, then what it names. */
function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-wrap gap-x-2">
      <dt className="font-bold text-ink after:content-[':']">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * Who said or made it, where and when: rendered into the document's static HTML (a plain component).
 * With the title above it, it ends the document's first screen (lib/first-paint/first-screen.ts).
 */
export function Byline({ locale, meta, t }: Props) {
  if (meta.kind === 'regulation') {
    return (
      <dl id={firstScreenEnd} className="mt-3 mb-6 grid gap-[0.35rem] text-sm text-muted">
        <Fact label={t('issuer')}>
          <Both value={meta.issuer} locale={locale} />
        </Fact>
        <Fact label={t('announcement')}>
          <Both value={meta.announcement} locale={locale} />
        </Fact>
        <Fact label={t('adopted')}>
          <DateText iso={meta.adopted} locale={locale} />
        </Fact>
        <Fact label={t('inForce')}>
          <DateText iso={meta.inForce} locale={locale} />
        </Fact>
      </dl>
    );
  }
  return (
    <dl id={firstScreenEnd} className="mt-3 mb-6 grid gap-[0.35rem] text-sm text-muted">
      <Fact label={t('source')}>
        <Both value={meta.source} locale={locale} />
        {' · '}
        <Both value={meta.reporter} locale={locale} />
      </Fact>
      <Fact label={t('speaker')}>
        <Both value={meta.speaker} locale={locale} />
        {', '}
        <Both value={meta.office} locale={locale} />
      </Fact>
      {meta.programme && (
        <Fact label={t('programme')}>
          <Both value={meta.programme} locale={locale} />
        </Fact>
      )}
      {meta.interviewed && (
        <Fact label={t('interviewed')}>
          <DateText iso={meta.interviewed} locale={locale} />
        </Fact>
      )}
      <Fact label={t('published')}>
        <DateText iso={meta.published} locale={locale} />
      </Fact>
    </dl>
  );
}
