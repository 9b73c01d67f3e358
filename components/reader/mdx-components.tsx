import type { ComponentProps, ReactNode } from 'react';
import { SegmentMenu } from '@/components/share/segment-menu.client';
import { htmlLang, type AppLocale } from '@/i18n/routing';
import type { Lang, SegmentKind } from '@/lib/content/model';
import { attr, blockClass, sentenceKey } from '@/lib/reader-dom/contract';
import { routes } from '@/lib/routes/routes';

/*
 * The one MDX component map. remarkBilingual has already split sentences and passes segment facts
 * as string props, so everything here renders on the server. The attributes come from the
 * reader's DOM contract (lib/reader-dom/contract.ts), which every enhancer reads.
 */

type Labels = { showEn: string; hideEn: string; showZh: string; hideZh: string; note: string };

/** A reveal button names both states; CSS shows the one that matches aria-expanded. */
function Reveal({ segmentId, lang, show, hide }: { segmentId: string; lang: Lang; show: string; hide: string }) {
  return (
    <button type="button" className={`reveal reveal-${lang}`} {...{ [attr.reveal]: segmentId }} aria-expanded="false">
      <span className="reveal-show">{show}</span>
      <span className="reveal-hide">{hide}</span>
    </button>
  );
}
type Options = { locale: AppLocale; labels: Labels; afterTitle?: ReactNode };
type Kind = Extract<SegmentKind, 'title' | 'lead' | 'heading' | 'paragraph'>;

function kindOf(value: unknown): Kind {
  return value === 'title' || value === 'lead' || value === 'heading' ? value : 'paragraph';
}

function tagFor(kind: Kind) {
  if (kind === 'title') return 'h1';
  if (kind === 'heading') return 'h2';
  return 'p';
}

export function mdxComponents({ locale, labels, afterTitle }: Options) {
  function Segment({ id, kind, children }: { id: string; kind?: string; children?: ReactNode }) {
    const segmentKind = kindOf(kind);
    const segment = (
      <div id={id} {...{ [attr.segment]: id, [attr.kind]: segmentKind }} className={`seg seg-${segmentKind}`}>
        {/* Passage actions (share, highlight, note, cite); renders nothing outside the document page. */}
        <SegmentMenu segmentId={id} />
        {children}
        {/* Shown only in single-language views (which need JavaScript): one tap shows the other language. */}
        <Reveal segmentId={id} lang="en" show={labels.showEn} hide={labels.hideEn} />
        <Reveal segmentId={id} lang="zh" show={labels.showZh} hide={labels.hideZh} />
      </div>
    );
    if (segmentKind !== 'title') return segment;
    return (
      <>
        {segment}
        {afterTitle}
      </>
    );
  }

  function block(lang: Lang) {
    return function Block({ kind, children }: { seg?: string; kind?: string; children?: ReactNode }) {
      const Tag = tagFor(kindOf(kind));
      return (
        <div className={`block ${blockClass[lang]}`} lang={htmlLang(lang)}>
          <Tag className="block-text">{children}</Tag>
        </div>
      );
    };
  }

  function S({ seg, n, readings, children }: { seg: string; n: string; lang?: string; readings?: string; children?: ReactNode }) {
    return (
      <span {...{ [attr.sentence]: sentenceKey(seg, Number(n) - 1) }} data-readings={readings} className="sent">
        {children}
      </span>
    );
  }

  function T({ id, children }: { id: string; children?: ReactNode }) {
    return (
      <a {...{ [attr.term]: id }} href={routes.term(locale, id)} className="term">
        {children}
      </a>
    );
  }

  function Note({ children }: { children?: ReactNode }) {
    return (
      <aside className="tn" lang="en">
        <span className="tn-label">{labels.note}: </span>
        {children}
      </aside>
    );
  }

  // Paragraph wrappers from MDX are dropped: the blocks above choose the element.
  function P({ children }: ComponentProps<'p'>) {
    return <>{children}</>;
  }

  return { Segment, Zh: block('zh'), En: block('en'), S, T, Note, p: P };
}
