import { pageLocale } from '@/i18n/page-locale';
import { notFound } from 'next/navigation';

type Props = { params: Promise<{ locale: string }> };

// Any unknown path below a locale renders that locale's 404 page.
export default async function CatchAll({ params }: Props) {
  await pageLocale(params);
  notFound();
}
