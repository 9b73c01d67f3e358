import { parse as parseSelector, type Selector } from 'css-what';
import postcss, { AtRule } from 'postcss';
import { lateCssParts, type LateCssPart } from '@/lib/routes/routes';
import { dropEmpty, inKeyframes } from './css-tree';

/*
 * The stylesheet after the paint for one page: the site's (late-css.ts) without the rules the page
 * has already inlined (critical-css.ts). A new stylesheet makes Chromium restyle every element its
 * selectors could reach, whether or not the element's style changes: with the shared parts, the
 * interview's page restyled 140 and then 207 elements as they arrived. What is left is for what
 * scripts add later: menus, dialogs, cards, states.
 *
 * Taking a rule out moves it before every rule the page loads later, which changes the outcome
 * where two rules tie: the same cascade layer, the same specificity and a property in common, on
 * one element (a menu with `p-2 px-4` whose `.px-4` is inlined and whose `.p-2` is not would lose
 * its inline padding). Two rules can tie if one element can carry both rules' classes, in the
 * page's HTML or as its scripts can write them. The build settles such pairs by inlining the
 * earlier rule as well (tiedBeforeInline), so the order is the whole stylesheet's. pageLateCss
 * would otherwise keep the inlined rule in the late part too, after the rules it followed, and
 * that copy restyles every element with its class when it arrives.
 *
 * Measured on the interview's page (Chromium 156, unthrottled): style work after the first paint
 * 45 ms with the shared parts, 27 ms with its own (256 elements restyled, most of them for the
 * rules kept for ties), 7 ms (33) with every inlined rule left out. With the tied rules inlined
 * instead (about 120 rules, 1.3 KiB gzipped more in each page's HTML) the late parts restyle
 * none of its elements: median style work after the first paint 49 → 6 ms over 7 traced loads
 * each, interleaved. Common utilities (`.flex`, `.gap-2`, `.px-4`) are both inlined and written
 * by scripts, so which of them meet a late rule on one element cannot be told from words alone.
 */

type Specificity = readonly [number, number, number];

/** What a selector's subject (its last compound) needs of an element. */
type Subject = { classes: readonly string[]; tag: string | null; pseudoElement: string | null };

/**
 * Whether one element of the page can carry all these classes at once: the build answers from the
 * page's HTML and from the class names its scripts can write (build-first-paint.ts).
 */
export type CoOccur = (classes: readonly string[]) => boolean;

type Entry = {
  /** Where the rule sits (its at-rules) with its selector and declarations: how the inline CSS names it too. */
  key: string;
  /** Its cascade layer, which alone orders rules across layers. */
  layer: string;
  /** Null where the selector could not be read: it then ties with any. */
  specificity: Specificity | null;
  /** The properties it sets. */
  properties: readonly Property[];
  /** Null where the selector could not be read: it then ties with any. */
  subject: Subject | null;
};

const add = (a: Specificity, b: Specificity): Specificity => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const greater = (a: Specificity, b: Specificity) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
const none: Specificity = [0, 0, 0];
const takesMostSpecific = new Set(['is', 'not', 'has', 'matches', '-webkit-any']);

function compoundSpecificity(tokens: readonly Selector[]): Specificity {
  let total = none;
  for (const token of tokens) {
    if (token.type === 'tag' || token.type === 'pseudo-element') total = add(total, [0, 0, 1]);
    else if (token.type === 'attribute') total = add(total, token.name === 'id' && token.action === 'equals' ? [1, 0, 0] : [0, 1, 0]);
    else if (token.type === 'pseudo') {
      if (token.name === 'where') continue;
      if (takesMostSpecific.has(token.name) && Array.isArray(token.data)) {
        total = add(
          total,
          token.data.map(compoundSpecificity).reduce((max, next) => (greater(next, max) > 0 ? next : max), none),
        );
      } else total = add(total, [0, 1, 0]);
    }
  }
  return total;
}

function subjectOf(tokens: readonly Selector[]): Subject {
  const last = tokens.findLastIndex((token) =>
    ['descendant', 'child', 'sibling', 'adjacent', 'parent', 'column-combinator'].includes(token.type),
  );
  const classes: string[] = [];
  let tag: string | null = null;
  let pseudoElement: string | null = null;
  for (const token of tokens.slice(last + 1)) {
    if (token.type === 'attribute' && token.name === 'class' && token.action === 'element') classes.push(token.value);
    else if (token.type === 'tag') tag = token.name;
    else if (token.type === 'pseudo-element') pseudoElement = token.name;
  }
  return { classes, tag, pseudoElement };
}

/** The selector read once: its specificity and subject, or null for either it cannot read. */
function readSelector(selector: string): { specificity: Specificity | null; subject: Subject | null } {
  try {
    const [tokens, ...more] = parseSelector(selector);
    if (!tokens || more.length > 0) return { specificity: null, subject: null };
    return { specificity: compoundSpecificity(tokens), subject: subjectOf(tokens) };
  } catch {
    return { specificity: null, subject: null };
  }
}

/** A property as what it sets: `padding-left` is padding on the inline axis, `font` every part of a font. */
type Property = { base: string; axis: 'inline' | 'block' | null; part: string | null };

const inlineSide = /^(left|right|inline|inline-start|inline-end|x)$/;
const blockSide = /^(top|bottom|block|block-start|block-end|y)$/;

export function readProperty(name: string): Property {
  const bare = name.replace(/^-(webkit|moz|ms)-/, '');
  if (bare.startsWith('--')) return { base: bare, axis: null, part: null };
  if (/^(top|right|bottom|left)$/.test(bare)) return { base: 'inset', axis: inlineSide.test(bare) ? 'inline' : 'block', part: null };
  const aligned = /^(align|justify|place)-(items|content|self)$/.exec(bare);
  if (aligned) return { base: `align-${aligned[2]}`, axis: null, part: aligned[1] === 'place' ? null : (aligned[1] ?? null) };
  if (/^(row|column)-gap$/.test(bare)) return { base: 'gap', axis: null, part: bare.split('-')[0] ?? null };
  // Corners, physical or logical: any radius is taken to meet any other.
  if (bare.includes('radius')) return { base: 'border-radius', axis: null, part: null };
  if (bare === 'line-height') return { base: 'font', axis: null, part: 'line-height' };
  if (bare === 'inline-size' || bare === 'block-size') return { base: bare === 'inline-size' ? 'width' : 'height', axis: null, part: null };
  const [base = bare, ...rest] = bare.startsWith('scroll-')
    ? [bare.split('-').slice(0, 2).join('-'), ...bare.split('-').slice(2)]
    : bare.split('-');
  let axis: Property['axis'] = null;
  const parts: string[] = [];
  for (let index = 0; index < rest.length; index++) {
    const two = `${rest[index]}-${rest[index + 1] ?? ''}`;
    if (inlineSide.test(two) || blockSide.test(two)) {
      axis = inlineSide.test(two) ? 'inline' : 'block';
      index++;
    } else if (inlineSide.test(rest[index] ?? '') || blockSide.test(rest[index] ?? ''))
      axis = inlineSide.test(rest[index] ?? '') ? 'inline' : 'block';
    else parts.push(rest[index] ?? '');
  }
  return { base, axis, part: parts.length > 0 ? parts.join('-') : null };
}

/** Whether two properties can set the same thing: `padding` and `padding-top`, not `padding-inline` and `padding-top`. */
export function overlap(a: Property, b: Property): boolean {
  if (a.base === 'all' || b.base === 'all') return true;
  if (a.base !== b.base) return false;
  if (a.axis !== null && b.axis !== null && a.axis !== b.axis) return false;
  if (a.part === null || b.part === null || a.part === b.part) return true;
  return a.part.startsWith(`${b.part}-`) || b.part.startsWith(`${a.part}-`);
}

/**
 * Whether one element could match both subjects: not a pseudo-element and an element, not two
 * element names, and only classes that can meet on one element.
 */
function meet(a: Subject | null, b: Subject | null, coOccur: CoOccur): boolean {
  if (a === null || b === null) return true;
  if (a.pseudoElement !== b.pseudoElement) return false;
  if (a.tag !== null && b.tag !== null && a.tag !== b.tag) return false;
  const classes = [...new Set([...a.classes, ...b.classes])];
  return classes.length === 0 || coOccur(classes);
}

const ties = (a: Entry, b: Entry, coOccur: CoOccur) =>
  a.layer === b.layer &&
  (a.specificity === null || b.specificity === null || greater(a.specificity, b.specificity) === 0) &&
  a.properties.some((one) => b.properties.some((other) => overlap(one, other))) &&
  meet(a.subject, b.subject, coOccur);

function atRules(node: postcss.Node): AtRule[] {
  const chain: AtRule[] = [];
  for (let parent = node.parent; parent; parent = parent.parent) if (parent instanceof AtRule) chain.unshift(parent);
  return chain;
}

function ruleKey(rule: postcss.Rule, selector: string): string {
  const where = atRules(rule).map((at) => `@${at.name} ${at.params}`);
  const declarations = (rule.nodes ?? []).flatMap((node) =>
    node.type === 'decl' ? [`${node.prop}:${node.value}${node.important ? '!important' : ''}`] : [],
  );
  return `${where.join('|')}\n${selector}\n${declarations.join(';')}`;
}

// The shared parts are the same for every page: each rule is read once per build.
const entries = new Map<string, Entry>();

function entry(rule: postcss.Rule, selector: string): Entry {
  const key = ruleKey(rule, selector);
  const known = entries.get(key);
  if (known) return known;
  const layer = atRules(rule)
    .filter((at) => at.name === 'layer')
    .map((at) => at.params)
    .join('.');
  const properties = (rule.nodes ?? []).flatMap((node) => (node.type === 'decl' ? [readProperty(node.prop)] : []));
  const found = { key, layer, properties, ...readSelector(selector) };
  entries.set(key, found);
  return found;
}

/** The keys of a page's inline rules, one per selector. */
function inlineKeys(inlineCss: string): Set<string> {
  const keys = new Set<string>();
  postcss.parse(inlineCss).walkRules((rule) => {
    if (!inKeyframes(rule)) for (const selector of rule.selectors) keys.add(ruleKey(rule, selector));
  });
  return keys;
}

/**
 * The selectors of the rules the page loads late that a rule it inlines, later in the stylesheet,
 * could tie with, and of those that could tie with these in turn. The build inlines them too
 * (critical-css.ts), in their place, and checks that none is left: the page then keeps no
 * inlined rule for a tie, and its late stylesheet restyles only what its own rules can reach. A
 * rule kept for a tie (`.tool-button`, `.flex`) reaches every element carrying its class; the
 * rules inlined instead are ones the HTML does not match yet (menus, states): bytes, no style work.
 */
export function tiedBeforeInline(parts: Readonly<Record<LateCssPart, string>>, inlineCss: string, coOccur: CoOccur = () => true): string[] {
  const inlined = inlineKeys(inlineCss);
  const rules: { found: Entry; selector: string; inline: boolean }[] = [];
  for (const part of lateCssParts) {
    postcss.parse(parts[part]).walkRules((rule) => {
      if (inKeyframes(rule)) return;
      for (const selector of rule.selectors) {
        const found = entry(rule, selector);
        rules.push({ found, selector, inline: inlined.has(found.key) });
      }
    });
  }
  // A named selector is inlined wherever it appears (Beasties keeps every rule with it), and the
  // rules it inlines can tie with late rules before them in turn: named until none is added.
  const selectors = new Set<string>();
  const inline = (rule: (typeof rules)[number]) => rule.inline || selectors.has(rule.selector);
  for (let added = true; added;) {
    added = false;
    rules.forEach((rule, index) => {
      if (inline(rule)) return;
      for (let after = index + 1; after < rules.length; after++) {
        const later = rules[after];
        if (later && inline(later) && ties(rule.found, later.found, coOccur)) {
          selectors.add(rule.selector);
          added = true;
          return;
        }
      }
    });
  }
  return [...selectors];
}

/**
 * The page's stylesheet after the paint: each shared part without the rules its inline CSS has,
 * except where taking one out would change a tie (above). A part left empty is ''.
 */
export function pageLateCss(
  parts: Readonly<Record<LateCssPart, string>>,
  inlineCss: string,
  coOccur: CoOccur = () => true,
): Record<LateCssPart, string> {
  const inlined = inlineKeys(inlineCss);
  const loadedLate: Entry[] = [];
  const result: Record<LateCssPart, string> = { layers: '', utilities: '' };
  for (const part of lateCssParts) {
    const root = postcss.parse(parts[part]);
    root.walkRules((rule) => {
      if (inKeyframes(rule)) return;
      const kept = rule.selectors.filter((selector) => {
        const found = entry(rule, selector);
        const stays = !inlined.has(found.key) || loadedLate.some((before) => ties(before, found, coOccur));
        if (stays) loadedLate.push(found);
        return stays;
      });
      if (kept.length === 0) rule.remove();
      else if (kept.length < rule.selectors.length) rule.selectors = kept;
    });
    dropEmpty(root);
    result[part] = root.toString();
  }
  return result;
}

/**
 * Every word of the string literals in the site's scripts: the class names they can write. Tailwind
 * sees a class only where the source spells it whole, so a class a script writes is among these.
 */
export function scriptWords(js: string): Set<string> {
  const words = new Set<string>();
  for (const match of js.matchAll(/"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`([^`]*)`/g)) {
    for (const word of (match[1] ?? match[2] ?? match[3] ?? '').split(/\s+/)) if (word) words.add(word);
  }
  return words;
}

/**
 * Classes can meet on one element if an element of the page's HTML has them all, or if the scripts
 * can write them all (a menu, a dialog, an island rendered again): the words of the site's scripts
 * and the class names the page hands its islands as props (in its inline RSC payload, where
 * quotes are escaped). The page's static text gets no class from a script but the hosts' own
 * (segment menus, a shared passage), which are script words.
 */
export function coOccurrence(html: string, words: ReadonlySet<string>): CoOccur {
  const lists = Array.from(html.matchAll(/\sclass="([^"]*)"/g), (match) => new Set((match[1] ?? '').split(/\s+/)));
  const handed = new Set<string>();
  for (const match of html.matchAll(/\\?"className\\?":\\?"([^"\\]*)\\?"/g))
    for (const word of (match[1] ?? '').split(/\s+/)) handed.add(word);
  const written = (name: string) => words.has(name) || handed.has(name);
  return (classes) => classes.every(written) || lists.some((list) => classes.every((name) => list.has(name)));
}
