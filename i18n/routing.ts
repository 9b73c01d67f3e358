import { defineRouting } from 'next-intl/routing';

// The one list of UI locales: routing, requests, navigation and static params all read it.
export const routing = defineRouting({
  locales: ['en', 'zh'],
  defaultLocale: 'en',
  localePrefix: 'always',
});

export type AppLocale = (typeof routing.locales)[number];

/**
 * BCP 47 tag for <html lang>, hreflang and every lang attribute: a UI locale and a content
 * language share the same two codes.
 */
export function htmlLang(lang: AppLocale): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

/** The other of the two languages (the second line under a title, the locale switch's target). */
export function otherLang(lang: AppLocale): AppLocale {
  return lang === 'zh' ? 'en' : 'zh';
}
