'use client';

import { wordsEvent } from '@/lib/dictionary/events';
import { useWakeOnIntent, type Intent } from '@/lib/scheduling/wake-on-intent';
import type { AppLocale } from '@/i18n/routing';

const load = () => import('./word-lookup-live.client').then((module) => module.WordLookupLive);

/** Whether an event is over the reading text's Chinese. */
function overChinese(event: Event): boolean {
  return event.target instanceof Element && event.target.closest('.block-zh') !== null;
}

const intent: Intent = {
  events: ['pointermove', 'click', wordsEvent],
  wakes: (event) => {
    // A segment menu's "Words in this sentence".
    if (event.type === wordsEvent) return true;
    if (!(event instanceof PointerEvent) || !overChinese(event)) return false;
    // A mouse previews on hover; touch and pens open the card with a tap.
    return event.type === 'pointermove' ? event.pointerType === 'mouse' : event.pointerType !== 'mouse';
  },
};

type Props = { locale: AppLocale; slug: string };

/**
 * Word cards for the Chinese text: until the first hover or tap over the Chinese, only this
 * listener is on the page; the lookup itself (word-lookup-live.client.tsx), the dictionary, the
 * card's code and its strings load then.
 */
export function WordLookup({ locale, slug }: Props) {
  const woken = useWakeOnIntent(intent, load);
  if (!woken) return null;
  const { loaded: WordLookupLive, replay } = woken;
  return <WordLookupLive locale={locale} slug={slug} replay={replay} />;
}
