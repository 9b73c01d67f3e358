import { getLocale, getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: 'NotFound' });
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
