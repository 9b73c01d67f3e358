import { getTranslations } from 'next-intl/server';

type Props = { locale: 'en' | 'zh' };

export async function NotFoundContent({ locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <main id="main" className="page-narrow">
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
