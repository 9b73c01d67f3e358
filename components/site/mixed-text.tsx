import { htmlLang, type AppLocale } from '@/i18n/routing';
import { hanRuns } from '@/lib/text/han-runs';

type Props = { text: string; within: AppLocale };

/**
 * Prose with Chinese words in it: in English prose each Han run carries its own language (see
 * lib/text/han-runs.ts). Chinese prose is left as it is: its language is already Chinese.
 */
export function MixedText({ text, within }: Props) {
  if (within === 'zh') return text;
  return hanRuns(text).map((run, index) =>
    run.han ? (
      <span key={index} lang={htmlLang('zh')} className="inline-zh">
        {run.text}
      </span>
    ) : (
      run.text
    ),
  );
}
