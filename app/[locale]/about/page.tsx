import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { FirstScreenEnd } from '@/components/site/first-screen-end';
import { MixedText } from '@/components/site/mixed-text';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { localPaths } from '@/lib/routes/routes';
import { pageAlternates } from '@/lib/routes/site-url';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  if (!locale) return {};
  const t = await getTranslations({ locale, namespace: 'About' });
  return { title: t('pageTitle'), description: t('metaDescription'), alternates: pageAlternates(locale, localPaths.about()) };
}

const heading = 'mt-8 mb-2 text-xl font-bold';

/** Credits: where the texts come from, the dictionary (CC-CEDICT asks to be credited), the software and fonts. */
export default async function AboutPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'About' });
  return (
    <main id="main" className="page-narrow mx-auto max-w-3xl px-4 pt-8 pb-16 leading-relaxed">
      <h1 className="mb-3 text-3xl leading-tight font-bold">{t('pageTitle')}</h1>
      <p>
        <MixedText text={t('intro')} within={locale} />
      </p>
      <h2 className={heading}>{t('textsHeading')}</h2>
      <p>{t('texts')}</p>
      <h2 className={heading} id="dictionary">
        {t('dictionaryHeading')}
      </h2>
      <p>{t('dictionary')}</p>
      <ul className="mt-2 list-disc pl-5">
        <li>
          <a className="text-link underline" href="https://www.mdbg.net/chinese/dictionary?page=cc-cedict">
            {t('cedictLink')}
          </a>
        </li>
        <li>
          <a className="text-link underline" href="https://creativecommons.org/licenses/by-sa/4.0/">
            {t('licenceLink')}
          </a>
        </li>
      </ul>
      <h2 className={heading}>{t('softwareHeading')}</h2>
      <p>{t('software')}</p>
      <FirstScreenEnd />
    </main>
  );
}
