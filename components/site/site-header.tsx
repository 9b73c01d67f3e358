import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import { routes } from '@/lib/routes/routes';
import { SearchDialog } from '@/components/search/search-dialog.client';
import { LocaleSwitch } from './locale-switch.client';
import { ThemeMenu } from './theme-menu.client';

type Props = { locale: AppLocale };

export async function SiteHeader({ locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'Nav' });
  const search = await getTranslations({ locale, namespace: 'Search' });
  const theme = await getTranslations({ locale, namespace: 'Theme' });

  return (
    <header className="site-header sticky top-0 z-30 border-b border-line bg-[color-mix(in_srgb,var(--color-bg)_92%,transparent)] backdrop-blur-[6px]">
      {/* Phones: brand and tools on the first row, the navigation on its own row below. */}
      <div className="mx-auto flex max-w-[90rem] items-center gap-3 px-4 py-2 phone:flex-wrap phone:gap-y-0 phone:pb-0">
        <a href={routes.library(locale)} className="inline-flex items-baseline gap-[0.4rem] font-bold whitespace-nowrap text-ink">
          {/* The name starts with what the link shows (WCAG 2.5.3), then says where it goes. */}
          <span lang="zh-CN" className="text-xl text-accent">
            对照
          </span>{' '}
          <span lang="en" className="brand-en">
            Duizhao
          </span>
          <span className="sr-only">, {t('home')}</span>
        </a>
        <nav aria-label={t('main')} className="flex gap-3 text-15 phone:order-3 phone:w-full">
          <a href={routes.library(locale)} className="px-1 py-2 text-ink hover:text-link">
            {t('library')}
          </a>
          <a href={routes.glossary(locale)} className="px-1 py-2 text-ink hover:text-link">
            {t('glossary')}
          </a>
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <SearchDialog locale={locale} strings={{ trigger: search('trigger'), shortcut: search('shortcut') }} />
          <ThemeMenu strings={{ label: theme('label'), system: theme('system'), light: theme('light'), dark: theme('dark') }} />
          <LocaleSwitch locale={locale} strings={{ switchTo: t('switchTo'), switchToLabel: t('switchToLabel') }} />
        </div>
      </div>
    </header>
  );
}
