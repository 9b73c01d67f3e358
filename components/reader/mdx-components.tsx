import { createElement, type ComponentProps, type ReactNode } from 'react';
import { htmlLang, type AppLocale } from '@/i18n/routing';
import { segmentKinds, type Lang, type SegmentKind } from '@/lib/content/model';
import type { Frontmatter } from '@/lib/content/schema';
import { attr, blockClass, sentenceKey } from '@/lib/reader-dom/contract';
import { linkOf, type LinkTargets } from '@/lib/library/links';
import type { PassageSize } from '@/lib/reader/passage-size';
import { routes } from '@/lib/routes/routes';
import { Byline } from './byline';
import type { DocumentT, ShareMenuT } from './types';

/*
 * The one MDX component map: the document's text as static HTML (see static-render.tsx), which
 * React never hydrates. So nothing here is interactive by itself: buttons and terms carry the data
 * attributes of the reader's DOM contract (lib/reader-dom/contract.ts), and the islands listen on
 * the document (sentence highlight, term cards, segment menus, reveal buttons).
 */

type Options = {
  locale: AppLocale;
  meta: Frontmatter;
  firstSegment: string;
  t: DocumentT;
  share: ShareMenuT;
  /** Terms that name a document of the library: their marks link to it. */
  links: LinkTargets;
  /** What this document names and what names it (shown under its title). */
  relations: ReactNode;
  /** Each passage's text lengths, for its placeholder height while the browser skips it. */
  sizes: ReadonlyMap<string, PassageSize>;
};
function kindOf(value: unknown): SegmentKind {
  return segmentKinds.find((kind) => kind === value) ?? 'paragraph';
}

function tagFor(kind: SegmentKind) {
  if (kind === 'title') return 'h1';
  if (kind === 'heading' || kind === 'chapter') return 'h2';
  return 'p';
}

/**
 * A reveal button: its label, and the other state's in an attribute, swapped when it is pressed
 * (reader-enhancer.client.tsx). Not two spans that CSS picks from: one per segment and language,
 * they were four of a segment's elements.
 */
function Reveal({ lang, show, hide }: { lang: Lang; show: string; hide: string }) {
  return (
    <button type="button" className={`reveal reveal-${lang}`} {...{ [attr.reveal]: '', [attr.revealOther]: hide }} aria-expanded="false">
      {show}
    </button>
  );
}

/**
 * The passage menu's trigger: a plain menu button until the menu loads (components/share/segment-menus.client.tsx).
 * Its three dots are drawn by share.css, not an SVG: one per segment, four elements each, were an eighth of a long document's elements.
 */
function SegmentMenuButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      className="share-menu-button js-only"
      aria-label={label}
      aria-haspopup="menu"
      aria-expanded="false"
      {...{ [attr.segmentMenu]: '' }}
    />
  );
}

export function mdxComponents({ locale, meta, firstSegment, t, share, links, relations, sizes }: Options) {
  // The reading text is one Tab stop (a roving tabindex over the sentences): its first sentence.
  const first = { seg: firstSegment, n: '1', lang: 'zh' };

  function Segment({ id, kind, children }: { id: string; kind?: string; children?: ReactNode }) {
    const segmentKind = kindOf(kind);
    const segment = (
      <div id={id} {...{ [attr.segment]: id }} className={`seg seg-${segmentKind}`} style={sizes.get(id)}>
        <SegmentMenuButton label={share('trigger')} />
        {children}
        {/* Shown only in single-language views (which need JavaScript): one tap shows the other language. */}
        <Reveal lang="en" show={t('showOther')} hide={t('hideOther')} />
        <Reveal lang="zh" show={t('showOtherZh')} hide={t('hideOtherZh')} />
      </div>
    );
    if (segmentKind !== 'title') return segment;
    return (
      <>
        {segment}
        <Byline locale={locale} meta={meta} t={t} />
        {relations}
      </>
    );
  }

  function block(lang: Lang) {
    return function Block({ children }: { seg?: string; kind?: string; children?: ReactNode }) {
      return (
        <div className={blockClass[lang]} lang={htmlLang(lang)}>
          {children}
        </div>
      );
    };
  }

  /** A paragraph of a block; an article's first paragraph opens with its label, as laws are printed. */
  function Para({ kind, label, children }: { kind?: string; label?: string; children?: ReactNode }) {
    const labelled = label ? (
      <>
        <strong className="article-label">{label}</strong>{' '}
      </>
    ) : null;
    return createElement(tagFor(kindOf(kind)), { className: 'block-text' }, labelled, children);
  }

  function S({ seg, n, lang, children }: { seg: string; n: string; lang?: string; children?: ReactNode }) {
    const tabIndex = seg === first.seg && n === first.n && lang === first.lang ? 0 : -1;
    return (
      <span {...{ [attr.sentence]: sentenceKey(seg, Number(n) - 1) }} tabIndex={tabIndex}>
        {children}
      </span>
    );
  }

  // A term is a link to its glossary entry; a document's title, to that document (at the passage
  // the mark names), and stays a link when the term cards load (components/glossary/term-popover).
  function T({ id, at, children }: { id: string; at?: string; children?: ReactNode }) {
    const target = linkOf(links, id, at);
    if (target) {
      const href = target.segment ? routes.segment(locale, target.slug, target.segment) : routes.document(locale, target.slug);
      return (
        <a {...{ [attr.term]: id, [attr.docLink]: target.slug }} href={href} className="term-doc">
          {children}
        </a>
      );
    }
    return (
      <a {...{ [attr.term]: id }} href={routes.term(locale, id)}>
        {children}
      </a>
    );
  }

  function Note({ children }: { children?: ReactNode }) {
    return (
      <aside className="tn" lang="en">
        <span className="tn-label">{t('translatorsNote')}: </span>
        {children}
      </aside>
    );
  }

  // Paragraph wrappers from MDX are dropped: the blocks above choose the element.
  function P({ children }: ComponentProps<'p'>) {
    return <>{children}</>;
  }

  return { Segment, Zh: block('zh'), En: block('en'), Para, S, T, Note, p: P };
}
