import { useLocale } from 'next-intl';
import { NotFoundContent } from '@/components/site/not-found-content';

// Reached only when a page calls notFound() for a path the proxy let through.
export default function NotFound() {
  return <NotFoundContent locale={useLocale()} />;
}
