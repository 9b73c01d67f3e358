import { htmlLang, type AppLocale } from '@/i18n/routing';
import { segmentText, type SegmentModel } from '@/lib/content/model';

/** `muted`: a passage beside the one the page is about, which stands in a card. */
type Props = { segment: SegmentModel; locale: AppLocale; labels: { zh: string; en: string }; muted?: boolean };

/** A passage in both languages, the original always first (the reader's own language second would hide it). */
export function PassagePair({ segment, locale, labels, muted }: Props) {
  const strong = segment.kind === 'title' || segment.kind === 'heading';
  return (
    <div
      className={`grid gap-x-8 gap-y-3 md:grid-cols-2 ${
        muted
          ? 'text-15 text-muted'
          : 'rounded-[0.6rem] border border-l-4 border-line border-l-accent bg-surface px-5 py-4 text-[1.0625rem]'
      }`}
      data-locale={locale}
    >
      {(['zh', 'en'] as const).map((lang) => (
        <figure key={lang} className="grid min-w-0 content-start gap-1">
          <figcaption className="text-xs text-muted">{labels[lang]}</figcaption>
          <blockquote
            lang={htmlLang(lang)}
            className={`wrap-anywhere ${lang === 'zh' ? 'leading-loose' : 'leading-[1.8]'}${strong ? ' font-bold' : ''}`}
          >
            <p>{segmentText(segment, lang)}</p>
          </blockquote>
        </figure>
      ))}
    </div>
  );
}
