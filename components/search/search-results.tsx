import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { htmlLang, type AppLocale } from '@/i18n/routing';
import { partNumber, passageLabel } from '@/lib/content/legal';
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
  /** The search page titles its groups with h2, the dialog (whose title is the h2) with h3. */
  variant: 'dialog' | 'page';
  maxTerms?: number;
  maxPassages?: number;
  /** Called when a result link is followed (the dialog closes itself). */
  onNavigate?: () => void;
};

// Characters either side of the first highlight: Chinese packs more per character.
const RADIUS = { zh: 36, en: 110 } as const;

function Snippet({ text, ranges, lang }: { text: string; ranges: readonly HighlightRange[]; lang: 'zh' | 'en' }) {
  return (
    <>
      {snippetParts(text, ranges, RADIUS[lang]).map((part, i) =>
        part.mark ? (
          <mark key={i} className="rounded-[0.15em] bg-hl-strong px-[0.05em] text-ink">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

function rangesIn(hit: SegmentHit, lang: 'zh' | 'en', sentence: number): HighlightRange[] {
  return hit.matches[lang]?.find((match) => match.sentence === sentence)?.ranges ?? [];
}

type HitProps = {
  hit: SegmentHit;
  locale: AppLocale;
  query: string;
  /** The results page: on a wide screen the pair stands side by side, as in the reader. */
  wide: boolean;
  onNavigate?: () => void;
};

function Hit({ hit, locale, query, wide, onNavigate }: HitProps) {
  const { sentence } = hit;
  // Sentences are aligned one to one (the content pipeline checks it); fall back to the whole text if not.
  const text = {
    zh: hit.zh[sentence] ?? hit.zh.join(''),
    en: hit.en[sentence] ?? hit.en.join(' '),
  };
  // The group names the document; the card names the place inside it (article, section).
  const label = passageLabel({ kind: hit.kind, number: partNumber(hit.id, 'article') });
  const section = hit.sectionTitle?.[locale];
  const place = label?.[locale] ?? section ?? hit.docTitle[locale];
  const within = label ? section : undefined;
  const href = routes.searchResult(locale, hit.doc, hit.id, capForUrl(query));
  const side = (lang: 'zh' | 'en') => {
    const snippet = <Snippet text={text[lang]} ranges={rangesIn(hit, lang, sentence)} lang={lang} />;
    return (
      <p
        lang={htmlLang(lang)}
        className={lang === 'en' ? 'search-hit-en text-15 leading-[1.7] wrap-anywhere' : 'search-hit-zh leading-[1.7] wrap-anywhere'}
      >
        {lang === hit.lang ? (
          // The matched side carries the link; its ::after covers the whole card, so a tap anywhere opens it.
          <a
            href={href}
            className="text-inherit no-underline after:absolute after:inset-0 after:rounded-[inherit] focus-visible:outline-none"
            data-search-link=""
            onClick={onNavigate}
          >
            {snippet}
          </a>
        ) : (
          snippet
        )}
      </p>
    );
  };
  return (
    <li className="search-hit relative min-w-0 rounded-lg border border-line bg-surface px-3 py-[0.6rem] hover:border-muted has-focus-visible:outline-3 has-focus-visible:outline-offset-1 has-focus-visible:outline-focus">
      <p className="mb-1 flex min-w-0 gap-2 text-13 text-muted" lang={htmlLang(locale)}>
        {/* A document title standing in for a section can be long: two lines are enough to place it. */}
        <span className="line-clamp-2 max-w-full flex-none font-semibold text-ink wrap-anywhere">{place}</span>
        {within ? (
          <span className="min-w-0 truncate before:mr-2 before:content-['·']">
            <span className="sr-only">, </span>
            {within}
          </span>
        ) : null}
      </p>
      <div className={wide ? 'grid grid-cols-1 gap-[0.3rem] min-[56rem]:grid-cols-2 min-[56rem]:gap-x-5' : 'grid grid-cols-1 gap-[0.3rem]'}>
        {side('zh')}
        {side('en')}
      </div>
    </li>
  );
}

function Term({ term, locale, onNavigate }: { term: GlossaryHit; locale: AppLocale; onNavigate?: () => void }) {
  return (
    <li className="search-term">
      <a
        href={routes.term(locale, term.id)}
        className="block rounded-lg border border-l-3 border-line border-l-term-line bg-surface px-3 py-[0.55rem] leading-normal text-ink no-underline hover:border-muted hover:border-l-term-line"
        data-search-link=""
        onClick={onNavigate}
      >
        <span className="font-bold" lang="zh-CN">
          {term.zh}
        </span>{' '}
        <span className="text-muted italic" lang="zh-Latn-pinyin">
          {term.pinyin}
        </span>{' '}
        <span className="search-term-en" lang="en">
          {term.en}
        </span>
      </a>
    </li>
  );
}

/** Hits come in reading order, so a document's hits are consecutive. */
function groupsOf(hits: readonly SegmentHit[]): Array<{ doc: string; hits: SegmentHit[] }> {
  const groups: Array<{ doc: string; hits: SegmentHit[] }> = [];
  for (const hit of hits) {
    const last = groups.at(-1);
    if (last?.doc === hit.doc) last.hits.push(hit);
    else groups.push({ doc: hit.doc, hits: [hit] });
  }
  return groups;
}

export function SearchResultList({ locale, query, results, variant, maxTerms, maxPassages, onNavigate }: Props) {
  const t = useTranslations('Search');
  const page = variant === 'page';
  const Heading = page ? 'h2' : 'h3';
  const GroupHeading = page ? 'h3' : 'h4';
  const groupTitle = `mb-[0.35rem] font-semibold ${page ? 'text-15 text-ink' : 'text-13 text-ink'}`;
  const title = `mb-[0.4rem] font-bold ${page ? 'mt-5 text-base text-ink' : 'mt-2 text-13 text-muted'}`;
  const id = useId();
  const terms = maxTerms === undefined ? results.terms : results.terms.slice(0, maxTerms);
  const hits = maxPassages === undefined ? results.results : results.results.slice(0, maxPassages);
  return (
    <>
      {terms.length > 0 ? (
        <section>
          <Heading id={`${id}-terms`} className={title}>
            {t('termsHeading')}
          </Heading>
          <ul className="grid gap-2" aria-labelledby={`${id}-terms`}>
            {terms.map((term) => (
              <Term key={term.id} term={term} locale={locale} onNavigate={onNavigate} />
            ))}
          </ul>
        </section>
      ) : null}
      {hits.length > 0 ? (
        <section className={terms.length > 0 ? 'mt-3' : undefined} aria-labelledby={`${id}-passages`}>
          <Heading id={`${id}-passages`} className={title}>
            {t('passagesHeading')}
          </Heading>
          {groupsOf(hits).map((group, g) => {
            const doc = results.docs.find((d) => d.slug === group.doc);
            const groupId = `${id}-doc-${g}`;
            return (
              <section key={group.doc} className="mt-2" aria-labelledby={groupId} data-results-in={group.doc}>
                <GroupHeading id={groupId} className={groupTitle}>
                  <span className="wrap-anywhere">{doc?.short[locale] ?? group.hits[0]?.docTitle[locale]}</span>{' '}
                  <span className="font-normal text-muted">{t('groupCount', { count: doc?.count ?? group.hits.length })}</span>
                </GroupHeading>
                <ol className="grid gap-2" aria-labelledby={groupId}>
                  {group.hits.map((hit) => (
                    <Hit key={`${hit.doc}#${hit.id}`} hit={hit} locale={locale} query={query} wide={page} onNavigate={onNavigate} />
                  ))}
                </ol>
              </section>
            );
          })}
        </section>
      ) : null}
    </>
  );
}
