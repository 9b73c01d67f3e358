import { useLocale, useTranslations } from 'next-intl';

export default function NotFound() {
  const locale = useLocale();
  const t = useTranslations('NotFound');
  return (
    <main id="main" className="page-narrow">
      <title>{t('title')}</title>
      <h1 className="page-title">{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <a className="link" href={`/${locale}`}>
          {t('back')}
        </a>
      </p>
    </main>
  );
}
