'use client';

import { useEffect } from 'react';
import { alignedSentences, allSentences, attr, focusSentence, segmentOf, selectors, sentenceOf } from '@/lib/reader-dom/contract';
import { fileLoader } from '@/lib/reader/file-loader';
import type { Readings } from '@/lib/reader/pinyin-dom';
import { routes } from '@/lib/routes/routes';
import { copiedNote, type ScriptFile } from '@/lib/script/script';

// Pinyin and Traditional characters are switched on by few readers: their code loads when they are.
const loadPinyinDom = () => import('@/lib/reader/pinyin-dom');
const loadScriptDom = () => import('@/lib/script/dom');
type ScriptDom = Awaited<ReturnType<typeof loadScriptDom>>;

type Mark = 'data-hover' | 'data-pinned';

/** Marks a sentence and its translation (or nothing), clearing the mark everywhere else. */
function mark(sentence: HTMLElement | null, attribute: Mark) {
  for (const element of document.querySelectorAll(`[${attribute}]`)) element.removeAttribute(attribute);
  if (sentence) for (const element of alignedSentences(sentence)) element.setAttribute(attribute, '');
}

function visibleSentences(): HTMLElement[] {
  return allSentences().filter((element) => element.checkVisibility());
}

/** Shows or hides the other language of one segment in a single-language view. */
function toggleReveal(button: HTMLButtonElement) {
  const segment = segmentOf(button);
  const open = String(segment?.toggleAttribute(attr.revealed) ?? false);
  for (const reveal of segment?.querySelectorAll<HTMLButtonElement>(selectors.reveal) ?? []) {
    if (reveal.getAttribute('aria-expanded') === open) continue;
    reveal.setAttribute('aria-expanded', open);
    const other = reveal.getAttribute(attr.revealOther);
    if (other === null) continue;
    reveal.setAttribute(attr.revealOther, reveal.textContent ?? '');
    reveal.textContent = other;
  }
}

/**
 * Progressive enhancement of the server-rendered text, through listeners on the document:
 * aligned-sentence highlighting on hover, focus and tap; arrow-key reading from sentence to
 * sentence (one Tab stop for the whole text); the per-segment "show the other language"
 * buttons of single-language views; and pinyin, built when it is switched on.
 */
type Props = { locale: string; slug: string };

const loadReadings = fileLoader<Readings>();
const loadScript = fileLoader<ScriptFile>();

export function ReaderEnhancer({ locale, slug }: Props) {
  useEffect(() => {
    // Pinyin is built on demand: now if the page opened with it on, later when it is switched on.
    const root = document.documentElement;
    const showPinyin = () => {
      if (root.getAttribute('data-pinyin') !== 'on') return;
      Promise.all([loadReadings(routes.readings(locale, slug)), loadPinyinDom()]).then(
        ([readings, { applyPinyin }]) => applyPinyin(document, readings),
        // Offline or a failed fetch: the Chinese stays readable, without readings this time.
        () => undefined,
      );
    };
    showPinyin();
    const pinyinObserver = new MutationObserver(showPinyin);
    pinyinObserver.observe(root, { attributes: true, attributeFilter: ['data-pinyin'] });

    // Traditional characters, from the document's script file; Simplified is the HTML itself.
    let scriptRun = 0;
    let scriptDom: ScriptDom | null = null;
    const showScript = () => {
      const run = ++scriptRun;
      const hant = root.getAttribute('data-script') === 'hant';
      // Until Traditional is first asked for, the page is its Simplified HTML: nothing to load.
      if (!hant && !scriptDom) return;
      Promise.all([loadScriptDom(), hant ? loadScript(routes.traditional(locale, slug)) : null]).then(
        ([dom, file]) => {
          scriptDom = dom;
          if (run === scriptRun) dom.applyScript(document, hant ? 'hant' : 'hans', file);
        },
        () => undefined,
      );
    };
    showScript();
    const scriptObserver = new MutationObserver(showScript);
    scriptObserver.observe(root, { attributes: true, attributeFilter: ['data-script'] });

    // Entering a sentence marks it; leaving the text for something else clears. A pointer moving
    // about outside the text (or an element sliding under a resting one, such as the reading
    // progress bar growing as the page scrolls) leaves a focused sentence's highlight alone.
    const onOver = (event: PointerEvent) => {
      const sentence = sentenceOf(event.target);
      if (sentence) mark(sentence, 'data-hover');
    };
    const onLeave = (event: PointerEvent) => {
      if (sentenceOf(event.target) && !sentenceOf(event.relatedTarget)) mark(null, 'data-hover');
    };
    const onFocus = (event: FocusEvent) => {
      const sentence = sentenceOf(event.target);
      if (sentence && event.target === sentence) focusSentence(sentence, { focus: false });
      mark(sentence, 'data-hover');
    };
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const reveal = target?.closest<HTMLButtonElement>(selectors.reveal);
      if (reveal) {
        toggleReveal(reveal);
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
      let next: HTMLElement | undefined;
      switch (event.key) {
        case 'ArrowDown':
        case 'ArrowRight':
          next = visible[index + 1];
          break;
        case 'ArrowUp':
        case 'ArrowLeft':
          next = visible[index - 1];
          break;
        case 'Home':
          next = visible[0];
          break;
        case 'End':
          next = visible.at(-1);
          break;
        case 'Enter':
        case ' ':
          event.preventDefault();
          mark(sentence.hasAttribute('data-pinned') ? null : sentence, 'data-pinned');
          return;
        default:
          return;
      }
      event.preventDefault();
      if (next) focusSentence(next);
    };

    // Chinese copied from the Traditional view says it is not the script the text was published in.
    const onCopy = (event: ClipboardEvent) => {
      const selection = window.getSelection();
      const text = selection?.toString() ?? '';
      const from = selection?.anchorNode?.parentElement;
      if (!scriptDom?.traditionalShown() || !text.trim() || !from?.closest('.block-zh') || !event.clipboardData) return;
      event.clipboardData.setData('text/plain', `${text}\n${copiedNote}`);
      event.preventDefault();
    };

    document.addEventListener('copy', onCopy);
    document.addEventListener('pointerover', onOver);
    document.addEventListener('pointerout', onLeave);
    document.addEventListener('focusin', onFocus);
    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKey);
    return () => {
      pinyinObserver.disconnect();
      scriptObserver.disconnect();
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('pointerover', onOver);
      document.removeEventListener('pointerout', onLeave);
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKey);
    };
  }, [locale, slug]);

  return null;
}
