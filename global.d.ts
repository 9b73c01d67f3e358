import type { routing } from '@/i18n/routing';
import type core from './messages/en.json';
import type glossary from './messages/glossary.en.json';
import type search from './messages/search.en.json';
import type share from './messages/share.en.json';

declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof core & typeof glossary & typeof search & typeof share;
  }
}
