// Server: the search UI strings, read once per page and handed to the client
// leaves as plain strings. Templates keep their {count}/{query}/{shown}
// placeholders (t.raw); the leaves fill them in as React text, never as markup.

import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';

export type SearchLabels = {
  trigger: string;
  shortcut: string;
  title: string;
  description: string;
  input: string;
  placeholder: string;
  submit: string;
  close: string;
  loading: string;
  error: string;
  retry: string;
  prompt: string;
  /** Template with {query}. */
  none: string;
  termsOne: string;
  /** Template with {count}. */
  termsOther: string;
  passagesOne: string;
  /** Template with {count}. */
  passagesOther: string;
  termsHeading: string;
  passagesHeading: string;
  seeAll: string;
  /** Template with {shown}. */
  shown: string;
};

export async function searchLabels(locale: AppLocale): Promise<SearchLabels> {
  const t = await getTranslations({ locale, namespace: 'Search' });
  const raw = (key: keyof SearchLabels) => String(t.raw(key));
  return {
    trigger: raw('trigger'),
    shortcut: raw('shortcut'),
    title: raw('title'),
    description: raw('description'),
    input: raw('input'),
    placeholder: raw('placeholder'),
    submit: raw('submit'),
    close: raw('close'),
    loading: raw('loading'),
    error: raw('error'),
    retry: raw('retry'),
    prompt: raw('prompt'),
    none: raw('none'),
    termsOne: raw('termsOne'),
    termsOther: raw('termsOther'),
    passagesOne: raw('passagesOne'),
    passagesOther: raw('passagesOther'),
    termsHeading: raw('termsHeading'),
    passagesHeading: raw('passagesHeading'),
    seeAll: raw('seeAll'),
    shown: raw('shown'),
  };
}
