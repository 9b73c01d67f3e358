import path from 'node:path';
import type { Fragment, LateCssPart } from '@/lib/routes/routes';

/*
 * Where the build step (scripts/build-content.ts) writes what pages send as static HTML and CSS,
 * and where server rendering and the fallback routes read it. Node only.
 */

export const generatedDir = () => path.join(process.cwd(), '.generated');

export function fragmentFile(locale: string, fragment: Fragment): string {
  const owner = fragment.page === 'document' ? ['documents', fragment.slug] : ['glossary'];
  return path.join(generatedDir(), 'fragments', locale, ...owner, `${fragment.name}.html`);
}

export function siteCssFile(): string {
  return path.join(generatedDir(), 'site.css');
}

/** A part of the site stylesheet as pages load it after their first paint (lib/first-paint/late-css.ts). */
export function siteCssLateFile(part: LateCssPart): string {
  return path.join(generatedDir(), `site-late-${part}.css`);
}
