import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routing } from './routing';
import { features } from './features';

const dir = path.join(process.cwd(), 'messages');

function read(feature: string, locale: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(dir, feature, `${locale}.json`), 'utf8'));
}

/** Every leaf as "a.b.c" → the ICU arguments its text uses ({count}, {n}, …). */
function leaves(value: unknown, prefix = ''): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (typeof value === 'string') {
    out.set(prefix, [...new Set([...value.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((match) => match[1] ?? ''))].sort());
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value))
      for (const [leaf, args] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(leaf, args);
  }
  return out;
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
});
