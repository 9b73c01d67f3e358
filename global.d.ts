import type { routing } from '@/i18n/routing';
import type dictionary from './messages/dictionary/en.json';
import type glossary from './messages/glossary/en.json';
import type library from './messages/library/en.json';
import type reader from './messages/reader/en.json';
import type search from './messages/search/en.json';
import type share from './messages/share/en.json';
import type site from './messages/site/en.json';

// English is the shape every locale's files follow.
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof site & typeof library & typeof reader & typeof glossary & typeof search & typeof share & typeof dictionary;
  }
}
