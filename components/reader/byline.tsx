import { getTranslations } from 'next-intl/server';
import { DateText } from '@/components/site/date-text';
import type { AppLocale } from '@/i18n/routing';
import type { Bilingual, Frontmatter } from '@/lib/content/schema';

type Props = { locale: AppLocale; meta: Frontmatter };

/** A value in the reader's language first, then in the other one. */
function Both({ value, locale }: { value: Bilingual; locale: AppLocale }) {
  const zh = <span lang="zh-CN">{value.zh}</span>;
  const en = <span lang="en">{value.en}</span>;
  return locale === 'zh' ? (
    <>
      {zh} <span className="byline-other">{en}</span>
    </>
  ) : (
    <>
      {en} <span className="byline-other">{zh}</span>
    </>
  );
}

export async function Byline({ locale, meta }: Props) {
  const t = await getTranslations({ locale, namespace: 'Document' });
  return (
    <dl className="byline">
      <div>
        <dt>{t('source')}</dt>
        <dd>
          <Both value={meta.source} locale={locale} />
          {' · '}
          <Both value={meta.reporter} locale={locale} />
        </dd>
      </div>
      <div>
        <dt>{t('speaker')}</dt>
        <dd>
          <Both value={meta.speaker} locale={locale} />
          {', '}
          <Both value={meta.office} locale={locale} />
        </dd>
      </div>
      {meta.programme && (
        <div>
          <dt>{t('programme')}</dt>
          <dd>
            <Both value={meta.programme} locale={locale} />
          </dd>
        </div>
      )}
      {meta.interviewed && (
        <div>
          <dt>{t('interviewed')}</dt>
          <dd>
            <DateText iso={meta.interviewed} locale={locale} />
          </dd>
        </div>
      )}
      <div>
        <dt>{t('published')}</dt>
        <dd>
          <DateText iso={meta.published} locale={locale} />
        </dd>
      </div>
    </dl>
  );
}
