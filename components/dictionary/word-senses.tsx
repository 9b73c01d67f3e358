import { useTranslations } from 'next-intl';
import type { WordSense } from '@/lib/dictionary/lookup';
import { joinWord } from '@/lib/dictionary/pinyin-marks';

type Props = { senses: readonly WordSense[]; maxDefinitions?: number };

/** A word's dictionary readings: pinyin, then its English definitions (the card and the word list). */
export function WordSenses({ senses, maxDefinitions = 6 }: Props) {
  const t = useTranslations('Dictionary');
  return senses.map((sense, index) => (
    <div key={`${sense.pinyin}:${index}`} className="mt-1">
      <p className="text-muted" lang="zh-Latn">
        <span className="sr-only">{senses.length > 1 ? t('reading', { n: index + 1 }) : t('pinyin')}: </span>
        {joinWord(sense.pinyin)}
      </p>
      <ul className="list-disc pl-5 text-sm" lang="en" aria-label={t('definitions')}>
        {sense.definitions.slice(0, maxDefinitions).map((definition, n) => (
          <li key={n}>{definition}</li>
        ))}
      </ul>
    </div>
  ));
}
