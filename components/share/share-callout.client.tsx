'use client';

import { useTranslations } from 'next-intl';
import { htmlLang } from '@/i18n/routing';
import type { Passage } from '@/lib/share/passage';

type Props = {
  passage: Passage;
  /** Part of the link was damaged or not understood and was ignored. */
  damaged: boolean;
  onDismiss: () => void;
};

/*
 * What a share link says beside its passage: whether the text still matches, what it quoted when
 * the text is gone, and the sender's note. Everything from the link is rendered as React text.
 */
export function ShareCallout({ passage, damaged, onDismiss }: Props) {
  const t = useTranslations('Share.callout');
  const gone = passage.kind === 'selection' && passage.status === 'gone';
  const message =
    passage.kind === 'segment'
      ? t('sharedSegment')
      : passage.kind === 'sentence'
        ? t('sharedSentence', { n: passage.sentence + 1 })
        : gone
          ? ''
          : t('shared');
  const quote = gone && passage.quote ? { text: passage.quote.exact, lang: passage.lang } : null;

  return (
    <section className="share-callout" aria-label={t('label')} data-share-ui="">
      <p className="share-callout-message">{message}</p>
      {passage.kind === 'selection' && passage.status === 'revised' && <p className="share-callout-revised">{t('revised')}</p>}
      {gone && (
        <div className="share-callout-gone" role="status">
          <p>{t('gone')}</p>
          {quote && (
            <>
              <p className="share-callout-quoted">{t('quoted')}</p>
              <blockquote className="share-callout-quote" lang={quote.lang ? htmlLang(quote.lang) : undefined} dir="auto">
                {quote.text}
              </blockquote>
            </>
          )}
        </div>
      )}
      {damaged && (
        <p className="share-callout-damaged" role="status">
          {t('damaged')}
        </p>
      )}
      {passage.note && (
        <figure className="share-callout-note">
          <figcaption>{t('note')}</figcaption>
          <p dir="auto">{passage.note}</p>
        </figure>
      )}
      <button type="button" className="tool-button share-callout-dismiss" onClick={onDismiss}>
        {t('dismiss')}
      </button>
    </section>
  );
}
