'use client';

import { Tabs } from 'radix-ui';
import { useEffect, useState } from 'react';
import { formatBibtex, formatChicago, formatCslJson, type CitationInput, type CitationMeta } from '@/lib/share/citation';
import { copyText } from '@/lib/share/clipboard';
import { localIsoDate } from '@/lib/share/document-data';

type Labels = {
  formats: string;
  chicago: string;
  bibtex: string;
  csl: string;
  /** "Copy {format}" */
  copy: string;
  copied: string;
  copyFailed: string;
};

type Props = {
  meta: CitationMeta;
  segment: CitationInput['segment'];
  sentences?: number[];
  url: string;
  /** Date accessed as rendered on the server; replaced by the reader's today once in the browser. */
  accessed: string;
  labels: Labels;
};

type Format = 'chicago' | 'bibtex' | 'csl';

/** The three citation formats as tabs, each with its own Copy button. */
export function ShareCitation({ meta, segment, sentences, url, accessed: initialAccessed, labels }: Props) {
  const [accessed, setAccessed] = useState(initialAccessed);
  const [status, setStatus] = useState('');
  useEffect(() => setAccessed(localIsoDate()), []);

  const input: CitationInput = { meta, segment, sentences, url, accessed };
  const chicago = formatChicago(input);
  const texts: Record<Format, string> = {
    chicago: chicago.text,
    bibtex: formatBibtex(input),
    csl: `${JSON.stringify([formatCslJson(input)], null, 2)}\n`,
  };
  const names: Record<Format, string> = { chicago: labels.chicago, bibtex: labels.bibtex, csl: labels.csl };

  const copy = async (format: Format) => {
    const ok = await copyText(texts[format]);
    setStatus(ok ? `${labels.copied}: ${names[format]}` : labels.copyFailed);
  };

  const copyButton = (format: Format) => (
    <button type="button" className="tool-button cite-copy" onClick={() => void copy(format)}>
      {labels.copy.replace('{format}', names[format])}
    </button>
  );

  return (
    <div className="cite">
      <Tabs.Root defaultValue="chicago" className="cite-tabs">
        <Tabs.List aria-label={labels.formats} className="cite-tab-list">
          {(['chicago', 'bibtex', 'csl'] as const).map((format) => (
            <Tabs.Trigger key={format} value={format} className="cite-tab">
              {names[format]}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        <Tabs.Content value="chicago" className="cite-panel">
          <div className="cite-chicago">
            <p>
              {chicago.parts.map((part, index) => (part.italic ? <i key={index}>{part.text}</i> : <span key={index}>{part.text}</span>))}
            </p>
            <p lang="zh-CN">“{chicago.passage.zh}”</p>
            <p lang="en">“{chicago.passage.en}”</p>
          </div>
          {copyButton('chicago')}
        </Tabs.Content>
        <Tabs.Content value="bibtex" className="cite-panel">
          <pre className="cite-code" tabIndex={0} aria-label={labels.bibtex}>
            {texts.bibtex}
          </pre>
          {copyButton('bibtex')}
        </Tabs.Content>
        <Tabs.Content value="csl" className="cite-panel">
          <pre className="cite-code" tabIndex={0} aria-label={labels.csl}>
            {texts.csl}
          </pre>
          {copyButton('csl')}
        </Tabs.Content>
      </Tabs.Root>
      <p className="cite-status" role="status">
        {status}
      </p>
    </div>
  );
}
