import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { FirstScreenEnd } from '@/components/site/first-screen-end';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { routes } from '@/lib/routes/routes';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  if (!locale) return {};
  const t = await getTranslations({ locale, namespace: 'Offline' });
  return { title: t('pageTitle'), robots: { index: false, follow: false } };
}

/** What the service worker shows offline for a page this device has not saved (lib/offline/sw). */
export default async function OfflinePage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Offline' });
  return (
    <main id="main" className="page-narrow mx-auto grid max-w-3xl gap-3 px-4 pt-8 pb-16 leading-relaxed">
      <h1 className="text-3xl leading-tight font-bold">{t('pageTitle')}</h1>
      <p>{t('intro')}</p>
      <p>{t('available')}</p>
      <p>{t('unavailable')}</p>
      <p>{t('retry')}</p>
      <p>
        <a className="text-link underline" href={routes.library(locale)}>
          {t('library')}
        </a>
      </p>
      <FirstScreenEnd />
    </main>
  );
}
