import type { Metadata, Viewport } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { PageLive } from '@/components/site/page-live.client';
import { SiteHeader } from '@/components/site/site-header';
import { HeadScript, SiteStyle } from '@/components/site/site-style.client';
import { htmlLang } from '@/i18n/routing';
import { firstScreenEnd } from '@/lib/first-paint/first-screen';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { localeParams } from '@/lib/routes/static-params';
import { routes } from '@/lib/routes/routes';
import { siteUrl } from '@/lib/routes/site-url';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

// Only the UI locales: anything else in this position (e.g. /favicon.ico) is no route at all and
// gets app/global-not-found.tsx, server-rendered, instead of a 404 rendered in the browser.
export const dynamicParams = false;

export const generateStaticParams = localeParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  if (!locale) return {};
  const t = await getTranslations({ locale, namespace: 'Meta' });
  return {
    metadataBase: new URL(siteUrl),
    title: { default: t('siteName'), template: `%s · ${t('siteName')}` },
    description: t('tagline'),
    applicationName: t('siteName'),
    // The one iOS puts on a home screen, fetched only then. The favicon is declared inline by the
    // build (lib/first-paint/favicon.ts), in the HTML only.
    icons: { apple: [{ url: routes.icon('icon-192.png'), sizes: '192x192' }] },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#141312' },
  ],
};

export default async function LocaleLayout({ children, params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Nav' });

  return (
    // The head script sets data-* on <html> before hydration; React must not fight it.
    <html lang={htmlLang(locale)} suppressHydrationWarning>
      <head>
        {/* Before the head script, after which the parser first pauses (lib/first-paint/first-screen.ts). Chromium 124+; ignored elsewhere. */}
        <link rel="expect" href={`#${firstScreenEnd}`} blocking="render" />
        <HeadScript />
        <SiteStyle />
      </head>
      <body>
        <a href="#main" className="skip-link absolute -top-16 left-2 z-50 rounded-md bg-accent px-3 py-2 text-accent-ink focus:top-2">
          {t('skip')}
        </a>
        <SiteHeader locale={locale} />
        {children}
        <PageLive />
      </body>
    </html>
  );
}
