'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Popover } from 'radix-ui';
import { CloseIcon, closeButtonClass } from '@/components/site/close-button';
import { MixedText } from '@/components/site/mixed-text';
import type { RefObject } from 'react';
import type { TermCard } from '@/lib/glossary/glossary';
import { routes } from '@/lib/routes/routes';
import type { OpenCard } from './types';

type Props = {
  card: TermCard;
  open: OpenCard;
  anchor: RefObject<HTMLElement | null>;
  onClose: () => void;
  /** Whether an element is a term: focus moving to one re-targets the card instead of closing it. */
  isTerm: (target: EventTarget | null) => boolean;
  onPointerEnter: () => void;
  onPointerLeave: (pointerType: string) => void;
};

/** The card itself, loaded on the first hover, focus or tap of a term (Radix stays off first load). */
export function TermCardPopover({ card, open, anchor, onClose, isTerm, onPointerEnter, onPointerLeave }: Props) {
  const t = useTranslations('TermCard');
  const locale = useLocale();
  return (
    <Popover.Root open onOpenChange={(next) => !next && onClose()}>
      <Popover.Anchor virtualRef={anchor} />
      <Popover.Portal>
        <Popover.Content
          // A new mount when a preview becomes a pressed dialog, so that focus moves into it.
          key={`${open.id}:${open.via}`}
          className="z-60 max-h-[min(70vh,32rem)] w-[min(24rem,calc(100vw-1.5rem))] overflow-auto rounded-xl border border-line bg-surface px-4 pt-[0.9rem] pb-4 text-15 leading-normal text-ink shadow-[0_12px_32px_rgb(0_0_0/0.2)]"
          side="bottom"
          align="start"
          sideOffset={6}
          collisionPadding={12}
          aria-label={t('dialogLabel', { term: `${card.zh} ${card.en}` })}
          onOpenAutoFocus={(event) => {
            if (open.via === 'preview') event.preventDefault();
          }}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            if (open.via === 'press') anchor.current?.focus();
          }}
          onFocusOutside={(event) => {
            if (isTerm(event.target)) event.preventDefault();
          }}
          onPointerEnter={onPointerEnter}
          onPointerLeave={(event) => onPointerLeave(event.pointerType)}
        >
          <div className="flex items-start justify-between gap-2">
            <p className="font-reading-zh text-22 font-bold" lang="zh-CN">
              {card.zh}
            </p>
            <Popover.Close className={closeButtonClass} aria-label={t('close')}>
              <CloseIcon />
            </Popover.Close>
          </div>
          <p className="text-muted" lang="zh-Latn">
            <span className="sr-only">{t('pinyin')}: </span>
            {card.pinyin}
          </p>
          <p className="mt-[0.15rem] font-semibold" lang="en">
            <span className="sr-only">{t('english')}: </span>
            {card.en}
          </p>
          <p className="mt-[0.4rem] inline-block text-xs tracking-[0.04em] text-muted uppercase">{t(`category.${card.category}`)}</p>
          <p className="mt-[0.4rem]">
            <MixedText text={card.explanation} within={locale} />
          </p>
          {card.counts.length > 0 && (
            <>
              <p className="mt-[0.6rem] text-13 font-semibold">{t('counts')}</p>
              <ol className="grid list-decimal gap-[0.2rem] pl-5 text-sm">
                {card.counts.map((item) => (
                  <li key={item.zh}>
                    <span lang="zh-CN">{item.zh}</span>{' '}
                    <span lang="en" className="text-muted">
                      {item.en}
                    </span>
                  </li>
                ))}
              </ol>
            </>
          )}
          <p className="mt-[0.6rem] text-13 text-muted">{t('inDocuments', { count: card.documents })}</p>
          <p className="mt-2 flex flex-wrap gap-x-4">
            {card.document && (
              <a className="inline-block py-1 text-link underline" href={routes.document(locale, card.document.slug)}>
                {t('readDocument')}
                <span className="sr-only">: {card.document.title}</span>
              </a>
            )}
            <a className="inline-block py-1 text-link underline" href={routes.term(locale, card.id)}>
              {t('openEntry')}
            </a>
          </p>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
