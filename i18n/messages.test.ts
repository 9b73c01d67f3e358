import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routing } from './routing';
import { features } from './features';

const dir = path.join(process.cwd(), 'messages');

function read(feature: string, locale: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(dir, feature, `${locale}.json`), 'utf8'));
}

/** Every leaf as "a.b.c" → its text. */
function strings(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value))
      for (const [leaf, text] of strings(child, prefix ? `${prefix}.${key}` : key)) out.set(leaf, text);
  return out;
}

/** Every leaf as "a.b.c" → the ICU arguments its text uses ({count}, {n}, …). */
function leaves(value: unknown): Map<string, string[]> {
  return new Map(
    [...strings(value)].map(([leaf, text]) => [
      leaf,
      [...new Set([...text.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((match) => match[1] ?? ''))].sort(),
    ]),
  );
}

describe('message files', () => {
  it('are one per feature and locale, and nothing else', () => {
    expect(readdirSync(dir).sort()).toEqual([...features].sort());
    for (const feature of features)
      expect(readdirSync(path.join(dir, feature)).sort(), feature).toEqual(routing.locales.map((locale) => `${locale}.json`).sort());
  });

  it.each(features)('%s: every locale has the keys and ICU arguments of English', (feature) => {
    const english = leaves(read(feature, 'en'));
    for (const locale of routing.locales) {
      expect(Object.fromEntries(leaves(read(feature, locale))), `${feature}.${locale}.json`).toEqual(Object.fromEntries(english));
    }
  });

  // In the browser, `#` and `{n, number}` make next-intl build an Intl.NumberFormat, and the first
  // one a page builds loads the locale's number data: 12 to 47 ms of the main thread here, in the
  // search page's start-up or on a tap (a term card, the highlights panel). Counts are written as
  // the argument itself, as the Chinese strings always were; grouped numbers only where only the
  // server formats the string (the library's document lengths).
  it.each(features)('%s: counts are plain arguments, not # or {n, number}', (feature) => {
    for (const locale of routing.locales) {
      for (const [leaf, text] of strings(read(feature, locale))) {
        expect(text, `${feature}.${locale}.json: ${leaf}`).not.toContain('#');
        if (feature !== 'library') expect(text, `${feature}.${locale}.json: ${leaf}`).not.toMatch(/\{\s*\w+\s*,\s*number\b/);
      }
    }
  });
});
