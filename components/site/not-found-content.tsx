import { getTranslations } from 'next-intl/server';
import { FirstScreenEnd } from '@/components/site/first-screen-end';
import type { AppLocale } from '@/i18n/routing';
import { routes } from '@/lib/routes/routes';

type Props = { locale: AppLocale };

export async function NotFoundContent({ locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <main id="main" className="page-narrow mx-auto max-w-3xl px-4 pt-8 pb-16">
      <h1 className="mb-3 text-3xl leading-tight font-bold">{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <a className="link" href={routes.library(locale)}>
          {t('back')}
        </a>
      </p>
      <FirstScreenEnd />
    </main>
  );
}
