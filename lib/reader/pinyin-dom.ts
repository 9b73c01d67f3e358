// Browser only: sets the Chinese sentences with pinyin once it is wanted, from the document's
// readings file (readings are not in the page's HTML). Each word becomes `<span data-py>` (its
// pinyin written as one word, drawn above it by CSS, so the text's DOM text does not change) and
// each character in it `<span data-tone>` for the optional tone colours.

import { joinWord, toneOf } from '@/lib/dictionary/pinyin-marks';

const han = /\p{Script=Han}/u;
// Chinese line breaking: no line starts with these, none ends with the opening ones.
const closing = /^[，。、；：？！…—）》」』】〕”’%,.;:?!)\]]+/u;
const opening = /[（《「『【〔“‘(\[]+$/u;

/**
 * Readings by sentence, grouped by word ("s1-p1.2" → "shù-zì jīng-jì …": words apart by spaces,
 * syllables by hyphens), as /{locale}/documents/{slug}/readings.json serves them.
 */
export type Readings = Record<string, string>;

function textsOf(sentence: HTMLElement): Text[] {
  const texts: Text[] = [];
  const walker = document.createTreeWalker(sentence, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) if (walker.currentNode instanceof Text) texts.push(walker.currentNode);
  return texts;
}

/** Groups each word with the punctuation that must stay on its line (a word column may break anywhere). */
function keepPunctuation(fragment: DocumentFragment): void {
  const isWord = (node: ChildNode | null): node is HTMLElement =>
    node instanceof HTMLElement && (node.dataset.py !== undefined || node.dataset.nb !== undefined);
  const group = (word: HTMLElement) => {
    if (word.dataset.nb !== undefined) return word;
    const wrapper = document.createElement('span');
    wrapper.dataset.nb = '';
    word.replaceWith(wrapper);
    wrapper.append(word);
    return wrapper;
  };
  for (const node of [...fragment.childNodes]) {
    if (!(node instanceof Text)) continue;
    let rest = node;
    const before = node.previousSibling;
    const lead = closing.exec(node.data)?.[0];
    if (lead && isWord(before)) {
      rest = node.splitText(lead.length);
      group(before).append(node);
    }
    const tail = opening.exec(rest.data)?.[0];
    const after = rest.nextSibling;
    if (tail && isWord(after)) group(after).prepend(tail.length === rest.length ? rest : rest.splitText(rest.length - tail.length));
  }
}

export function applyPinyin(root: ParentNode, readings: Readings): void {
  for (const sentence of root.querySelectorAll<HTMLElement>('.block-zh [data-sentence]:not([data-ruby])')) {
    const words = (readings[sentence.dataset.sentence ?? ''] ?? '')
      .split(' ')
      .filter(Boolean)
      .map((word) => word.split('-'));
    let wordIndex = 0;
    let inWord = 0;
    for (const text of textsOf(sentence)) {
      if (!han.test(text.data)) continue;
      const fragment = document.createDocumentFragment();
      let run = '';
      let word: HTMLElement | null = null;
      let syllables: string[] = [];
      // A word cut by an element boundary (a term's link) is set as two parts, each with its syllables.
      const closeWord = () => {
        if (!word) return;
        word.dataset.py = joinWord(syllables.join(' '));
        fragment.append(word);
        word = null;
        syllables = [];
      };
      for (const char of text.data) {
        if (!han.test(char)) {
          closeWord();
          run += char;
          continue;
        }
        if (run) fragment.append(run);
        run = '';
        const current = words[wordIndex] ?? [];
        word ??= document.createElement('span');
        const syllable = current[inWord] ?? '';
        const glyph = document.createElement('span');
        glyph.dataset.tone = String(toneOf(syllable));
        glyph.textContent = char;
        word.append(glyph);
        syllables.push(syllable);
        inWord++;
        if (inWord >= current.length) {
          closeWord();
          wordIndex++;
          inWord = 0;
        }
      }
      closeWord();
      if (run) fragment.append(run);
      keepPunctuation(fragment);
      text.replaceWith(fragment);
    }
    sentence.setAttribute('data-ruby', '');
  }
}
