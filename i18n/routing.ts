import { defineRouting } from 'next-intl/routing';

// The one list of UI locales: routing, requests, navigation and static params all read it.
export const routing = defineRouting({
  locales: ['en', 'zh'],
  defaultLocale: 'en',
  localePrefix: 'always',
});

export type AppLocale = (typeof routing.locales)[number];

/** BCP 47 tag for <html lang> and for hreflang. */
export const htmlLang: Record<AppLocale, string> = { en: 'en', zh: 'zh-CN' };
