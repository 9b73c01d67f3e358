import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMdx } from '@/lib/content/mdx-tree';
import { compileDocument, createContentStore } from '@/lib/content/store';
import { draftDocument, markTerms, segmentSource, splitChineseSentences, untranslatedLines, UNTRANSLATED } from './draft';

const root = path.join(process.cwd(), 'content');
const source = (name: string) => readFile(path.join(root, 'sources', name), 'utf8');

describe('splitChineseSentences', () => {
  it('cuts after 。！？ and semicolons, full- or half-width', () => {
    expect(splitChineseSentences('第一句。第二句！第三句?第四句；第五句')).toEqual([
      '第一句。',
      '第二句！',
      '第三句?',
      '第四句；',
      '第五句',
    ]);
  });

  it('keeps a quotation whole and cuts after the mark that closes it', () => {
    expect(splitChineseSentences('他说：“我们要发展。要创新！”然后离开。')).toEqual(['他说：“我们要发展。要创新！”', '然后离开。']);
    expect(splitChineseSentences('根据《条例（草案）》。其次。')).toEqual(['根据《条例（草案）》。', '其次。']);
  });

  it('keeps a run of terminators together and never yields an empty sentence', () => {
    expect(splitChineseSentences('真的吗？！是的。')).toEqual(['真的吗？！', '是的。']);
    expect(splitChineseSentences('  ')).toEqual([]);
  });
});

describe('markTerms', () => {
  const terms = [
    { id: 'de', forms: ['数字经济'] },
    { id: 'city', forms: ['全球数字经济标杆城市'] },
    { id: 'data', forms: ['数据'] },
  ];

  it('marks the longest form at the leftmost place, every time it occurs', () => {
    expect(markTerms('建设全球数字经济标杆城市，发展数字经济和数据', terms)).toBe(
      '建设<T id="city">全球数字经济标杆城市</T>，发展<T id="de">数字经济</T>和<T id="data">数据</T>',
    );
  });

  it('escapes what MDX would read as syntax', () => {
    expect(markTerms('a{b}<c>', [])).toBe('a\\{b\\}\\<c\\>');
  });
});

describe('segmentSource', () => {
  it('cuts the Regulations as the published document is cut: chapters, articles and their paragraphs', async () => {
    const drafted = segmentSource(await source('beijing-digital-economy-promotion-regulations.txt'), 'regulation');
    const published = await createContentStore({ root }).getDocument('beijing-digital-economy-promotion-regulations');
    expect(drafted.map(({ id, kind }) => ({ id, kind }))).toEqual(published?.segments.map(({ id, kind }) => ({ id, kind })));
    // Paragraph for paragraph, the same Chinese (the published one marks terms; plain text is equal).
    drafted.forEach((segment, s) => {
      const model = published?.segments[s];
      const paragraphs = model?.paragraphs.map((start, p) => model.zh.slice(start, model.paragraphs[p + 1] ?? model.zh.length).join(''));
      expect(segment.paragraphs).toEqual(paragraphs);
    });
  });

  it('keeps the numbered items of a law as paragraphs of their article, in a text with no contents', () => {
    const law = [
      '某市数据条例',
      '第一章 总则',
      '第一条 为了规范数据处理，制定本条例。',
      '第二条 本条例下列用语的含义：',
      '（一）公共数据，是指公共机构产生的数据；',
      '（二）数据处理，包括数据的收集、存储、使用等。',
      '第二章 附则',
      '第三条 本条例自2024年1月1日起施行。',
    ].join('\n');
    expect(segmentSource(law, 'regulation')).toEqual([
      { id: 'title', kind: 'title', paragraphs: ['某市数据条例'] },
      { id: 'ch-1', kind: 'chapter', paragraphs: ['第一章 总则'] },
      { id: 'art-1', kind: 'article', paragraphs: ['为了规范数据处理，制定本条例。'] },
      {
        id: 'art-2',
        kind: 'article',
        paragraphs: [
          '本条例下列用语的含义：',
          '（一）公共数据，是指公共机构产生的数据；',
          '（二）数据处理，包括数据的收集、存储、使用等。',
        ],
      },
      { id: 'ch-2', kind: 'chapter', paragraphs: ['第二章 附则'] },
      { id: 'art-3', kind: 'article', paragraphs: ['本条例自2024年1月1日起施行。'] },
    ]);
    // An item is one sentence: its closing semicolon ends it, its numbering bracket does not.
    expect(splitChineseSentences('（一）公共数据，是指公共机构产生的数据；')).toEqual(['（一）公共数据，是指公共机构产生的数据；']);
  });

  it('cuts the interview as the published document is cut: headline, lead, sections and paragraphs', async () => {
    const drafted = segmentSource(await source('beijing-digital-economy-2023.txt'), 'interview');
    const published = await createContentStore({ root }).getDocument('beijing-digital-economy-2023');
    // The source's last line is the copy's rights notice, which the document keeps in its frontmatter.
    expect(drafted.slice(0, -1).map(({ id, kind }) => ({ id, kind }))).toEqual(published?.segments.map(({ id, kind }) => ({ id, kind })));
  });
});

describe('draftDocument', () => {
  it('writes valid MDX with one line to translate under each Chinese sentence', async () => {
    const text = await source('beijing-digital-economy-promotion-regulations.txt');
    const glossary = await createContentStore({ root }).getGlossary();
    const terms = glossary.entries.map((entry) => ({ id: entry.id, forms: [entry.zh, ...entry.aliases], document: entry.document }));
    const mdx = draftDocument(text, { slug: 'beijing-digital-economy-promotion-regulations', kind: 'regulation', terms });
    expect(() => parseMdx(mdx)).not.toThrow();
    const zhSentences = segmentSource(text, 'regulation').flatMap((segment) => segment.paragraphs.flatMap(splitChineseSentences));
    expect(mdx.split('\n').filter((line) => line === UNTRANSLATED)).toHaveLength(zhSentences.length);
    expect(mdx).toContain('<Segment id="art-18" kind="article">');
    expect(mdx).toContain('第二章 <T id="digital-infrastructure">数字基础设施</T>');
    // The document's own title is not a link to itself.
    expect(mdx).toContain('<Zh>\n北京市数字经济促进条例\n</Zh>');
    // Frontmatter facts and translations are listed until written.
    expect(untranslatedLines(mdx).length).toBeGreaterThan(zhSentences.length);
    expect(untranslatedLines(mdx.replaceAll(UNTRANSLATED, 'Done.').replaceAll('TODO', 'x'))).toEqual([]);
  });

  it('takes the fixture document from its source text to a document that compiles once translated', async () => {
    const fixture = await readFile(path.join(root, 'fixtures', 'fixture-sample.mdx'), 'utf8');
    const glossary = await createContentStore({ root }).getGlossary();
    const draft = draftDocument('对齐格式样例\n第一句话。第二句话?\n', { slug: 'fixture-sample', kind: 'interview', terms: [] });
    // The translator's work: the fixture's frontmatter, and its English line for line.
    const english = ['A sample of the aligned format', 'The first sentence.', 'The second sentence?'];
    const body = draft.slice(draft.indexOf('\n---\n') + 5).replace(new RegExp(UNTRANSLATED, 'g'), () => english.shift() ?? '');
    const frontmatter = fixture.slice(0, fixture.indexOf('\n---\n') + 5);
    expect(english).toEqual([]);
    const compiled = await compileDocument(`${frontmatter}${body}`, 'fixture-sample.mdx', glossary);
    expect(compiled.segments.map(({ id, kind, zh, en }) => ({ id, kind, zh, en }))).toEqual([
      { id: 'headline', kind: 'title', zh: ['对齐格式样例'], en: ['A sample of the aligned format'] },
      // Published with Chinese punctuation: the source's ASCII ? is shown full-width.
      { id: 'lead', kind: 'lead', zh: ['第一句话。', '第二句话？'], en: ['The first sentence.', 'The second sentence?'] },
    ]);
  });

  it('cannot be published until every line is written', async () => {
    const glossary = await createContentStore({ root }).getGlossary();
    const mdx = draftDocument('标题\n导语。', { slug: 'draft', kind: 'interview', terms: [] });
    await expect(compileDocument(mdx, 'drafts/draft.mdx', glossary)).rejects.toThrow(
      /drafts\/draft\.mdx:6: "TODO translate": the draft is not finished/,
    );
  });
});
