import { useLocale } from 'next-intl';
import { NotFoundContent } from '@/components/site/not-found-content';
import { routing } from '@/i18n/routing';

// Reached only when a page calls notFound() for a path the proxy let through.
export default function NotFound() {
  const locale = useLocale();
  return <NotFoundContent locale={locale === 'zh' ? 'zh' : routing.defaultLocale} />;
}
