'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Tabs } from 'radix-ui';
import { useState, useSyncExternalStore } from 'react';
import { formatChicago, type CitationInput } from '@/lib/share/citation';
import { formatBibtex } from '@/lib/share/citation-bibtex';
import { formatCslJson } from '@/lib/share/citation-csl';
import { MixedText } from '@/components/site/mixed-text';
import { copyText } from '@/lib/share/clipboard';
import { localIsoDate } from '@/lib/share/document-data';

type Props = Omit<CitationInput, 'accessed'> & {
  /** Date accessed as rendered on the server (a static page); the reader's today replaces it. */
  accessed: string;
};

type Format = 'chicago' | 'bibtex' | 'csl';

const subscribeToNothing = () => () => undefined;

const panel = 'grid min-w-0 justify-items-start gap-[0.6rem] pt-[0.6rem]';
const code =
  'max-h-64 w-full overflow-auto rounded-[0.4rem] border border-line bg-bg p-3 font-[ui-monospace,SFMono-Regular,Menlo,Consolas,monospace] text-13 whitespace-pre-wrap wrap-anywhere';

/** The three citation formats as tabs, each with its own Copy button. */
export function ShareCitation({ meta, segment, sentences, url, accessed: rendered }: Props) {
  const t = useTranslations('Citation');
  const locale = useLocale();
  // The server's date while hydrating, the reader's own date from then on.
  const accessed = useSyncExternalStore(subscribeToNothing, localIsoDate, () => rendered);
  const [status, setStatus] = useState('');

  const input: CitationInput = { meta, segment, sentences, url, accessed };
  const chicago = formatChicago(input);
  const texts: Record<Format, string> = {
    chicago: chicago.text,
    bibtex: formatBibtex(input),
    csl: `${JSON.stringify([formatCslJson(input)], null, 2)}\n`,
  };
  const names: Record<Format, string> = { chicago: t('chicago'), bibtex: t('bibtex'), csl: t('csl') };

  const copy = async (format: Format) => {
    const ok = await copyText(texts[format]);
    setStatus(ok ? `${t('copied')}: ${names[format]}` : t('copyFailed'));
  };

  const copyButton = (format: Format) => (
    <button type="button" className="tool-button cite-copy" onClick={() => void copy(format)}>
      {t('copy', { format: names[format] })}
    </button>
  );

  return (
    <div className="cite grid min-w-0 gap-2">
      <Tabs.Root defaultValue="chicago" className="cite-tabs">
        <Tabs.List aria-label={t('formats')} className="flex flex-wrap gap-1 border-b border-line">
          {(['chicago', 'bibtex', 'csl'] as const).map((format) => (
            <Tabs.Trigger
              key={format}
              value={format}
              className="min-h-10 cursor-pointer border-b-3 border-transparent px-3 text-15 text-muted data-[state=active]:border-b-accent data-[state=active]:font-semibold data-[state=active]:text-ink"
            >
              {names[format]}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        <Tabs.Content value="chicago" className={panel}>
          <div className="grid gap-[0.4rem] wrap-anywhere">
            <p>
              {chicago.parts.map((part, index) => {
                const text = <MixedText text={part.text} within={locale} />;
                return part.italic ? <i key={index}>{text}</i> : <span key={index}>{text}</span>;
              })}
            </p>
            <p lang="zh-CN">“{chicago.passage.zh}”</p>
            <p lang="en">“{chicago.passage.en}”</p>
          </div>
          {copyButton('chicago')}
        </Tabs.Content>
        <Tabs.Content value="bibtex" className={panel}>
          <pre className={code} tabIndex={0} aria-label={names.bibtex}>
            <MixedText text={texts.bibtex} within={locale} />
          </pre>
          {copyButton('bibtex')}
        </Tabs.Content>
        <Tabs.Content value="csl" className={panel}>
          <pre className={code} tabIndex={0} aria-label={names.csl}>
            <MixedText text={texts.csl} within={locale} />
          </pre>
          {copyButton('csl')}
        </Tabs.Content>
      </Tabs.Root>
      <p className="min-h-5 text-sm text-muted" role="status">
        {status}
      </p>
    </div>
  );
}
