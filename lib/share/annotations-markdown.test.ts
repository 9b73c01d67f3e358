import fc from 'fast-check';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { segmentText, type SegmentModel } from '@/lib/content/model';
import { escapeMarkdown, exportAnnotationsMarkdown } from './annotations-markdown';
import { createAnnotation, type Annotation } from './annotation';
import { SAMPLE_META, SAMPLE_SEGMENTS, SAMPLE_SLUG, sampleSegment } from './test-fixtures';

type Node = { type: string; value?: string; children?: Node[] };

function nodeTypes(node: Node): string[] {
  return [node.type, ...(node.children ?? []).flatMap(nodeTypes)];
}

function textOf(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'break') return '\n';
  return (node.children ?? []).map(textOf).join('');
}

const parse = (markdown: string): Node => unified().use(remarkParse).parse(markdown) as Node;

function make(segment: SegmentModel, lang: 'zh' | 'en', exact: string, id: string, note = '', docSlug = SAMPLE_SLUG): Annotation {
  const start = segmentText(segment, lang).indexOf(exact);
  const annotation = createAnnotation({
    docSlug,
    segment,
    lang,
    start,
    end: start + exact.length,
    note,
    id,
    now: () => new Date('2025-03-05T08:00:00.000Z'),
  });
  if (!annotation) throw new Error('invalid');
  return annotation;
}

const P1 = sampleSegment('s1-p1');
const P2 = sampleSegment('s1-p2');
const DOC = { slug: SAMPLE_SLUG, titleZh: SAMPLE_META.titleZh, titleEn: SAMPLE_META.titleEn, segments: SAMPLE_SEGMENTS };

describe('escapeMarkdown', () => {
  it('turns any note into plain text: parsing gives back exactly the text, with no markup nodes (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 60 }), fc.string({ maxLength: 20 }), (ascii, other) => {
        const note = `${ascii}${other}`.replace(/\r/g, '');
        const tree = parse(`**Note:** ${escapeMarkdown(note)}`);
        const allowed = new Set(['root', 'paragraph', 'strong', 'text', 'break']);
        for (const type of nodeTypes(tree)) expect(allowed.has(type)).toBe(true);
        const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();
        expect(normalise(textOf(tree))).toBe(normalise(`Note: ${note}`));
      }),
      { numRuns: 500 },
    );
  });

  it('neutralises headings, lists, links, images, HTML and entities', () => {
    const note = '# Title\n- item\n1. one\n[x](javascript:alert(1)) ![i](http://x/y.png)\n<script>alert(1)</script> &amp;\n---';
    const tree = parse(`**Note:** ${escapeMarkdown(note)}`);
    expect(nodeTypes(tree)).not.toEqual(expect.arrayContaining(['heading']));
    expect(nodeTypes(tree).filter((t) => ['heading', 'list', 'link', 'image', 'html', 'thematicBreak'].includes(t))).toEqual([]);
    expect(textOf(tree)).toContain('<script>alert(1)</script> &amp;');
  });
});

describe('exportAnnotationsMarkdown', () => {
  const a = make(P1, 'zh', '全球数字经济标杆城市', 'a1', '目标:\n<b>标杆</b>');
  const b = make(P2, 'en', 'Blockchain also ranks first nationwide', 'b2', 'See *ranking*');
  const other = make(P1, 'zh', '一年多来', 'o1', '', 'another-doc');

  it('groups by document and quotes both languages, notes as plain text', () => {
    const markdown = exportAnnotationsMarkdown([b, other, a], {
      documents: [DOC],
      exportedAt: new Date('2025-03-05T12:00:00Z'),
      linkFor: (annotation) => `/en/documents/${annotation.docSlug}#${annotation.segmentId}`,
    });
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# My highlights and notes');
    expect(markdown).toContain('Exported from Duizhao on 2025-03-05.');
    const docHeading = `## ${SAMPLE_META.titleZh} / ${SAMPLE_META.titleEn}`;
    expect(lines.indexOf(docHeading)).toBeGreaterThan(0);
    expect(lines.indexOf('## another-doc')).toBeGreaterThan(lines.indexOf(docHeading));
    // Within a document, in segment order: s1-p1 before s1-p2.
    expect(markdown.indexOf('s1-p1](')).toBeLessThan(markdown.indexOf('s1-p2]('));
    // zh quote is the saved text; en is the aligned sentence.
    expect(markdown).toContain('> **中文:** 全球数字经济标杆城市\n>\n> **English:** ' + P1.en[0]);
    expect(markdown).toContain(`> **中文:** ${P2.zh[2]}`);
    expect(markdown).toContain('> **English:** Blockchain also ranks first nationwide');
    expect(markdown).toContain('**Note:** 目标:  \n\\<b\\>标杆\\</b\\>');
    expect(markdown).toContain('**Note:** See \\*ranking\\*');
    expect(markdown).toContain(`### [s1-p1](</en/documents/${SAMPLE_SLUG}#s1-p1>) · 2025-03-05`);
    const tree = parse(markdown);
    expect(nodeTypes(tree).filter((t) => t === 'html')).toEqual([]);
  });

  it('says when a passage was revised or is gone, and then quotes only the saved text', () => {
    const revisedP1: SegmentModel = { ...P1, zh: [`据悉,${P1.zh[0]!}`, P1.zh[1]!, P1.zh[2]!] };
    const goneP2: SegmentModel = { ...P2, en: P2.en.map((s) => s.replace('Blockchain also ranks first nationwide', 'Blockchain leads')) };
    const segments = SAMPLE_SEGMENTS.map((s) => (s.id === 's1-p1' ? revisedP1 : s.id === 's1-p2' ? goneP2 : s));
    const markdown = exportAnnotationsMarkdown([a, b], { documents: [{ ...DOC, segments }] });
    expect(markdown).toContain('_The text of this passage has been revised since it was saved._');
    expect(markdown).toContain('_This passage is no longer in the current text._');
    expect(markdown).toContain('> **English:** Blockchain also ranks first nationwide');
    expect(markdown).not.toContain(`> **中文:** ${P2.zh[2]}`);
  });

  it('without document data, lists the saved quote under the slug', () => {
    const markdown = exportAnnotationsMarkdown([a]);
    expect(markdown).toContain(`## ${SAMPLE_SLUG}`);
    expect(markdown).toContain('> **中文:** 全球数字经济标杆城市\n');
    expect(markdown).not.toContain('English');
    expect(exportAnnotationsMarkdown([])).toBe('# My highlights and notes\n\n_No highlights yet._\n');
  });
});
