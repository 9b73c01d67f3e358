import { getFormatter } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';

type Props = { iso: string; locale: AppLocale };

/** A calendar date from content (YYYY-MM-DD), written out in the UI language, read as UTC. */
export async function DateText({ iso, locale }: Props) {
  const format = await getFormatter({ locale });
  return <time dateTime={iso}>{format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' })}</time>;
}
