import { readFileSync } from 'node:fs';
import { prefsScript } from '@/lib/reader/prefs';
import type { Fragment } from '@/lib/routes/routes';
import { fragmentFile, siteCssFile } from './files';

/*
 * Server rendering only (package.json "#static-html/source": the browser gets source.browser.ts):
 * the static HTML and CSS the build step wrote (read once per process), and the head script.
 */

const cache = new Map<string, string>();

function read(file: string): string {
  let text = cache.get(file);
  if (text === undefined) {
    text = readFileSync(file, 'utf8');
    cache.set(file, text);
  }
  return text;
}

export function fragmentHtml(locale: string, fragment: Fragment): string {
  return read(fragmentFile(locale, fragment));
}

export function siteCss(): string {
  return read(siteCssFile());
}

export function headScript(): string {
  return prefsScript;
}
