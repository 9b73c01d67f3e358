// Browser only: shows the page's Chinese in Traditional or Simplified characters by rewriting
// its text nodes in place (the elements, and every feature's listeners and marks, stay). The
// conversion keeps every text's length, so DOM offsets mean the same in both scripts; each unit
// remembers its Simplified text, which the features that match text (word lookup, search
// highlight) read through sourceText(). The text written is only ever our own build output
// (the document's script file), never anything from a URL or storage.

import { textNodes } from '@/lib/reader-dom/text-offsets';
import { hantLang, toTraditional, type Script, type ScriptFile } from './script';

const zhLang = '[lang="zh-CN"], [lang="zh-Hant"]';
// The reader's own controls (the toolbar's 拼, menus) are interface, not the document's text.
const notText = '.reader-toolbar, [data-share-ui], button';

type Unit = Element | Text;

const simplified = new WeakMap<Unit, string>();
let shown: ScriptFile | null = null;
// Until Traditional is first shown the page is exactly its Simplified HTML: nothing to restore.
let converted = false;

/** While the page shows Traditional characters: the conversion it uses (citations, shares, copies quote it). */
export function traditionalShown(): ((text: string) => string) | null {
  const file = shown;
  return file ? (text) => toTraditional(file, text) : null;
}

function currentText(unit: Unit): string {
  return unit instanceof Text
    ? unit.data
    : textNodes(unit)
        .map((node) => node.data)
        .join('');
}

/** Writes a text over the unit's text nodes, node by node, each keeping its length. */
function writeText(unit: Unit, text: string): void {
  let at = 0;
  for (const node of unit instanceof Text ? [unit] : textNodes(unit)) {
    const next = text.slice(at, at + node.length);
    if (next !== node.data) node.data = next;
    at += node.length;
  }
}

/** The Chinese elements of the page's document, outermost only. */
const inMain = '#main [lang="zh-CN"], #main [lang="zh-Hant"]';

function chineseElements(root: ParentNode): Element[] {
  // Outermost within the page's main (in the Chinese interface <html> itself is zh-CN).
  return [...root.querySelectorAll(inMain)].filter((element) => !element.closest(notText) && !element.parentElement?.closest(inMain));
}

/**
 * What converts as one: each sentence (its conversion depends on the whole of it), each Chinese
 * element without sentences (a title, a contents line), and the loose text between sentences.
 */
function units(root: ParentNode): Unit[] {
  const out: Unit[] = [];
  for (const element of chineseElements(root)) {
    const sentences = element.querySelectorAll('[data-sentence]');
    if (sentences.length === 0) {
      out.push(element);
      continue;
    }
    out.push(...sentences);
    for (const node of textNodes(element)) if (!node.parentElement?.closest('[data-sentence]')) out.push(node);
  }
  return out;
}

export function applyScript(root: ParentNode, script: Script, file: ScriptFile | null): void {
  shown = script === 'hant' ? file : null;
  // Every page load asks for Simplified: writing each lang attribute again would cost a long
  // document a long task (style invalidation per element) for no change.
  if (!shown && !converted) return;
  const elements = chineseElements(root);
  if (script === 'hant' && file) {
    converted = true;
    for (const unit of units(root)) {
      const text = simplified.get(unit) ?? currentText(unit);
      simplified.set(unit, text);
      writeText(unit, toTraditional(file, text));
    }
    for (const element of elements) {
      element.setAttribute('lang', hantLang);
      for (const inner of element.querySelectorAll(zhLang)) inner.setAttribute('lang', hantLang);
    }
  } else {
    for (const unit of units(root)) {
      const text = simplified.get(unit);
      if (text !== undefined) writeText(unit, text);
    }
    for (const element of elements) {
      element.setAttribute('lang', 'zh-CN');
      for (const inner of element.querySelectorAll(zhLang)) inner.setAttribute('lang', 'zh-CN');
    }
  }
}

/**
 * The Simplified text of a sentence or a Chinese block, whichever script it shows: the text as
 * published, which the dictionary, the search index and share anchors are built on.
 */
export function sourceText(element: Element): string {
  const own = simplified.get(element);
  if (own !== undefined) return own;
  let out = '';
  for (const node of textNodes(element)) {
    const sentence = node.parentElement?.closest('[data-sentence]');
    const unit = sentence && element.contains(sentence) && sentence !== element ? sentence : null;
    if (!unit) out += simplified.get(node) ?? node.data;
    else if (node === textNodes(unit)[0]) out += sourceText(unit);
  }
  return out;
}
