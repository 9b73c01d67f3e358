import { DateText } from '@/components/site/date-text';
import type { AppLocale } from '@/i18n/routing';
import type { Frontmatter } from '@/lib/content/schema';
import type { DocumentT } from './static-render';

type Props = { locale: AppLocale; meta: Frontmatter; t: DocumentT };

/** Where our copy of the text comes from, and who translated it: part of the body's static HTML. */
export function DocumentFooter({ locale, meta, t }: Props) {
  return (
    <footer className="doc-footer mt-12 grid gap-2 border-t border-line pt-4 text-sm text-muted">
      <h2 className="font-bold text-ink">{t('sourceNotice')}</h2>
      <p lang="zh-CN">{meta.rightsNotice.zh}</p>
      <p lang="en">{meta.rightsNotice.en}</p>
      <p className="doc-footer-meta">
        {t('source')}: <span lang="en">{meta.source.en}</span> <span lang="zh-CN">{meta.source.zh}</span>,{' '}
        <DateText iso={meta.published} locale={locale} />. {t('translation')}.
      </p>
    </footer>
  );
}
