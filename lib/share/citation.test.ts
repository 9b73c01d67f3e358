import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citationPassage, formatChicago, parseIsoDate, pinpoint, type CitationInput, type LegislationCitationMeta } from './citation';
import { bibtexKey, escapeBibtex, formatBibtex } from './citation-bibtex';
import { formatCslJson } from './citation-csl';
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

  it('quotes the Chinese as shown in Traditional characters and says so', () => {
    const citation = formatChicago({ ...INPUT, traditional: (zh) => zh.replace(/数/g, '數') });
    const zh = sampleSegment('s1-p2').zh[1]!.replace(/数/g, '數');
    expect(citation.passage.zh).toBe(zh);
    expect(citation.text).toContain(`“${zh}” [Chinese in Traditional characters, converted by Duizhao from the official Simplified text]`);
    expect(formatChicago(INPUT).text).not.toContain('Traditional');
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

const LAW: LegislationCitationMeta = {
  kind: 'regulation',
  slug: 'beijing-digital-economy-promotion-regulations',
  titleZh: '北京市数字经济促进条例',
  titleEn: 'Regulations for Promoting Digital Economy in Beijing',
  published: '2022-11-25',
  issuer: { zh: '北京市人民代表大会常务委员会', en: "Standing Committee of the Beijing Municipal People's Congress" },
  announcement: { zh: '〔十五届〕第89号', en: '(15th Congress) No. 89' },
  adopted: '2022-11-25',
  inForce: '2023-01-01',
};
const ARTICLE = {
  id: 'art-18',
  kind: 'article' as const,
  zh: ['第一款第一句。', '第一款第二句。', '第二款。', '第三款。'],
  en: ['Paragraph 1, sentence 1.', 'Paragraph 1, sentence 2.', 'Paragraph 2.', 'Paragraph 3.'],
  number: 18,
  paragraphs: [0, 2, 3],
};
const LAW_INPUT: CitationInput = {
  meta: LAW,
  segment: ARTICLE,
  url: 'https://duizhao.example/en/documents/x/passages/art-18',
  accessed: '2025-03-05',
};

describe('citing a law', () => {
  it('pinpoints the article and the paragraphs the sentences belong to', () => {
    expect(pinpoint({ segment: ARTICLE })).toBe('art. 18');
    expect(pinpoint({ segment: ARTICLE, sentences: [2] })).toBe('art. 18(2)');
    expect(pinpoint({ segment: ARTICLE, sentences: [1, 0] })).toBe('art. 18(1)');
    expect(pinpoint({ segment: ARTICLE, sentences: [1, 2] })).toBe('art. 18(1)–(2)');
    expect(pinpoint({ segment: ARTICLE, sentences: [0, 3] })).toBe('art. 18(1), (3)');
    expect(pinpoint({ segment: ARTICLE, sentences: [0, 2, 3] })).toBe('art. 18');
    expect(pinpoint({ segment: { ...ARTICLE, paragraphs: [0] }, sentences: [2] })).toBe('art. 18');
    expect(pinpoint({ segment: { ...ARTICLE, kind: 'chapter', number: 3 } })).toBeNull();
  });

  it('cites the title, the article and paragraph, the issuer, the announcement and both dates (Chicago)', () => {
    const { reference, parts } = formatChicago({ ...LAW_INPUT, sentences: [2] });
    expect(reference).toBe(
      'Regulations for Promoting Digital Economy in Beijing [北京市数字经济促进条例], art. 18(2). ' +
        "Standing Committee of the Beijing Municipal People's Congress 北京市人民代表大会常务委员会, Announcement (15th Congress) No. 89, " +
        'adopted November 25, 2022, in force January 1, 2023. Translated by Duizhao. Accessed March 5, 2025. ' +
        'https://duizhao.example/en/documents/x/passages/art-18.',
    );
    expect(parts.some((part) => part.italic)).toBe(false);
  });

  it('is a biblatex @legislation and a CSL legislation item', () => {
    const bib = formatBibtex({ ...LAW_INPUT, sentences: [2] });
    expect(bib.startsWith('@legislation{duizhao:beijing-digital-economy-promotion-regulations:art-18,\n')).toBe(true);
    expect(bib).toContain('  number = {Announcement (15th Congress) No. 89 (〔十五届〕第89号)},\n');
    expect(bib).toContain('  date = {2022-11-25},\n');
    expect(bib).toContain('  pages = {art. 18(2)},\n');
    expect(bib).not.toContain('author =');
    expect(bracesBalanced(bib)).toBe(true);
    const item = formatCslJson({ ...LAW_INPUT, sentences: [0, 1] });
    expect(item).toMatchObject({
      type: 'legislation',
      title: LAW.titleEn,
      'original-title': LAW.titleZh,
      authority: "Standing Committee of the Beijing Municipal People's Congress 北京市人民代表大会常务委员会",
      section: 'art. 18(1)',
      issued: { 'date-parts': [[2022, 11, 25]] },
    });
    expect(item.note).toContain('In force 2023-01-01.');
    expect(item.author).toBeUndefined();
  });
});
