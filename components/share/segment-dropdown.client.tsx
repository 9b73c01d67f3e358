'use client';

import { DropdownMenu } from 'radix-ui';
import { useRef, useState } from 'react';
import { requestShare, type ShareAction } from './share-events';
import type { SegmentMenuLabels } from './segment-menu.client';

type Props = {
  segmentId: string;
  labels: SegmentMenuLabels;
  /** Opened from the keyboard: Radix did not see that key press, so focus the first item here. */
  byKeyboard: boolean;
};

type SentenceItem = { index: number; text: string; lang: 'zh' | 'en' };

const ACTIONS: ShareAction[] = ['highlight', 'note', 'link', 'share', 'cite'];

/** Language whose sentences label the menu items: the one on screen, else the interface's. */
function shownLang(locale: 'en' | 'zh'): 'zh' | 'en' {
  const view = document.documentElement.getAttribute('data-view');
  if (view === 'zh' || view === 'en') return view;
  return locale;
}

function excerpt(text: string, lang: 'zh' | 'en'): string {
  const max = lang === 'zh' ? 16 : 36;
  const chars = [...text.trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max).join('').trimEnd()}…`;
}

export function SegmentDropdown({ segmentId, labels, byKeyboard }: Props) {
  const trigger = useRef<HTMLButtonElement>(null);
  // Actions that move focus elsewhere (toolbar, dialog) must stop the menu from taking it back.
  const focusMoves = useRef(false);
  const keyboardFocusDone = useRef(false);
  const readSentences = (): SentenceItem[] => {
    const lang = shownLang(labels.locale);
    const elements = document.querySelectorAll<HTMLElement>(`[id="${CSS.escape(segmentId)}"] > .block-${lang} [data-sentence]`);
    return [...elements].map((element, index) => ({ index, text: excerpt(element.textContent ?? '', lang), lang }));
  };
  // This component mounts open (the first opening happened on the plain button before it loaded).
  const [sentences, setSentences] = useState<SentenceItem[]>(readSentences);

  const onOpenChange = (open: boolean) => {
    if (open) setSentences(readSentences());
  };

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
    <DropdownMenu.Root modal={false} defaultOpen onOpenChange={onOpenChange}>
      <DropdownMenu.Trigger ref={trigger} className="share-menu-button js-only" aria-label={labels.trigger}>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
          <circle cx="5" cy="12" r="2" fill="currentColor" />
          <circle cx="12" cy="12" r="2" fill="currentColor" />
          <circle cx="19" cy="12" r="2" fill="currentColor" />
        </svg>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          className="menu share-menu"
          data-share-ui=""
          align="end"
          sideOffset={4}
          collisionPadding={8}
          onFocus={(event) => {
            // Radix focuses the menu itself when it mounts open. Opened by a key press it did not
            // see (the plain button took it), move on to the item a keyboard opening would reach.
            if (!byKeyboard || keyboardFocusDone.current || event.target !== event.currentTarget) return;
            keyboardFocusDone.current = true;
            event.currentTarget.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
          }}
          onCloseAutoFocus={(event) => {
            if (focusMoves.current) event.preventDefault();
            focusMoves.current = false;
          }}
        >
          <DropdownMenu.Label className="menu-label">{labels.label}</DropdownMenu.Label>
          {ACTIONS.map((action) => (
            <DropdownMenu.Item key={action} className="menu-item share-menu-item" onSelect={() => act(action)}>
              {labels.actions[action]}
            </DropdownMenu.Item>
          ))}
          {sentences.length > 1 && (
            <>
              <DropdownMenu.Separator className="menu-separator" />
              {/* A group, not a submenu: a nested menu has no room beside this one on a phone. */}
              <DropdownMenu.Group aria-label={labels.sentences}>
                <DropdownMenu.Label className="menu-label">{labels.sentences}</DropdownMenu.Label>
                {sentences.map((sentence) => (
                  <DropdownMenu.Item key={sentence.index} className="menu-item share-menu-item" onSelect={() => openSentence(sentence)}>
                    <span className="share-menu-n">{labels.sentence.replace('{n}', String(sentence.index + 1))}</span>{' '}
                    <span className="share-menu-excerpt" lang={sentence.lang === 'zh' ? 'zh-CN' : 'en'}>
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
