import Beasties from 'beasties';
import { prefAttributes } from '@/lib/reader/prefs';
import { inlinedSelectors, skippedElements, type InlinedSelectors } from './late-css';
import { withoutUnreadFallback } from './unread-fallback';

/*
 * Each page inlines only the site stylesheet's rules that can apply to its own HTML, the way
 * Beasties (Critters' successor) decides it: a rule stays if one of its selectors, stripped of
 * pseudo-classes, matches an element of the page. The rest of the stylesheet follows after the
 * first paint (defer.ts), in time for what scripts add later (menus, dialogs, cards, highlights).
 *
 * Some rules stay whether or not they match:
 * - those that match only once the page has set a state the HTML cannot show: the reader's
 *   preferences, which the head script writes on <html> before the first paint (view, theme, text
 *   size, pinyin, script, `data-js`), and an open <details>, which needs no script. So the first
 *   paint is the same as with the full stylesheet.
 * - those the stylesheet after the paint leaves out because adding them then would restyle the
 *   whole text (late-css.ts): rules for any element or pseudo-element (`*`, `::highlight()`) on
 *   every page, and every rule for a segment or a glossary entry, in any state, on the pages that
 *   render any.
 * - those the build names (`also`): rules the stylesheet after the paint would otherwise follow
 *   with a second copy of an inlined rule, to keep a tie's order, and so restyle every element
 *   with that rule's class (page-late-css.ts: tiedBeforeInline).
 */

const stateful = new RegExp(`\\[(${[...prefAttributes, 'open'].join('|')})\\b`);

const inlined = new Map<string, InlinedSelectors>();
const cutters = new Map<string, Beasties>();

/**
 * A cutter for a page whose HTML has the skipped elements (late-css.ts) with these markers, and
 * that inlines these further selectors (page-late-css.ts: tiedBeforeInline).
 */
function cutterFor(css: string, markers: readonly string[], also: readonly string[]): Beasties {
  const key = `${markers.join(' ')}\n${also.join('\n')}\n${css}`;
  let found = cutters.get(key);
  if (!found) {
    let selectors = inlined.get(css);
    if (!selectors) {
      selectors = inlinedSelectors(css);
      inlined.set(css, selectors);
    }
    const { everyPage, withMarker } = selectors;
    const own = skippedElements.flatMap(({ marker }) => (markers.includes(marker) ? (withMarker[marker] ?? []) : []));
    found = new Beasties({
      reduceInlineStyles: true,
      keyframes: 'critical',
      logLevel: 'warn',
      allowRules: [stateful, ...everyPage, ...own, ...also],
    });
    cutters.set(key, found);
  }
  return found;
}

const siteStyle = /<style data-site-css="">([\s\S]*?)<\/style>/;

/** The site CSS a page's HTML inlines, or null for a page that inlines none. */
export const inlineCss = (html: string): string | null => siteStyle.exec(html)?.[1] ?? null;

/**
 * The page's HTML with its inline site stylesheet cut to the rules the page can use, and to those
 * with the selectors `also` names. `html` is the page as built, with the whole stylesheet inline.
 */
export async function withCriticalCss(html: string, also: readonly string[] = []): Promise<string> {
  const inline = siteStyle.exec(html);
  if (!inline) return html;
  const markers = skippedElements.map(({ marker }) => marker).filter((marker) => html.includes(` ${marker}="`));
  const beasties = cutterFor(inline[1] ?? '', markers, also);
  const reduced = /<style data-site-css[^>]*>([\s\S]*?)<\/style>/.exec(await beasties.process(html))?.[1];
  if (reduced === undefined) throw new Error('the site stylesheet went missing from the critical CSS pass');
  const before = html.slice(0, inline.index);
  const after = html.slice(inline.index + inline[0].length);
  const css = withoutUnreadFallback(reduced, before + after);
  return before + `<style data-site-css="">${css}</style>` + after;
}
