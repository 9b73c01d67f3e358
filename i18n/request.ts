import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { routing } from './routing';

import { features } from './features';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const parts = await Promise.all(features.map((feature) => import(`../messages/${feature}/${locale}.json`)));
  return {
    locale,
    timeZone: 'UTC',
    messages: Object.assign({}, ...parts.map((part) => part.default)),
  };
});
