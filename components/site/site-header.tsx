import { getTranslations } from 'next-intl/server';
import { routing, htmlLang, type AppLocale } from '@/i18n/routing';
import { searchLabels } from '@/lib/search/labels';
import { LocaleSwitch } from './locale-switch.client';
import { SearchDialog } from '@/components/search/search-dialog.client';
import { ThemeMenu } from './theme-menu.client';

type Props = { locale: AppLocale };

export async function SiteHeader({ locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'Nav' });
  const tr = await getTranslations({ locale, namespace: 'Reader' });
  const other = routing.locales.find((candidate) => candidate !== locale) ?? routing.defaultLocale;

  return (
    <header className="site-header">
      <div className="site-header-inner">
        <a href={`/${locale}`} className="brand" aria-label={t('home')}>
          <span lang="zh-CN" className="brand-zh">
            对照
          </span>
          <span lang="en" className="brand-en">
            Duizhao
          </span>
        </a>
        <nav aria-label={t('main')} className="site-nav">
          <a href={`/${locale}`}>{t('library')}</a>
          <a href={`/${locale}/glossary`}>{t('glossary')}</a>
        </nav>
        <div className="site-tools">
          <SearchDialog locale={locale} labels={await searchLabels(locale)} />
          <ThemeMenu label={tr('theme')} options={{ system: tr('themeSystem'), light: tr('themeLight'), dark: tr('themeDark') }} />
          <LocaleSwitch locale={locale} target={other} targetLang={htmlLang[other]} text={t('switchTo')} label={t('switchToLabel')} />
        </div>
      </div>
    </header>
  );
}
