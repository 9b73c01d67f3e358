import { htmlLang, type AppLocale } from '@/i18n/routing';
import { segmentText, type SegmentModel } from '@/lib/content/model';

type Props = { segment: SegmentModel; locale: AppLocale; labels: { zh: string; en: string }; muted?: boolean };

/** A passage in both languages, the original always first (the reader's own language second would hide it). */
export function PassagePair({ segment, locale, labels, muted }: Props) {
  const strong = segment.kind === 'title' || segment.kind === 'heading';
  return (
    <div className={`passage-pair${muted ? ' passage-pair-muted' : ''}${strong ? ' passage-pair-strong' : ''}`} data-locale={locale}>
      {(['zh', 'en'] as const).map((lang) => (
        <figure key={lang} className={`passage-block passage-block-${lang}`}>
          <figcaption className="passage-block-label">{labels[lang]}</figcaption>
          <blockquote lang={htmlLang(lang)}>
            <p>{segmentText(segment, lang)}</p>
          </blockquote>
        </figure>
      ))}
    </div>
  );
}
