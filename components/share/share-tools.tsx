import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { AppLocale } from '@/i18n/routing';
import { ShareController } from './share-controller.client';

type Props = { locale: AppLocale; slug: string; children: ReactNode };

/*
 * Sharing on the document page: the controller (which loads the tools on intent) and the segment
 * menus inside `children`. The page carries only the controller's own strings, as props; the
 * tools and the menus bring theirs when they load.
 */
export async function ShareTools({ locale, slug, children }: Props) {
  const t = await getTranslations({ locale, namespace: 'Share' });
  return (
    <>
      <ShareController locale={locale} slug={slug} strings={{ open: t('panel.open'), loadFailed: t('status.loadFailed') }} />
      {children}
    </>
  );
}
