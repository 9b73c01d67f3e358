import { describe, expect, it } from 'vitest';
import { formatChicago } from './citation';
import { hasShareParams } from './constants';
import { routes } from '@/lib/routes/routes';
import { citationMetaOf, localIsoDate, reportersOf, shareDocumentOf } from './document-data';
import { SAMPLE_SEGMENTS, SAMPLE_SLUG } from './test-fixtures';

const meta = {
  kind: 'interview' as const,
  slug: SAMPLE_SLUG,
  summary: { zh: '摘要', en: 'Summary' },
  speaker: { zh: '张劲松', en: 'Zhang Jinsong' },
  office: { zh: '北京市经济和信息化局', en: 'Beijing Municipal Bureau of Economy and Information Technology' },
  title: { zh: '北京市经济和信息化局党组书记、局长张劲松', en: 'Zhang Jinsong' },
  published: '2023-01-17',
  reporter: { zh: '孟竹', en: 'Meng Zhu' },
  source: { zh: '人民网', en: "People's Daily Online" },
};

describe('shareDocumentOf', () => {
  it('keeps only what the browser needs', () => {
    const doc = shareDocumentOf({ meta, segments: SAMPLE_SEGMENTS });
    expect(Object.keys(doc).sort()).toEqual(['cite', 'segments', 'slug', 'title']);
    expect(doc.segments[0]).toEqual({
      id: 's0-title',
      kind: 'title',
      zh: SAMPLE_SEGMENTS[0]!.zh,
      en: SAMPLE_SEGMENTS[0]!.en,
      number: null,
      paragraphs: [0],
    });
  });
});

describe('reportersOf', () => {
  it('reads a romanised Chinese name family name first, with its characters', () => {
    expect(reportersOf({ zh: '孟竹', en: 'Meng Zhu' })).toEqual([{ family: 'Meng', given: 'Zhu', nameZh: '孟竹' }]);
  });
  it('pairs several reporters when both languages list the same number', () => {
    expect(reportersOf({ zh: '孟竹、王小明', en: 'Meng Zhu and Wang Xiaoming' })).toEqual([
      { family: 'Meng', given: 'Zhu', nameZh: '孟竹' },
      { family: 'Wang', given: 'Xiaoming', nameZh: '王小明' },
    ]);
  });
  it('leaves the characters out rather than pairing names wrongly', () => {
    expect(reportersOf({ zh: '孟竹', en: 'Meng Zhu, Wang Xiaoming' })).toEqual([
      { family: 'Meng', given: 'Zhu' },
      { family: 'Wang', given: 'Xiaoming' },
    ]);
  });
});

describe('citationMetaOf', () => {
  it('names the original publisher, date and reporter for the Chicago reference', () => {
    const reference = formatChicago({
      meta: citationMetaOf(meta),
      segment: SAMPLE_SEGMENTS[3]!,
      url: `https://example.org${routes.passage('en', SAMPLE_SLUG, 's1-p1')}`,
      accessed: '2025-03-05',
    }).reference;
    expect(reference).toContain('Meng Zhu 孟竹.');
    expect(reference).toContain("People's Daily Online 人民网, January 17, 2023. Translated by Duizhao. Accessed March 5, 2025.");
    expect(reference).toContain(`/en/documents/${SAMPLE_SLUG}/passages/s1-p1.`);
  });
});

describe('dates', () => {
  it('writes the local date as YYYY-MM-DD', () => {
    expect(localIsoDate(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05');
  });
});

describe('hasShareParams', () => {
  it('sees any share parameter, and nothing else', () => {
    expect(hasShareParams('?p=s1&l=en')).toBe(true);
    expect(hasShareParams('s=2')).toBe(true);
    expect(hasShareParams('?n=hello')).toBe(true);
    expect(hasShareParams('?view=zh&pinyin=1')).toBe(false);
    expect(hasShareParams('?hl=digital')).toBe(false);
    expect(hasShareParams('')).toBe(false);
  });
});
