// The browser-side helpers of the search UI: snippets, links, the status line,
// the content → index mapping and the single-segment lookup of the document page.

import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import searchEn from '@/messages/search/en.json';
import searchZh from '@/messages/search/zh.json';
import type { SegmentModel } from '@/lib/content/model';
import { corpusOf, payloadOf } from './corpus';
import { routes } from '@/lib/routes/routes';
import { capForUrl } from './link';
import { loadSearch } from './query';
import { snippetParts } from './snippet';
import { countSummary, quoteQuery } from './summary';

const text = (parts: ReturnType<typeof snippetParts>) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('snippetParts', () => {
  it('marks the ranges of a short sentence whole', () => {
    expect(text(snippetParts('建设数字经济标杆城市', [[2, 6]], 36))).toBe('建设[数字经济]标杆城市');
  });

  it('windows a long sentence around the first match, cutting English at spaces', () => {
    const long = `${'word '.repeat(60)}factories ${'more '.repeat(60)}`.trim();
    const out = text(snippetParts(long, [[300, 309]], 40));
    expect(out).toMatch(/^… ?(word )+\[factories\]( more)+ ?…$/);
    expect(out.length).toBeLessThan(120);
    expect(out).not.toMatch(/\b(ord|or|mor|ore)\b/);
  });

  it('shows the beginning when nothing is marked, and ignores bad ranges', () => {
    expect(text(snippetParts('一二三四五六', [], 2))).toBe('一二三四…');
    expect(
      text(
        snippetParts(
          'abc',
          [
            [5, 9],
            [2, 1],
          ],
          10,
        ),
      ),
    ).toBe('abc');
  });

  it('never cuts a surrogate pair', () => {
    const s = '𠀀'.repeat(10);
    for (const part of snippetParts(s, [[8, 10]], 3)) expect(part.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });
});

describe('links', () => {
  it('ends a result link with the segment fragment', () => {
    expect(routes.searchResult('en', 'doc', 's1-p3', capForUrl(' 一網通辦 '))).toBe(
      '/en/documents/doc?hl=%E4%B8%80%E7%B6%B2%E9%80%9A%E8%BE%A6#s1-p3',
    );
    expect(routes.searchResult('zh', 'doc', 's1', capForUrl(''))).toBe('/zh/documents/doc#s1');
    expect(routes.searchResult('en', 'doc', 's1', capForUrl('<a>&#'))).toBe('/en/documents/doc?hl=%3Ca%3E%26%23#s1');
  });

  it('caps what goes into a URL', () => {
    expect(Array.from(capForUrl('数'.repeat(5000)))).toHaveLength(256);
    expect(routes.search('en', capForUrl('x'.repeat(5000))).length).toBeLessThan(300);
    expect(routes.search('zh', capForUrl('  '))).toBe('/zh/search');
    expect(routes.term('en', 'one-network-services')).toBe('/en/glossary/one-network-services');
  });
});

describe('status line', () => {
  const phrase = (locale: 'en' | 'zh') => {
    const t = createTranslator({ locale, messages: locale === 'en' ? searchEn : searchZh, namespace: 'Search' });
    return {
      count: (key: 'terms' | 'passages', count: number) => t(key, { count }),
      both: (terms: string, passages: string) => t('both', { terms, passages }),
    };
  };

  it('counts terms and passages in the UI language, with its plurals and list words', () => {
    expect(countSummary({ terms: 1, passages: 12 }, phrase('en'))).toBe('1 glossary term and 12 passages');
    expect(countSummary({ terms: 0, passages: 1 }, phrase('en'))).toBe('1 passage');
    expect(countSummary({ terms: 2, passages: 0 }, phrase('en'))).toBe('2 glossary terms');
    expect(countSummary({ terms: 2, passages: 3 }, phrase('zh'))).toBe('2 个术语和3 段原文');
    expect(countSummary({ terms: 0, passages: 0 }, phrase('en'))).toBe('');
  });

  it('quotes queries on one short line', () => {
    expect(quoteQuery('  a\n  b  ')).toBe('a b');
    expect(quoteQuery('x'.repeat(100))).toBe(`${'x'.repeat(60)}…`);
  });
});

describe('corpus and single-segment lookup', () => {
  const segment = (
    id: string,
    kind: SegmentModel['kind'],
    section: string | null,
    zh: string[],
    en: string[],
    terms: string[] = [],
  ): SegmentModel => ({
    id,
    kind,
    section,
    zh,
    en,
    terms,
    refs: [],
    paragraphs: [0],
    number: null,
  });
  const documents = [
    {
      meta: { slug: 'doc', title: { zh: '标题', en: 'Title' } },
      segments: [
        segment('t', 'title', null, ['标题'], ['Title']),
        segment('h', 'heading', 'h', ['一、数字经济'], ['1. The digital economy']),
        segment(
          'p1',
          'paragraph',
          'h',
          ['推进“一网通办”。', '建设数字经济。'],
          ['Advance one-network services.', 'Build the digital economy.'],
          ['ywtb'],
        ),
        segment('p2', 'paragraph', 'h', ['数字经济很重要。'], ['The digital economy matters.']),
      ],
    },
  ];
  const glossary = [
    {
      id: 'ywtb',
      zh: '一网通办',
      aliases: [],
      pinyin: 'yī wǎng tōng bàn',
      en: 'one-network services',
      enForms: [],
      category: 'slogan',
      explanation: { zh: '略', en: 'Long text.' },
    },
  ];

  it('gives each segment its document and the text of its section heading, and drops explanations', () => {
    const corpus = corpusOf(documents, glossary);
    expect(corpus.segments.map((s) => [s.id, s.sectionTitle?.en ?? null])).toEqual([
      ['t', null],
      ['h', '1. The digital economy'],
      ['p1', '1. The digital economy'],
      ['p2', '1. The digital economy'],
    ]);
    expect(corpus.glossary[0]).not.toHaveProperty('explanation');
  });

  it('lays out highlights for one segment only, counting all', () => {
    const searcher = loadSearch(JSON.parse(JSON.stringify(payloadOf(documents, glossary))));
    const all = searcher.search('数字经济');
    expect(all.results.map((h) => h.id)).toEqual(['h', 'p1', 'p2']);
    const one = searcher.search('数字经济', { only: 'p1' });
    expect(one.total).toBe(3);
    expect(one.results.map((h) => h.id)).toEqual(['p1']);
    expect(one.results[0]?.matches.zh).toEqual([{ sentence: 1, ranges: [[2, 6]] }]);
    expect(searcher.search('數字經濟 digital', { only: 'p2' }).results[0]?.matches.en).toEqual([{ sentence: 0, ranges: [[4, 11]] }]);
    expect(searcher.search('数字经济', { only: 'nowhere' }).results).toEqual([]);
  });
});
