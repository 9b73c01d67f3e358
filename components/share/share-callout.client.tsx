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
    <section
      className="grid justify-items-start gap-2 rounded-lg border border-l-4 border-line border-l-accent bg-surface px-4 py-3 font-[ui-sans-serif,system-ui,-apple-system,'Segoe_UI','Noto_Sans_SC',sans-serif] text-15"
      aria-label={t('label')}
      data-share-ui=""
    >
      <p className="wrap-anywhere">{message}</p>
      {passage.kind === 'selection' && passage.status === 'revised' && <p className="text-muted wrap-anywhere">{t('revised')}</p>}
      {gone && (
        <div className="grid gap-[0.35rem] font-semibold" role="status">
          <p className="wrap-anywhere">{t('gone')}</p>
          {quote && (
            <>
              <p className="font-normal text-muted wrap-anywhere">{t('quoted')}</p>
              <blockquote
                className="border-l-3 border-line pl-3 font-normal wrap-anywhere"
                lang={quote.lang ? htmlLang(quote.lang) : undefined}
                dir="auto"
              >
                {quote.text}
              </blockquote>
            </>
          )}
        </div>
      )}
      {damaged && (
        <p className="text-muted wrap-anywhere" role="status">
          {t('damaged')}
        </p>
      )}
      {passage.note && (
        <figure className="grid gap-[0.2rem]">
          <figcaption className="text-13 font-bold text-muted">{t('note')}</figcaption>
          <p dir="auto" className="whitespace-pre-wrap wrap-anywhere">
            {passage.note}
          </p>
        </figure>
      )}
      <button type="button" className="tool-button share-callout-dismiss" onClick={onDismiss}>
        {t('dismiss')}
      </button>
    </section>
  );
}
