'use client';

import { useEffect } from 'react';
import { applyPinyin } from '@/lib/reader/pinyin-dom';

const sentenceSelector = '[data-sentence]';

function sentenceOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(sentenceSelector) : null;
}

function counterparts(sentence: HTMLElement): NodeListOf<HTMLElement> {
  return document.querySelectorAll<HTMLElement>(`[data-sentence="${CSS.escape(sentence.dataset.sentence ?? '')}"]`);
}

function visibleSentences(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(sentenceSelector)].filter((element) => element.checkVisibility());
}

/**
 * Progressive enhancement of the server-rendered text: aligned-sentence highlighting on hover,
 * focus and tap; arrow-key reading from sentence to sentence (one Tab stop for the whole text);
 * and the per-segment "show the other language" buttons of single-language views.
 */
export function ReaderEnhancer() {
  useEffect(() => {
    const mark = (sentence: HTMLElement | null, attribute: 'data-hover' | 'data-pinned') => {
      for (const element of document.querySelectorAll(`[${attribute}]`)) element.removeAttribute(attribute);
      if (sentence) for (const element of counterparts(sentence)) element.setAttribute(attribute, '');
    };

    // Pinyin is built on demand: now if the page opened with it on, later when it is switched on.
    const root = document.documentElement;
    const pinyinOn = () => root.getAttribute('data-pinyin') === 'on';
    if (pinyinOn()) applyPinyin(document);
    const pinyinObserver = new MutationObserver(() => {
      if (pinyinOn()) applyPinyin(document);
    });
    pinyinObserver.observe(root, { attributes: true, attributeFilter: ['data-pinyin'] });

    const sentences = [...document.querySelectorAll<HTMLElement>(sentenceSelector)];
    sentences.forEach((element, index) => element.setAttribute('tabindex', index === 0 ? '0' : '-1'));

    const moveFocus = (from: HTMLElement, to: HTMLElement | undefined) => {
      if (!to) return;
      from.setAttribute('tabindex', '-1');
      to.setAttribute('tabindex', '0');
      to.focus();
    };

    const onOver = (event: PointerEvent) => mark(sentenceOf(event.target), 'data-hover');
    const onLeave = (event: PointerEvent) => {
      if (!sentenceOf(event.relatedTarget)) mark(null, 'data-hover');
    };
    const onFocus = (event: FocusEvent) => {
      const sentence = sentenceOf(event.target);
      if (sentence && event.target === sentence) {
        for (const element of document.querySelectorAll(`${sentenceSelector}[tabindex="0"]`)) element.setAttribute('tabindex', '-1');
        sentence.setAttribute('tabindex', '0');
      }
      mark(sentence, 'data-hover');
    };
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const reveal = target?.closest<HTMLButtonElement>('button[data-reveal]');
      if (reveal) {
        const segment = document.getElementById(reveal.dataset.reveal ?? '');
        const open = segment?.toggleAttribute('data-revealed') ?? false;
        for (const button of segment?.querySelectorAll<HTMLButtonElement>('button[data-reveal]') ?? []) {
          button.setAttribute('aria-expanded', String(open));
          button.textContent = (open ? button.dataset.hide : button.dataset.show) ?? '';
        }
        return;
      }
      // A tap pins the pair; tapping a link (a glossary term) is left alone.
      if (target?.closest('a, button')) return;
      const sentence = sentenceOf(target);
      mark(sentence && !sentence.hasAttribute('data-pinned') ? sentence : null, 'data-pinned');
    };
    const onKey = (event: KeyboardEvent) => {
      const sentence = sentenceOf(event.target);
      if (!sentence || event.target !== sentence || event.altKey || event.ctrlKey || event.metaKey) return;
      const visible = visibleSentences();
      const index = visible.indexOf(sentence);
      const key = event.key;
      let next: HTMLElement | undefined;
      if (key === 'ArrowDown' || key === 'ArrowRight') next = visible[index + 1];
      else if (key === 'ArrowUp' || key === 'ArrowLeft') next = visible[index - 1];
      else if (key === 'Home') next = visible[0];
      else if (key === 'End') next = visible[visible.length - 1];
      else if (key === 'Enter' || key === ' ') {
        event.preventDefault();
        mark(sentence.hasAttribute('data-pinned') ? null : sentence, 'data-pinned');
        return;
      } else return;
      event.preventDefault();
      moveFocus(sentence, next);
    };

    document.addEventListener('pointerover', onOver);
    document.addEventListener('pointerout', onLeave);
    document.addEventListener('focusin', onFocus);
    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKey);
    return () => {
      pinyinObserver.disconnect();
      document.removeEventListener('pointerover', onOver);
      document.removeEventListener('pointerout', onLeave);
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKey);
    };
  }, []);

  return null;
}
