import { readFile } from 'node:fs/promises';
import type { Fragment } from '@/lib/routes/routes';
import { fragmentFile } from './files';

/*
 * What the routes that serve static HTML fragments as files share (app/[locale]/documents/[slug]/
 * fragments/[fragment], app/[locale]/glossary/fragments/[fragment]). Node only.
 */

/** The fragment a requested file names ('body.html' → 'body'), when it is one of `names`; else null. */
export function fragmentNamed<Name extends string>(file: string, names: readonly Name[]): Name | null {
  const requested = file.replace(/\.html$/, '');
  return names.find((name) => name === requested) ?? null;
}

/** A fragment as a file: the same bytes the page's HTML carries. */
export async function fragmentResponse(locale: string, fragment: Fragment): Promise<Response> {
  return new Response(await readFile(fragmentFile(locale, fragment), 'utf8'), {
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
}
