import { passageLabel } from './legal';
import { normalizeChinesePunctuation } from '@/lib/text/chinese-punctuation';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { getMDXComponent } from 'mdx-bundler/client';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { compileDocument, createContentStore, readGlossary, readings, type Glossary } from './store';

const frontmatter = `---
kind: interview
slug: sample
title:
  zh: 样例
  en: Sample
summary:
  zh: 样例。
  en: Sample.
published: 2023-01-17
reporter: { zh: 甲, en: Jia }
speaker: { zh: 乙, en: Yi }
office: { zh: 丙, en: Bing }
source: { zh: 丁, en: Ding }
copy: { from: { zh: 戊, en: Wu }, notice: { zh: 己。, en: Ji. } }
---
`;

const glossaryYaml = `id: lighthouse-factory
zh: 灯塔工厂
pinyin: dēng tǎ gōng chǎng
en: Lighthouse Factory
enForms: [Lighthouse Factories]
category: concept
explanation:
  en: A factory recognised for advanced manufacturing.
  zh: 先进制造工厂。
`;

async function glossaryFixture(): Promise<{ root: string; glossary: Glossary }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'duizhao-content-'));
  await mkdir(path.join(root, 'glossary'));
  await mkdir(path.join(root, 'documents'));
  await writeFile(path.join(root, 'glossary', 'lighthouse-factory.yaml'), glossaryYaml);
  return { root, glossary: await readGlossary(root) };
}

const pass = ({ children }: { children?: ReactNode }) => createElement('div', null, children);

const segment = (zh: string, en: string, id = 'p1') =>
  `\n<Segment id="${id}" kind="paragraph">\n<Zh>\n${zh}\n</Zh>\n<En>\n${en}\n</En>\n</Segment>\n`;

async function compileError(source: string): Promise<string> {
  const { glossary } = await glossaryFixture();
  try {
    await compileDocument(source, 'content/documents/sample.mdx', glossary);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('expected the document to fail validation');
}

describe('document validation', () => {
  it('extracts aligned sentences and terms from a sound document', async () => {
    const { glossary } = await glossaryFixture();
    const source = frontmatter + segment('入选<T id="lighthouse-factory">灯塔工厂</T>。\n第二句。', 'Named a <T id="lighthouse-factory">Lighthouse Factory</T>.\nSecond sentence.');
    const document = await compileDocument(source, 'content/documents/sample.mdx', glossary);
    expect(document.meta.title.en).toBe('Sample');
    expect(document.segments).toEqual([
      {
        id: 'p1',
        kind: 'paragraph',
        section: null,
        zh: ['入选灯塔工厂。', '第二句。'],
        en: ['Named a Lighthouse Factory.', 'Second sentence.'],
        terms: ['lighthouse-factory'],
        refs: [],
        paragraphs: [0],
        number: null,
      },
    ]);
    // The compiled MDX really runs; pinyin is not in it but in the document's readings.
    const Content = getMDXComponent(document.code);
    const html = renderToStaticMarkup(
      createElement(Content, {
        components: {
          Segment: pass,
          Zh: pass,
          En: pass,
          Para: pass,
          T: pass,
          S: ({ n, children }: { n: string; children?: ReactNode }) => createElement('span', { 'data-n': n }, children),
        },
      }),
    );
    expect(html).toContain('<span data-n="1">入选');
    expect(html).toContain('<span data-n="2">Second sentence.</span>');
    expect(html).not.toContain('readings');
    expect(document.readings).toEqual({ 'p1.1': 'rù xuǎn dēng tǎ gōng chǎng', 'p1.2': 'dì èr jù' });
  });

  it('fails on a missing translation, naming file and line', async () => {
    const source = `${frontmatter}\n<Segment id="p1" kind="paragraph">\n<Zh>\n一句。\n</Zh>\n</Segment>\n`;
    const message = await compileError(source);
    expect(message).toMatch(/content\/documents\/sample\.mdx:18: segment "p1" is missing its English translation/);
  });

  it('fails on a sentence-count mismatch', async () => {
    const message = await compileError(frontmatter + segment('一句。\n两句。', 'One sentence only.'));
    expect(message).toMatch(/sample\.mdx:18: segment "p1" has 2 Chinese sentences but 1 English sentences \(lines 19 and 23\)/);
  });

  it('fails on a duplicate segment id', async () => {
    const message = await compileError(frontmatter + segment('一。', 'One.') + segment('二。', 'Two.'));
    expect(message).toMatch(/sample\.mdx:27: duplicate segment id "p1" \(first at line 18\)/);
  });

  it('fails on bad frontmatter with the line of the bad value', async () => {
    const message = await compileError(frontmatter.replace('published: 2023-01-17', 'published: 17 January') + segment('一。', 'One.'));
    expect(message).toMatch(/sample\.mdx:10: .*published/s);
    expect(message).toMatch(/YYYY-MM-DD/);
  });

  it('fails on an unknown term id and on an unmarked glossary term', async () => {
    const unknown = await compileError(frontmatter + segment('<T id="nope">灯塔</T>。', '<T id="nope">Lighthouse</T>.'));
    expect(unknown).toMatch(/sample\.mdx:20: unknown glossary term id "nope"/);
    const unmarked = await compileError(frontmatter + segment('入选灯塔工厂。', 'Named a Lighthouse Factory.'));
    expect(unmarked).toMatch(/sample\.mdx:20: "灯塔工厂" is glossary term "lighthouse-factory" but is not marked/);
  });

  it('fails when the English does not use the glossary rendering', async () => {
    const missing = await compileError(frontmatter + segment('<T id="lighthouse-factory">灯塔工厂</T>。', 'A beacon plant.'));
    expect(missing).toMatch(/segment "p1": the English does not mark "Lighthouse Factory" \(lighthouse-factory\)/);
    const wrong = await compileError(frontmatter + segment('<T id="lighthouse-factory">灯塔工厂</T>。', 'A <T id="lighthouse-factory">beacon plant</T>.'));
    expect(wrong).toMatch(/sample\.mdx:23: <T id="lighthouse-factory"> marks "beacon plant", but the glossary's English is "Lighthouse Factory"/);
  });

  it('rejects markup other than sentences and terms', async () => {
    const message = await compileError(frontmatter + segment('一句 **粗体**。', 'One **bold** sentence.'));
    expect(message).toMatch(/only plain text and <T id="…"> terms are allowed/);
  });
});

describe('glossary validation', () => {
  it('names file and line of a malformed entry', async () => {
    const { root } = await glossaryFixture();
    await writeFile(path.join(root, 'glossary', 'bad-entry.yaml'), glossaryYaml.replace('lighthouse-factory', 'bad-entry').replace('灯塔工厂', '坏条目').replace('category: concept', 'category: gadget'));
    await expect(readGlossary(root)).rejects.toThrow(/glossary\/bad-entry\.yaml:6: .*category/s);
  });

  it('rejects a duplicate Chinese form and a pinyin that does not fit the characters', async () => {
    const { root } = await glossaryFixture();
    await writeFile(path.join(root, 'glossary', 'copy.yaml'), glossaryYaml.replace('id: lighthouse-factory', 'id: copy').replace('dēng tǎ gōng chǎng', 'dēngtǎ gōngchǎng'));
    await expect(readGlossary(root)).rejects.toThrow(/copy\.yaml:1: pinyin "dēngtǎ gōngchǎng" has 2 syllables for 4 characters[\s\S]*Chinese form "灯塔工厂" is already glossary term/);
  });

  it('fails the build when an entry is never used', async () => {
    const { root } = await glossaryFixture();
    await writeFile(path.join(root, 'documents', 'sample.mdx'), frontmatter + segment('一句。', 'One sentence.'));
    const store = createContentStore({ root });
    await expect(store.getDocuments()).rejects.toThrow(/lighthouse-factory\.yaml:1: glossary term "lighthouse-factory" is never used/);
  });
});

describe('the real content', () => {
  const root = path.join(process.cwd(), 'content');

  it('serves any number of documents: the fixture only when asked for', async () => {
    const published = await createContentStore({ root }).getDocuments();
    const withFixtures = await createContentStore({ root, fixtures: true }).getDocuments();
    expect(published.map((document) => document.meta.slug)).not.toContain('fixture-sample');
    expect(withFixtures.map((document) => document.meta.slug)).toEqual([...published.map((document) => document.meta.slug), 'fixture-sample']);
    const fixture = withFixtures.find((document) => document.meta.slug === 'fixture-sample');
    expect(fixture?.segments.map((segment) => segment.id)).toEqual(['t', 'p1']);
    expect(fixture?.segments[1]?.en).toEqual(['The first sentence.', 'The second sentence?']);
  });

  it('keeps every seed line, verbatim, in the interview', async () => {
    const { readFile } = await import('node:fs/promises');
    const seed = (await readFile(path.join(root, 'sources', 'beijing-digital-economy-2023.txt'), 'utf8'))
      .split('\n')
      .filter((line) => line.trim() !== '')
      // Verbatim but for typography: ASCII punctuation among Chinese is shown full-width.
      .map(normalizeChinesePunctuation);
    const document = await createContentStore({ root }).getDocument('beijing-digital-economy-2023');
    expect(document).not.toBeNull();
    const lines = document?.segments.map((segment) => segment.zh.join('')) ?? [];
    expect(lines).toEqual(seed.slice(0, lines.length));
    expect(lines).toHaveLength(seed.length - 1);
    expect(document?.meta.kind === 'interview' && document.meta.copy?.notice.zh).toBe(seed[seed.length - 1]);
  });

  it('keeps every line of the Regulations, verbatim: articles as the law prints them, label first', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = (await readFile(path.join(root, 'sources', 'beijing-digital-economy-promotion-regulations.txt'), 'utf8'))
      .split('\n')
      .filter((line) => line.trim() !== '');
    const document = await createContentStore({ root }).getDocument('beijing-digital-economy-promotion-regulations');
    expect(document?.meta.kind).toBe('regulation');
    // Each paragraph of each segment as one line; an article's first paragraph after its label.
    const lines = (document?.segments ?? []).flatMap((segment) =>
      segment.paragraphs.map((start, p) => {
        const end = segment.paragraphs[p + 1] ?? segment.zh.length;
        const text = segment.zh.slice(start, end).join('');
        const label = passageLabel(segment);
        return p === 0 && label ? `${label.zh} ${text}` : text;
      }),
    );
    expect(lines).toEqual(source);
    const articles = document?.segments.filter((segment) => segment.kind === 'article') ?? [];
    expect(articles.map((segment) => segment.id)).toEqual(Array.from({ length: 58 }, (_, i) => `art-${i + 1}`));
    expect(document?.segments.filter((segment) => segment.kind === 'chapter').map((segment) => segment.id)).toEqual(
      Array.from({ length: 9 }, (_, i) => `ch-${i + 1}`),
    );
  });

  it('reads polyphones in context', async () => {
    await createContentStore({ root }).getGlossary().then(() => createContentStore({ root }).getDocuments());
    const read = (text: string) => readings(text).join(' ');
    expect(read('局长张劲松')).toBe('jú zhǎng zhāng jìn sōng');
    expect(read('强劲动力')).toBe('qiáng jìng dòng lì');
    expect(read('创新银行')).toBe('chuàng xīn yín háng');
    expect(read('三一重工')).toBe('sān yī zhòng gōng');
    expect(read('首都')).toBe('shǒu dū');
    expect(read('转载')).toBe('zhuǎn zǎi');
    expect(read('中国西藏网')).toBe('zhōng guó xī zàng wǎng');
    expect(read('共享出行')).toBe('gòng xiǎng chū xíng');
    expect(read('便民生活圈')).toBe('biàn mín shēng huó quān');
    expect(read('一网通办')).toBe('yī wǎng tōng bàn');
  });
});
