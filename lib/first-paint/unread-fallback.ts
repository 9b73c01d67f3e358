import postcss, { type Declaration } from 'postcss';
import { dropEmpty, insideLayer } from './css-tree';

/*
 * Tailwind's fallback for browsers without `@property` sets every `--tw-*` variable the site uses
 * on every element, and Beasties keeps it whole on every page (its selector is `*`). This drops a
 * fallback variable when no rule left in the page's CSS and nothing in its HTML (inline styles,
 * scripts) reads it with `var()`; the stylesheet after the first paint has the whole fallback
 * again (late-css.ts). A browser with `@property` skips the block anyway (it sits behind
 * `@supports`), so this is about bytes only.
 *
 * `@property` registrations and `@theme` tokens on `:root` all stay. Registering a property, or
 * giving the root a variable it did not have, restyles every element when the stylesheet after
 * the first paint brings it (late-css.ts): 27 ms on the interview repeated 16 times.
 */

const reads = /var\(\s*(--[\w-]+)/g;

function namesRead(text: string): string[] {
  return [...text.matchAll(reads)].map((match) => match[1] ?? '');
}

/** A declaration of the fallback, which only defines a variable for others to read. */
function definesOnly(decl: Declaration): boolean {
  return decl.prop.startsWith('--') && insideLayer(decl, 'properties');
}

/** `css` without the fallback variables that neither it nor `html` reads. */
export function withoutUnreadFallback(css: string, html: string): string {
  const root = postcss.parse(css);
  const read = new Set(namesRead(html));
  root.walkDecls((decl) => {
    if (!definesOnly(decl)) for (const name of namesRead(decl.value)) read.add(name);
  });
  root.walkDecls((decl) => {
    if (definesOnly(decl) && !read.has(decl.prop)) decl.remove();
  });
  dropEmpty(root);
  return root.toString();
}
