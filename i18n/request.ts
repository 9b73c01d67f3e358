import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { routing } from './routing';

// Messages are split by feature (core, glossary, search, share) so features can grow apart.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const parts = await Promise.all([
    import(`../messages/${locale}.json`),
    import(`../messages/glossary.${locale}.json`),
    import(`../messages/search.${locale}.json`),
    import(`../messages/share.${locale}.json`),
  ]);
  return {
    locale,
    timeZone: 'UTC',
    messages: Object.assign({}, ...parts.map((part) => part.default)),
  };
});
