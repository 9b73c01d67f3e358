import { formatDate } from '@/components/site/date-text';
import { MixedText } from '@/components/site/mixed-text';
import { htmlLang, type AppLocale } from '@/i18n/routing';
import type { Frontmatter } from '@/lib/content/schema';
import { routes } from '@/lib/routes/routes';
import type { DocumentT } from './types';

type Props = { locale: AppLocale; meta: Frontmatter; t: DocumentT };

const heading = 'font-bold text-ink';

/**
 * Where our copy of the text comes from and what governs it, and who translated it: part of the
 * body's static HTML. A law carries its legal status in place of a rights notice; an article
 * names its outlet, and the page we copied it from with that page's own notice.
 */
export function DocumentFooter({ locale, meta, t }: Props) {
  const names = (value: { zh: string; en: string }) => (locale === 'zh' ? `${value.zh}（${value.en}）` : `${value.en} (${value.zh})`);
  return (
    <footer className="doc-footer mt-12 grid gap-2 border-t border-line pt-4 text-sm text-muted">
      {meta.kind === 'regulation' ? (
        <>
          <h2 className={heading}>{t('legalStatus')}</h2>
          <p>{t('publicDomain')}</p>
          <p>
            <MixedText
              text={`${t('promulgated', { issuer: names(meta.issuer), announcement: names(meta.announcement) })} ${t('officialText', { source: names(meta.source) })}`}
              within={locale}
            />
          </p>
        </>
      ) : (
        <>
          <h2 className={heading}>{t('sourceNotice')}</h2>
          <p>
            <MixedText text={t('original', { source: names(meta.source), date: formatDate(meta.published, locale) })} within={locale} />
          </p>
          {meta.copy && (
            <>
              <p>
                <MixedText text={t('copyFrom', { from: names(meta.copy.from) })} within={locale} />
              </p>
              <blockquote className="border-l-2 border-line pl-3">
                <p lang={htmlLang('zh')}>{meta.copy.notice.zh}</p>
                <p lang={htmlLang('en')}>{meta.copy.notice.en}</p>
              </blockquote>
            </>
          )}
        </>
      )}
      <p className="doc-footer-meta">{t('translation')}.</p>
      <p>
        <a className="underline" href={`${routes.about(locale)}#dictionary`}>
          {t('credits')}
        </a>
      </p>
    </footer>
  );
}
