import postcss from 'postcss';
import { filterAttr } from '@/lib/glossary/glossary';
import { attr } from '@/lib/reader-dom/contract';
import type { LateCssPart } from '@/lib/routes/routes';
import { dropEmpty, inKeyframes, insideLayer } from './css-tree';

/*
 * The stylesheet that follows the first paint must not make the browser restyle the text. A new
 * stylesheet makes Chromium restyle every element its rules could apply to, and four kinds of
 * rule reach the whole document:
 * - `@property` registrations: any registration restyles every element;
 * - selectors whose subject is any element or a pseudo-element any element can have (`*`,
 *   `::before`, `::backdrop`, `::selection`, `::highlight(search-hit)`);
 * - selectors whose subject is an element laid out only near the viewport (`content-visibility:
 *   auto`): a segment (`.seg`, `.seg-heading`) or a glossary entry (`[data-glossary-entry]`).
 *   Restyling one lays it out again, with all it holds: a rule on the glossary's entries,
 *   appended alone, restyled 721 elements of that page, where `.font-bold` restyles 152;
 * - selectors whose subject is the root element (`html`, `:root`, `:host`): the root's restyle can
 *   pass to every element below it. Appended alone, Tailwind's `html,:host` made Chromium restyle
 *   all 959 elements of the Regulations' page; every other rule of the first part, at most 34.
 * On the interview repeated 16 times the first three kinds cost 34 of the 44 ms (unthrottled,
 * median of 9) that inserting the whole stylesheet took; without them, 10 ms. So every page
 * inlines all four kinds (critical-css.ts: the rules for segments and glossary entries on the pages
 * that render any), and the stylesheet after the paint (`routes.siteCssLate(part)`) leaves them
 * out. The whole stylesheet (`routes.siteCss()`) stays as it is for a page the browser mounts
 * without server HTML.
 *
 * Each page loads its own copy of these parts, without the rules it has inlined
 * (page-late-css.ts); these whole parts are what it falls back on.
 *
 * Pages load the stylesheet after the paint in two parts (routes.ts: lateCssParts), each appended
 * once the one before has loaded. Parsing the whole sheet and restyling for it were one task each,
 * long enough at four times this machine's time (a mid-range phone's) to block the main thread; a
 * part's restyle takes 4.2 to 4.7 ms where the whole's took 6.7 ms, and its parsing is shorter in
 * proportion to its size. The cut is at Tailwind's utilities layer, so the cascade is right at
 * every moment: every page's inline CSS has already declared the layers in their order, and
 * appending the utilities last keeps each rule where the whole stylesheet had it.
 * Inserting a part before another instead would make Chromium restyle the whole page.
 */

/** The selector's subject: its last compound selector. */
function subject(selector: string): string {
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let index = 0; index < selector.length; index++) {
    const char = selector[index] ?? '';
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (depth === 0 && /[\s>+~]/.test(char)) start = index + 1;
  }
  return selector.slice(start);
}

const pseudo = /::?[\w-]+(\((?:[^()]|\([^()]*\))*\))?/g;

// Pseudo-elements only form controls have: Chromium restyles just those for a rule on them.
const controlsOnly = /^::(placeholder|file-selector-button|-webkit-(datetime|date-and-time|inner-spin|outer-spin|search|calendar))/;

/** `*`, `::backdrop`, `:after`, `*:hover`: a subject that is any element or a pseudo-element any element can have. */
export function anyElement(selector: string): boolean {
  const compound = subject(selector.trim());
  if (!/^(\*|::|:before|:after)/.test(compound) || controlsOnly.test(compound)) return false;
  const rest = compound.replace(pseudo, '');
  return rest === '' || rest === '*';
}

/** `html`, `:root`, `:host`, `:root[data-theme=dark]`: a subject that is the root element. */
export function theRoot(selector: string): boolean {
  return /^(html|:root|:host)(?![\w-])/.test(subject(selector.trim()));
}

/**
 * The elements laid out only near the viewport, each with the attribute every one of them carries,
 * by which a page's HTML shows that it renders any.
 */
export const skippedElements = [
  { marker: attr.segment, subject: /\.seg(?:-[\w-]+)?(?![\w-])/ },
  { marker: filterAttr.entry, subject: new RegExp(`\\[${filterAttr.entry}(?![\\w-])`) },
] as const;

export type SkippedMarker = (typeof skippedElements)[number]['marker'];

/**
 * `.seg`, `.seg-heading[data-x]`, `[data-glossary-entry]:hover`: a subject that is an element laid
 * out only near the viewport; the attribute that marks such elements, or null.
 */
export function skippedSubject(selector: string): SkippedMarker | null {
  const compound = subject(selector.trim()).replace(pseudo, '');
  return skippedElements.find((element) => element.subject.test(compound))?.marker ?? null;
}

/**
 * Whether a selector would restyle the whole text if it came after the first paint, and so where
 * it is inlined instead: on every page, or on the pages whose HTML has elements with this marker.
 */
function inlinedOn(selector: string): 'every page' | SkippedMarker | null {
  if (anyElement(selector) || theRoot(selector)) return 'every page';
  return skippedSubject(selector);
}

export type InlinedSelectors = { everyPage: string[]; withMarker: Partial<Record<SkippedMarker, string[]>> };

/** The site stylesheet's selectors that pages inline whether they match or not, because lateCss leaves them out. */
export function inlinedSelectors(css: string): InlinedSelectors {
  const found: InlinedSelectors = { everyPage: [], withMarker: {} };
  postcss.parse(css).walkRules((rule) => {
    for (const selector of rule.selectors) {
      const where = inlinedOn(selector);
      if (where === 'every page') found.everyPage.push(selector);
      else if (where !== null) (found.withMarker[where] ??= []).push(selector);
    }
  });
  return found;
}

/**
 * The site stylesheet without what every page inlines for its first paint and the browser would
 * restyle the whole text for. Tailwind's fallback for browsers without `@property` stays: behind
 * its `@supports` it does nothing in a browser that has it, and it is all another browser has.
 */
export function lateCss(css: string): string {
  return lateRoot(css).toString();
}

/** lateCss as a tree, for cutting into parts. */
function lateRoot(css: string): postcss.Root {
  const root = postcss.parse(css);
  root.walkAtRules('property', (rule) => {
    rule.remove();
  });
  root.walkRules((rule) => {
    if (inKeyframes(rule) || insideLayer(rule, 'properties')) return;
    const kept = rule.selectors.filter((selector) => inlinedOn(selector) === null);
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  dropEmpty(root);
  return root;
}

/** lateCss cut where Tailwind's utilities layer starts: the layers before it, then it and what follows. */
export function splitLateCss(css: string): Record<LateCssPart, string> {
  const root = lateRoot(css);
  const cut = root.nodes.findIndex((node) => node.type === 'atrule' && node.name === 'layer' && node.params === 'utilities');
  if (cut < 0) throw new Error('the site stylesheet has no utilities layer to cut the stylesheet after the paint at');
  const part = (nodes: postcss.ChildNode[]) => postcss.root({ nodes: nodes.map((node) => node.clone()) }).toString();
  return { layers: part(root.nodes.slice(0, cut)), utilities: part(root.nodes.slice(cut)) };
}
