import type { AppLocale } from '@/i18n/routing';

type Props = { iso: string; locale: AppLocale };

/** A calendar date from content (YYYY-MM-DD), written out in the UI language, read as UTC. */
export function formatDate(iso: string, locale: AppLocale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

export function DateText({ iso, locale }: Props) {
  return <time dateTime={iso}>{formatDate(iso, locale)}</time>;
}
