import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/i18n/client-messages';
import type { AppLocale } from '@/i18n/routing';
import { routes } from '@/lib/routes/routes';
import { SearchDialog } from '@/components/search/search-dialog.client';
import { LocaleSwitch } from './locale-switch.client';
import { ThemeMenu } from './theme-menu.client';

type Props = { locale: AppLocale };

export async function SiteHeader({ locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'Nav' });

  return (
    <header className="site-header">
      <div className="site-header-inner">
        <a href={routes.library(locale)} className="brand" aria-label={t('home')}>
          <span lang="zh-CN" className="brand-zh">
            对照
          </span>
          <span lang="en" className="brand-en">
            Duizhao
          </span>
        </a>
        <nav aria-label={t('main')} className="site-nav">
          <a href={routes.library(locale)}>{t('library')}</a>
          <a href={routes.glossary(locale)}>{t('glossary')}</a>
        </nav>
        <div className="site-tools">
          <ClientMessages keys={['Nav.switchTo', 'Nav.switchToLabel', 'Theme', 'Search.trigger', 'Search.shortcut']}>
            <SearchDialog />
            <ThemeMenu />
            <LocaleSwitch />
          </ClientMessages>
        </div>
      </div>
    </header>
  );
}
