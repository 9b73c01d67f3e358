'use client';

import { useLocale, useTranslations } from 'next-intl';
import { DropdownMenu } from 'radix-ui';
import { useLayoutEffect, useRef, useState } from 'react';
import { useKeyboardOpenFocus } from '@/components/site/menu-button.client';
import { htmlLang } from '@/i18n/routing';
import type { Lang } from '@/lib/content/model';
import { findBlock, sentenceElements, sentenceKey, shownLang } from '@/lib/reader-dom/contract';
import { excerpt } from '@/lib/text/text';
import { requestWords } from '@/lib/dictionary/events';
import { requestReadFrom } from '@/lib/read-aloud/events';
import { requestShare } from './share-events';
import type { ShareAction } from './types';

type Props = {
  segmentId: string;
  byKeyboard: boolean;
  /** The menu's trigger is there: the plain button it replaces can go. */
  onReady: () => void;
};

type SentenceItem = { index: number; text: string; lang: Lang };

const ACTIONS: { action: ShareAction; label: 'highlight' | 'addNote' | 'copyLink' | 'share' | 'copyCitation' }[] = [
  { action: 'highlight', label: 'highlight' },
  { action: 'note', label: 'addNote' },
  { action: 'link', label: 'copyLink' },
  { action: 'share', label: 'share' },
  { action: 'cite', label: 'copyCitation' },
];

/** The sentences of the segment in the language on screen, shortened to label the menu items. */
function readSentences(segmentId: string, locale: Lang): SentenceItem[] {
  const lang = shownLang(locale);
  const block = findBlock(segmentId, lang);
  return (block ? sentenceElements(block) : []).map((element, index) => ({
    index,
    text: excerpt((element.textContent ?? '').trim(), lang === 'zh' ? 16 : 36),
    lang,
  }));
}

/** A segment's menu itself, loaded on first use (see segment-menu.client.tsx); it mounts open. */
export function SegmentDropdown({ segmentId, byKeyboard, onReady }: Props) {
  const t = useTranslations('Share');
  const locale = useLocale();
  const trigger = useRef<HTMLButtonElement>(null);
  // Actions that move focus elsewhere (toolbar, dialog) must stop the menu from taking it back.
  const focusMoves = useRef(false);
  const onFocus = useKeyboardOpenFocus(byKeyboard, '[role="menuitem"]');
  // This component mounts open (the first opening happened on the plain button, which it replaces).
  const [sentences, setSentences] = useState(() => readSentences(segmentId, locale));
  const [chineseSentences] = useState(() => {
    const block = findBlock(segmentId, 'zh');
    return block ? sentenceElements(block).length : 0;
  });

  useLayoutEffect(onReady, [onReady]);

  const act = (action: ShareAction) => {
    focusMoves.current = action === 'note' || action === 'cite';
    requestShare({ type: 'action', action, target: { kind: 'segment', segmentId }, origin: trigger.current });
  };

  const openSentence = (sentence: SentenceItem) => {
    focusMoves.current = true;
    requestShare({
      type: 'toolbar',
      target: { kind: 'sentence', segmentId, sentence: sentence.index, lang: sentence.lang },
      origin: trigger.current,
    });
  };

  return (
    // Non-modal, like the theme menu: a modal menu would aria-hide the text around it.
    <DropdownMenu.Root modal={false} defaultOpen onOpenChange={(open) => open && setSentences(readSentences(segmentId, locale))}>
      <DropdownMenu.Trigger ref={trigger} className="share-menu-button js-only" aria-label={t('menu.trigger')} />
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          className="menu share-menu"
          data-share-ui=""
          align="end"
          sideOffset={4}
          collisionPadding={8}
          onFocus={onFocus}
          onCloseAutoFocus={(event) => {
            if (focusMoves.current) event.preventDefault();
            focusMoves.current = false;
          }}
        >
          <DropdownMenu.Label className="menu-label">{t('menu.label')}</DropdownMenu.Label>
          {ACTIONS.map(({ action, label }) => (
            <DropdownMenu.Item key={action} className="menu-item share-menu-item" onSelect={() => act(action)}>
              {t(`actions.${label}`)}
            </DropdownMenu.Item>
          ))}
          <DropdownMenu.Item className="menu-item share-menu-item" onSelect={() => requestReadFrom(sentenceKey(segmentId, 0))}>
            {t('menu.readAloud')}
          </DropdownMenu.Item>
          {chineseSentences > 0 && (
            <DropdownMenu.Item
              className="menu-item share-menu-item"
              onSelect={() => {
                focusMoves.current = true;
                requestWords({ segmentId, origin: trigger.current });
              }}
            >
              {t(chineseSentences > 1 ? 'menu.wordsMany' : 'menu.words')}
            </DropdownMenu.Item>
          )}
          {sentences.length > 1 && (
            <>
              <DropdownMenu.Separator className="menu-separator" />
              {/* A group, not a submenu: a nested menu has no room beside this one on a phone. */}
              <DropdownMenu.Group aria-label={t('menu.sentences')}>
                <DropdownMenu.Label className="menu-label">{t('menu.sentences')}</DropdownMenu.Label>
                {sentences.map((sentence) => (
                  <DropdownMenu.Item key={sentence.index} className="menu-item share-menu-item" onSelect={() => openSentence(sentence)}>
                    <span className="share-menu-n">{t('menu.sentence', { n: sentence.index + 1 })}</span>{' '}
                    <span className="share-menu-excerpt" lang={htmlLang(sentence.lang)}>
                      {sentence.text}
                    </span>
                  </DropdownMenu.Item>
                ))}
              </DropdownMenu.Group>
            </>
          )}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
