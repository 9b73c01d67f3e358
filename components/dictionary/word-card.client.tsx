'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Popover } from 'radix-ui';
import { CloseIcon, closeButtonClass } from '@/components/site/close-button';
import { useMemo } from 'react';
import { joinWord } from '@/lib/dictionary/pinyin-marks';
import { routes } from '@/lib/routes/routes';
import type { OpenWord } from './types';
import { WordSenses } from './word-senses';

type Props = {
  open: OpenWord;
  onClose: () => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
};

const maxSenses = 4;

/**
 * The card itself, loaded on the first hover over the Chinese. A hover shows it beside the word
 * and leaves focus in the text (it stays while the pointer is on it, Escape closes it); a tap
 * opens it as a dialog with focus inside.
 */
export function WordCard({ open, onClose, onPointerEnter, onPointerLeave }: Props) {
  const t = useTranslations('Dictionary');
  const locale = useLocale();
  const { info, range } = open;
  // The word's first line box: a word broken across lines keeps its card by its start.
  const anchor = useMemo(
    () => ({ current: { getBoundingClientRect: () => range?.getClientRects()[0] ?? range?.getBoundingClientRect() ?? new DOMRect() } }),
    [range],
  );
  const word = info?.word ?? range?.toString() ?? '';
  const traditional = [...new Set(info?.senses.map((sense) => sense.traditional) ?? [])].filter((form) => form !== word);
  return (
    <Popover.Root open onOpenChange={(next) => !next && onClose()}>
      <Popover.Anchor virtualRef={anchor} />
      <Popover.Portal>
        <Popover.Content
          key={open.key}
          data-word-card=""
          className="z-60 max-h-[min(70vh,30rem)] w-[min(22rem,calc(100vw-1.5rem))] overflow-auto rounded-xl border border-line bg-surface px-4 pt-[0.8rem] pb-3 text-15 leading-normal text-ink shadow-[0_12px_32px_rgb(0_0_0/0.2)]"
          side="bottom"
          align="start"
          sideOffset={6}
          collisionPadding={12}
          aria-label={t('cardLabel', { word })}
          onOpenAutoFocus={(event) => {
            if (open.via === 'preview') event.preventDefault();
          }}
          onCloseAutoFocus={(event) => event.preventDefault()}
          onPointerEnter={onPointerEnter}
          onPointerLeave={onPointerLeave}
        >
          <div className="flex items-start justify-between gap-2">
            <p className="font-reading-zh text-22 font-bold">
              <span lang="zh-CN">{word}</span>
              {traditional.length > 0 && (
                <span className="ml-2 text-lg font-normal text-muted">
                  <span className="sr-only">{t('traditional')}: </span>
                  <span lang="zh-Hant">{traditional.join(' ')}</span>
                </span>
              )}
            </p>
            <Popover.Close className={closeButtonClass} aria-label={t('close')}>
              <CloseIcon />
            </Popover.Close>
          </div>
          {info === null ? (
            <p role="alert">{t('unavailable')}</p>
          ) : info.term ? (
            <>
              <p className="text-muted" lang="zh-Latn">
                <span className="sr-only">{t('pinyin')}: </span>
                {info.term.pinyin}
              </p>
              <p className="font-semibold" lang="en">
                {info.term.en}
              </p>
              <p className="mt-1 text-13 text-muted">{t('glossaryTerm')}</p>
              <a className="inline-block py-1 text-link underline" href={routes.term(locale, info.term.id)}>
                {t('openEntry')}
              </a>
            </>
          ) : info.senses.length > 0 ? (
            <WordSenses senses={info.senses.slice(0, maxSenses)} />
          ) : (
            <>
              <p className="text-muted" lang="zh-Latn">
                <span className="sr-only">{t('pinyin')}: </span>
                {joinWord(info.pinyin)}
              </p>
              <p>{t('notInDictionary')}</p>
            </>
          )}
          <p className="mt-2 text-xs text-muted">
            <a className="underline" href={routes.about(locale)}>
              {t('sourceLink')}
            </a>
          </p>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
