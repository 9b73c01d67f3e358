import { ClientMessages } from '@/i18n/client-messages';
import { WordLookup as WordLookupClient } from './word-lookup.client';

type Props = { locale: string; slug: string };

/** Word cards for the Chinese text: the dictionary, the card's code and its strings load on the first hover. */
export function WordLookup({ locale, slug }: Props) {
  return (
    <ClientMessages keys={[]}>
      <WordLookupClient locale={locale} slug={slug} />
    </ClientMessages>
  );
}
