import type { ComponentProps, ReactNode } from 'react';
import type { Lang } from '@/lib/content/model';
import { SegmentMenu } from '@/components/share/segment-menu.client';

/*
 * The one MDX component map. remarkBilingual has already split sentences and passes
 * segment facts as string props, so everything here renders on the server.
 */

type Labels = { showEn: string; hideEn: string; showZh: string; hideZh: string; note: string };
type Options = { locale: string; labels: Labels; afterTitle?: ReactNode };
type Kind = 'title' | 'lead' | 'heading' | 'paragraph';

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
      <div id={id} data-segment={id} data-kind={segmentKind} className={`seg seg-${segmentKind}`}>
        {/* Passage actions (share, highlight, note, cite); renders nothing outside the document page. */}
        <SegmentMenu segmentId={id} />
        {children}
        {/* Shown only in single-language views (which need JavaScript): one tap shows the other language. */}
        <button
          type="button"
          className="reveal reveal-en"
          data-reveal={id}
          aria-expanded="false"
          data-show={labels.showEn}
          data-hide={labels.hideEn}
        >
          {labels.showEn}
        </button>
        <button
          type="button"
          className="reveal reveal-zh"
          data-reveal={id}
          aria-expanded="false"
          data-show={labels.showZh}
          data-hide={labels.hideZh}
        >
          {labels.showZh}
        </button>
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
        <div className={`block block-${lang}`} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
          <Tag className="block-text">{children}</Tag>
        </div>
      );
    };
  }

  function S({ seg, n, readings, children }: { seg: string; n: string; lang?: string; readings?: string; children?: ReactNode }) {
    return (
      <span data-sentence={`${seg}.${n}`} data-readings={readings} className="sent">
        {children}
      </span>
    );
  }

  function T({ id, children }: { id: string; children?: ReactNode }) {
    return (
      <a data-term={id} href={`/${locale}/glossary/${id}`} className="term">
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
