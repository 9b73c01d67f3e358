import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bibtexKey,
  citationPassage,
  escapeBibtex,
  formatBibtex,
  formatChicago,
  formatCslJson,
  parseIsoDate,
  type CitationInput,
} from './citation';
import { SAMPLE_META, SAMPLE_SLUG, sampleSegment } from './test-fixtures';

const URL_ = `https://duizhao.example/en/documents/${SAMPLE_SLUG}#s1-p2`;
const INPUT: CitationInput = {
  meta: SAMPLE_META,
  segment: sampleSegment('s1-p2'),
  sentences: [1],
  url: URL_,
  accessed: '2025-03-05',
};

/** Braces balance the way BibTeX counts them (every brace counts, escaped or not). */
function bracesBalanced(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '{') depth++;
    if (char === '}') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('Chicago', () => {
  it('names the reporter, both titles, the original publication, the translation, the access date and the permalink', () => {
    const citation = formatChicago(INPUT);
    expect(citation.reference).toBe(
      'Meng Zhu 孟竹. “北京市经济和信息化局党组书记、局长张劲松:加快全球数字经济标杆城市建设 助力构建新发展格局” ' +
        '[Zhang Jinsong, Party Secretary and Director of the Beijing Municipal Bureau of Economy and Information Technology: ' +
        'Accelerate the Building of a Global Benchmark City for the Digital Economy to Help Build the New Development Pattern]. ' +
        "People's Daily Online 人民网, January 17, 2023. Translated by Duizhao. Accessed March 5, 2025. " +
        `https://duizhao.example/en/documents/${SAMPLE_SLUG}#s1-p2.`,
    );
    expect(citation.parts.filter((p) => p.italic).map((p) => p.text)).toEqual(["People's Daily Online"]);
    expect(citation.parts.map((p) => p.text).join('')).toBe(citation.reference);
    expect(citation.text).toBe(`${citation.reference}\n\n“${sampleSegment('s1-p2').zh[1]}”\n“${sampleSegment('s1-p2').en[1]}”`);
  });

  it('quotes the whole segment by default, and several sentences joined per language', () => {
    const segment = sampleSegment('s1-p1');
    expect(citationPassage({ segment })).toEqual({ zh: segment.zh.join(''), en: segment.en.join(' ') });
    expect(citationPassage({ segment, sentences: [2, 0, 0, 7] })).toEqual({
      zh: segment.zh[0]! + segment.zh[2]!,
      en: `${segment.en[0]!} ${segment.en[2]!}`,
    });
  });

  it('handles two reporters, a custom translator and unparseable dates', () => {
    const citation = formatChicago({
      ...INPUT,
      meta: {
        ...SAMPLE_META,
        reporters: [...SAMPLE_META.reporters, { family: 'Li', given: 'Hua' }],
        published: 'soon',
        translator: 'Duizhao volunteers',
      },
      accessed: '2025-02-30',
    });
    expect(citation.reference).toContain('Meng Zhu 孟竹 and Li Hua. “');
    expect(citation.reference).toContain('人民网, n.d. Translated by Duizhao volunteers. Accessed n.d.');
  });

  it('parses ISO dates strictly', () => {
    expect(parseIsoDate('2023-01-17')).toEqual({ year: 2023, month: 1, day: 17 });
    expect(parseIsoDate('2025-03-05T10:00:00Z')).toEqual({ year: 2025, month: 3, day: 5 });
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('17/01/2023')).toBeNull();
  });
});

describe('BibTeX', () => {
  it('produces a biblatex @online entry with the original and the translation', () => {
    const bib = formatBibtex(INPUT);
    expect(bib.startsWith(`@online{duizhao:${SAMPLE_SLUG}:s1-p2,\n`)).toBe(true);
    expect(bib).toContain('  author = {Meng, Zhu},\n');
    expect(bib).toContain('  origtitle = {北京市经济和信息化局党组书记、局长张劲松:加快全球数字经济标杆城市建设 助力构建新发展格局},\n');
    expect(bib).toContain('  title = {{Zhang Jinsong, Party Secretary');
    expect(bib).toContain("  organization = {{People's Daily Online} (人民网)},\n");
    expect(bib).toContain('  translator = {{Duizhao}},\n');
    expect(bib).toContain('  date = {2023-01-17},\n');
    expect(bib).toContain('  urldate = {2025-03-05},\n');
    expect(bib).toContain(`  url = {https://duizhao.example/en/documents/${SAMPLE_SLUG}#s1-p2},\n`);
    // The passage contains "29%", which must be escaped outside the url field.
    expect(bib).toContain('占国内企业总量的29\\%');
    expect(bib).toContain('29\\% of the national total');
    expect(bib.trimEnd().endsWith('}')).toBe(true);
    expect(bracesBalanced(bib)).toBe(true);
  });

  it('escapes every LaTeX special character', () => {
    expect(escapeBibtex('A & B_1 #2 $3 50% ~x ^y \\z {w}')).toBe(
      'A \\& B\\_1 \\#2 \\$3 50\\% \\textasciitilde{}x \\textasciicircum{}y \\textbackslash{}z \\textbraceleft{}w\\textbraceright{}',
    );
    expect(escapeBibtex('line1\nline2\t end')).toBe('line1 line2 end');
  });

  it('keeps entries well-formed for hostile metadata (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (title, name, url) => {
        const bib = formatBibtex({
          ...INPUT,
          meta: { ...SAMPLE_META, titleEn: title, titleZh: title, reporters: [{ family: name, given: name }] },
          url,
        });
        expect(bracesBalanced(bib)).toBe(true);
        // Each field stays on one line, so a value can never open a new field or entry.
        const body = bib.split('\n').slice(1, -2);
        for (const line of body) expect(line).toMatch(/^ {2}[a-z]+ = \{.*\},$/);
        const escaped = escapeBibtex(title).replace(
          /\\(textbackslash|textbraceleft|textbraceright|textasciitilde|textasciicircum)\{\}|\\[#$%&_]/g,
          '',
        );
        expect(escaped).not.toMatch(/[\\{}#$%&_^~]/);
      }),
    );
  });

  it('makes citation keys safe', () => {
    expect(bibtexKey({ slug: 'a b,{c}%' }, 's1-p2')).toBe('duizhao:a-b--c--:s1-p2');
  });
});

describe('CSL-JSON', () => {
  it('describes the newspaper article, its translation, dates and permalink', () => {
    const item = formatCslJson(INPUT);
    expect(item).toMatchObject({
      id: `duizhao:${SAMPLE_SLUG}:s1-p2`,
      type: 'article-newspaper',
      title: SAMPLE_META.titleEn,
      'original-title': SAMPLE_META.titleZh,
      author: [{ family: 'Meng', given: 'Zhu' }],
      translator: [{ literal: 'Duizhao' }],
      'container-title': "People's Daily Online 人民网",
      issued: { 'date-parts': [[2023, 1, 17]] },
      accessed: { 'date-parts': [[2025, 3, 5]] },
      URL: URL_,
      language: 'en',
    });
    expect(item.note).toContain('孟竹 (Meng Zhu)');
    expect(item.note).toContain(sampleSegment('s1-p2').zh[1]);
    expect(JSON.parse(JSON.stringify([item]))).toEqual([item]);
  });

  it('falls back to a raw date when the date cannot be parsed', () => {
    expect(formatCslJson({ ...INPUT, accessed: 'yesterday' }).accessed).toEqual({ raw: 'yesterday' });
  });
});
