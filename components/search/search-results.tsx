import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { htmlLang, type AppLocale } from '@/i18n/routing';
import { routes } from '@/lib/routes/routes';
import { capForUrl } from '@/lib/search/link';
import type { GlossaryHit, HighlightRange, SearchResults, SegmentHit } from '@/lib/search/query';
import { snippetParts } from '@/lib/search/snippet';

/*
 * Result rendering shared by the search dialog and the search page. FlexSearch-free
 * (types only), so it adds nothing heavy to the header's bundle.
 * Every piece of text, including the reader's query, is rendered as React text.
 */

type Props = {
  locale: AppLocale;
  query: string;
  results: SearchResults;
  /** h2 on the search page, h3 inside the dialog (whose title is the h2). */
  headingLevel: 2 | 3;
  maxTerms?: number;
  maxPassages?: number;
  /** Called when a result link is followed (the dialog closes itself). */
  onNavigate?: () => void;
};

// Characters either side of the first highlight: Chinese packs more per character.
const RADIUS = { zh: 36, en: 110 } as const;

function Snippet({ text, ranges, lang }: { text: string; ranges: readonly HighlightRange[]; lang: 'zh' | 'en' }) {
  return <>{snippetParts(text, ranges, RADIUS[lang]).map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : part.text))}</>;
}

function rangesIn(hit: SegmentHit, lang: 'zh' | 'en', sentence: number): HighlightRange[] {
  return hit.matches[lang]?.find((match) => match.sentence === sentence)?.ranges ?? [];
}

function Hit({ hit, locale, query, onNavigate }: { hit: SegmentHit; locale: AppLocale; query: string; onNavigate?: () => void }) {
  const { sentence } = hit;
  // Sentences are aligned one to one (the content pipeline checks it); fall back to the whole text if not.
  const text = {
    zh: hit.zh[sentence] ?? hit.zh.join(''),
    en: hit.en[sentence] ?? hit.en.join(' '),
  };
  const place = hit.sectionTitle?.[locale] ?? hit.docTitle[locale];
  const href = routes.searchResult(locale, hit.doc, hit.id, capForUrl(query));
  const side = (lang: 'zh' | 'en') => {
    const snippet = <Snippet text={text[lang]} ranges={rangesIn(hit, lang, sentence)} lang={lang} />;
    return (
      <p lang={htmlLang(lang)} className={`search-hit-text search-hit-${lang}`}>
        {lang === hit.lang ? (
          // The matched side carries the link; its ::after covers the whole card, so a tap anywhere opens it.
          <a href={href} className="search-hit-link" data-search-link="" onClick={onNavigate}>
            {snippet}
          </a>
        ) : (
          snippet
        )}
      </p>
    );
  };
  return (
    <li className="search-hit">
      <p className="search-hit-meta" lang={htmlLang(locale)}>
        <span className="search-hit-section">{place}</span>
        {hit.sectionTitle ? <span className="search-hit-doc">{hit.docTitle[locale]}</span> : null}
      </p>
      <div className="search-hit-pair">
        {side('zh')}
        {side('en')}
      </div>
    </li>
  );
}

function Term({ term, locale, onNavigate }: { term: GlossaryHit; locale: AppLocale; onNavigate?: () => void }) {
  return (
    <li className="search-term">
      <a href={routes.term(locale, term.id)} className="search-term-link" data-search-link="" onClick={onNavigate}>
        <span className="search-term-zh" lang="zh-CN">
          {term.zh}
        </span>{' '}
        <span className="search-term-py" lang="zh-Latn-pinyin">
          {term.pinyin}
        </span>{' '}
        <span className="search-term-en" lang="en">
          {term.en}
        </span>
      </a>
    </li>
  );
}

export function SearchResultList({ locale, query, results, headingLevel, maxTerms, maxPassages, onNavigate }: Props) {
  const t = useTranslations('Search');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const id = useId();
  const terms = maxTerms === undefined ? results.terms : results.terms.slice(0, maxTerms);
  const hits = maxPassages === undefined ? results.results : results.results.slice(0, maxPassages);
  return (
    <>
      {terms.length > 0 ? (
        <section className="search-group">
          <Heading id={`${id}-terms`} className="search-group-title">
            {t('termsHeading')}
          </Heading>
          <ul className="search-terms" aria-labelledby={`${id}-terms`}>
            {terms.map((term) => (
              <Term key={term.id} term={term} locale={locale} onNavigate={onNavigate} />
            ))}
          </ul>
        </section>
      ) : null}
      {hits.length > 0 ? (
        <section className="search-group">
          <Heading id={`${id}-passages`} className="search-group-title">
            {t('passagesHeading')}
          </Heading>
          <ol className="search-hits" aria-labelledby={`${id}-passages`}>
            {hits.map((hit) => (
              <Hit key={`${hit.doc}#${hit.id}`} hit={hit} locale={locale} query={query} onNavigate={onNavigate} />
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
