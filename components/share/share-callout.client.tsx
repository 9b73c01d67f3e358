'use client';

import type { Lang } from '@/lib/content/model';

/*
 * What a share link says beside its passage: whether the text still matches, what it quoted when
 * the text is gone, and the sender's note. Everything from the link is rendered as React text.
 */

export type CalloutLabels = {
  label: string;
  message: string;
  revised: string | null;
  gone: string | null;
  quoted: string;
  damaged: string | null;
  note: string;
  dismiss: string;
};

type Props = {
  labels: CalloutLabels;
  quote: { text: string; lang: Lang | null } | null;
  note: string | null;
  onDismiss: () => void;
};

export function ShareCallout({ labels, quote, note, onDismiss }: Props) {
  return (
    <section className="share-callout" aria-label={labels.label} data-share-ui="">
      <p className="share-callout-message">{labels.message}</p>
      {labels.revised && <p className="share-callout-revised">{labels.revised}</p>}
      {labels.gone && (
        <div className="share-callout-gone" role="status">
          <p>{labels.gone}</p>
          {quote && (
            <>
              <p className="share-callout-quoted">{labels.quoted}</p>
              <blockquote
                className="share-callout-quote"
                lang={quote.lang === 'zh' ? 'zh-CN' : quote.lang === 'en' ? 'en' : undefined}
                dir="auto"
              >
                {quote.text}
              </blockquote>
            </>
          )}
        </div>
      )}
      {labels.damaged && (
        <p className="share-callout-damaged" role="status">
          {labels.damaged}
        </p>
      )}
      {note && (
        <figure className="share-callout-note">
          <figcaption>{labels.note}</figcaption>
          <p dir="auto">{note}</p>
        </figure>
      )}
      <button type="button" className="tool-button share-callout-dismiss" onClick={onDismiss}>
        {labels.dismiss}
      </button>
    </section>
  );
}
