import Beasties from 'beasties';
import { prefAttributes } from '@/lib/reader/prefs';
import { withoutUnusedProperties } from './unused-properties';

/*
 * Each page inlines only the site stylesheet's rules that can apply to its own HTML, the way
 * Beasties (Critters' successor) decides it: a rule stays if one of its selectors, stripped of
 * pseudo-classes, matches an element of the page. The full stylesheet follows after the first
 * paint (defer.ts), in time for what scripts add later (menus, dialogs, cards, highlights).
 *
 * Some rules match only once the page has set a state that the HTML cannot show: the reader's
 * preferences, which the head script writes on <html> before the first paint (view, theme, text
 * size, pinyin, script, `data-js`), and an open <details>, which needs no script. Those stay
 * whether or not they match, so the first paint is the same as with the full stylesheet.
 */

const stateful = new RegExp(`\\[(${[...prefAttributes, 'open'].join('|')})\\b`);

const beasties = new Beasties({ reduceInlineStyles: true, allowRules: [stateful], keyframes: 'critical', logLevel: 'warn' });

const siteStyle = /<style data-site-css="">([\s\S]*?)<\/style>/;

/** The page's HTML with its inline site stylesheet cut to the rules the page can use. */
export async function withCriticalCss(html: string): Promise<string> {
  const inline = siteStyle.exec(html);
  if (!inline) return html;
  const reduced = /<style data-site-css[^>]*>([\s\S]*?)<\/style>/.exec(await beasties.process(html))?.[1];
  if (reduced === undefined) throw new Error('the site stylesheet went missing from the critical CSS pass');
  const before = html.slice(0, inline.index);
  const after = html.slice(inline.index + inline[0].length);
  const css = withoutUnusedProperties(reduced, before + after);
  return before + `<style data-site-css="">${css}</style>` + after;
}
