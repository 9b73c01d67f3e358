import Beasties from 'beasties';
import { attr } from '@/lib/reader-dom/contract';
import { prefAttributes } from '@/lib/reader/prefs';
import { inlinedSelectors } from './late-css';
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
 *   every page, and every rule for a segment, in any state, on the pages with segments.
 */

const stateful = new RegExp(`\\[(${[...prefAttributes, 'open'].join('|')})\\b`);

type Cutters = { plain: Beasties; withSegments: Beasties };
const cutters = new Map<string, Cutters>();

function cuttersFor(css: string): Cutters {
  let found = cutters.get(css);
  if (!found) {
    const { everyPage, withSegments } = inlinedSelectors(css);
    const options = { reduceInlineStyles: true, keyframes: 'critical', logLevel: 'warn' } as const;
    found = {
      plain: new Beasties({ ...options, allowRules: [stateful, ...everyPage] }),
      withSegments: new Beasties({ ...options, allowRules: [stateful, ...everyPage, ...withSegments] }),
    };
    cutters.set(css, found);
  }
  return found;
}

const siteStyle = /<style data-site-css="">([\s\S]*?)<\/style>/;

/** The page's HTML with its inline site stylesheet cut to the rules the page can use. */
export async function withCriticalCss(html: string): Promise<string> {
  const inline = siteStyle.exec(html);
  if (!inline) return html;
  const { plain, withSegments } = cuttersFor(inline[1] ?? '');
  const beasties = html.includes(` ${attr.segment}="`) ? withSegments : plain;
  const reduced = /<style data-site-css[^>]*>([\s\S]*?)<\/style>/.exec(await beasties.process(html))?.[1];
  if (reduced === undefined) throw new Error('the site stylesheet went missing from the critical CSS pass');
  const before = html.slice(0, inline.index);
  const after = html.slice(inline.index + inline[0].length);
  const css = withoutUnreadFallback(reduced, before + after);
  return before + `<style data-site-css="">${css}</style>` + after;
}
