// Strings translated on the server with a value left as its placeholder, filled in the browser,
// must read exactly as next-intl would have formatted them there.

import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import glossaryEn from '@/messages/glossary/en.json';
import glossaryZh from '@/messages/glossary/zh.json';
import readerEn from '@/messages/reader/en.json';
import readerZh from '@/messages/reader/zh.json';
import { fill } from './strings';

const locales = [
  { locale: 'en', messages: { ...readerEn, ...glossaryEn } },
  { locale: 'zh', messages: { ...readerZh, ...glossaryZh } },
] as const;

describe('fill', () => {
  it.each(locales)('$locale: matches next-intl for every string filled in the browser', ({ locale, messages }) => {
    const reader = createTranslator({ locale, messages, namespace: 'Reader' });
    const filter = createTranslator({ locale, messages, namespace: 'GlossaryFilter' });
    const error = 'synthesis-failed';
    expect(fill(reader('readAloudFailed', { error: '{error}' }), { error })).toBe(reader('readAloudFailed', { error }));
    expect(fill(reader('keepOfflineFailed', { error: '{error}' }), { error })).toBe(reader('keepOfflineFailed', { error }));
    expect(fill(filter('shown', { shown: '{shown}' }), { shown: '42' })).toBe(filter('shown', { shown: 42 }));
    expect(fill(filter('noMatch', { query: '{query}' }), { query: '数字' })).toBe(filter('noMatch', { query: '数字' }));
  });

  it('inserts values as they are, once: braces and $ patterns in a value are text', () => {
    expect(fill('No term matches “{query}”.', { query: '{query} $& $1' })).toBe('No term matches “{query} $& $1”.');
  });

  it('leaves a placeholder it has no value for', () => {
    expect(fill('{a} and {b}', { a: 'x' })).toBe('x and {b}');
  });
});
