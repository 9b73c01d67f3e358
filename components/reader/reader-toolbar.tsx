import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import { ReaderToolbar as Toolbar } from './reader-toolbar.client';

type Props = { locale: AppLocale };

/** The reader toolbar, with its strings translated here: the browser gets them as props (i18n/client-messages.tsx). */
export async function ReaderToolbar({ locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'Reader' });
  // Filled in the browser, which alone knows the error.
  const error = { error: '{error}' };
  return (
    <Toolbar
      strings={{
        settings: t('settings'),
        view: t('view'),
        viewSide: t('viewSide'),
        viewInterleaved: t('viewInterleaved'),
        viewZh: t('viewZh'),
        viewEn: t('viewEn'),
        pinyin: t('pinyin'),
        toneColours: t('toneColours'),
        traditional: t('traditional'),
        textSize: t('textSize'),
        smaller: t('smaller'),
        larger: t('larger'),
      }}
      readAloud={{
        readAloud: t('readAloud'),
        readAloudGroup: t('readAloudGroup'),
        readAloudPrevious: t('readAloudPrevious'),
        readAloudPause: t('readAloudPause'),
        readAloudResume: t('readAloudResume'),
        readAloudNext: t('readAloudNext'),
        readAloudFailed: t('readAloudFailed', error),
        notices: {
          unsupported: t('readAloudNotice.unsupported'),
          noVoice: t('readAloudNotice.noVoice'),
          onlyEnglish: t('readAloudNotice.onlyEnglish'),
          onlyChinese: t('readAloudNotice.onlyChinese'),
        },
      }}
      keepOffline={{ keepOffline: t('keepOffline'), keptOffline: t('keptOffline'), keepOfflineFailed: t('keepOfflineFailed', error) }}
    />
  );
}
