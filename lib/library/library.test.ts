import { describe, expect, it } from 'vitest';
import { documentsWithTerm, lengthOf, readingMinutes } from './facts';
import { linkErrors, linkOf, linkTargets, mentionsOf } from './links';

const entries = [{ id: 'regs', document: 'regs-doc' }, { id: 'missing', document: 'not-here' }, { id: 'plain' }];
const documents = [
  {
    slug: 'interview',
    segments: [
      { id: 'p1', terms: ['plain'], refs: [] },
      { id: 'p2', terms: ['regs', 'plain'], refs: [{ term: 'regs', at: 'art-58' }] },
      { id: 'p3', terms: ['regs'], refs: [] },
    ],
  },
  {
    slug: 'regs-doc',
    segments: [
      { id: 'title', terms: [], refs: [] },
      { id: 'art-58', terms: ['regs'], refs: [] },
    ],
  },
];

describe('links between documents', () => {
  it('resolves a term that names a held document, at the passage a mark names', () => {
    const targets = linkTargets(entries, ['interview', 'regs-doc']);
    expect([...targets]).toEqual([['regs', 'regs-doc']]);
    expect(linkOf(targets, 'regs', 'art-58')).toEqual({ slug: 'regs-doc', segment: 'art-58' });
    expect(linkOf(targets, 'regs')).toEqual({ slug: 'regs-doc', segment: null });
    expect(linkOf(targets, 'plain')).toBeNull();
    expect(linkOf(targets, 'missing')).toBeNull();
  });

  it('lists mentions both ways, without a document mentioning itself', () => {
    const targets = linkTargets(entries, ['interview', 'regs-doc']);
    expect(mentionsOf(documents, targets)).toEqual([{ from: 'interview', to: 'regs-doc', segments: ['p2', 'p3'] }]);
  });

  it('reports a document the library lacks and a passage the target lacks', () => {
    const broken = [{ ...documents[0]!, segments: [{ id: 'p9', terms: ['regs'], refs: [{ term: 'regs', at: 'art-99' }] }] }, documents[1]!];
    expect(linkErrors(broken, entries)).toEqual([
      'content/glossary/missing.yaml:1: document "not-here" is not in the library',
      'interview: segment "p9" links <T id="regs" at="art-99">, but regs-doc has no passage "art-99"',
    ]);
    expect(
      linkErrors(
        documents,
        entries.filter((entry) => entry.id !== 'missing'),
      ),
    ).toEqual([]);
  });
});

describe('length and reading time', () => {
  it('counts Han characters and English words', () => {
    const length = lengthOf([{ zh: ['北京，2023年。', '数字经济！'], en: ["Beijing's digital-economy plan, 2023.", 'Go.'] }]);
    expect(length).toEqual({ zh: 7, en: 5 });
    expect(readingMinutes({ zh: 3000, en: 1900 })).toEqual({ zh: 10, en: 10 });
    expect(readingMinutes({ zh: 10, en: 10 })).toEqual({ zh: 1, en: 1 });
  });
});

describe('documentsWithTerm', () => {
  it('lists the documents that mark a term, in the order given', () => {
    const doc = (slug: string, terms: string[][]) => ({ meta: { slug }, segments: terms.map((t) => ({ terms: t })) });
    const library = [doc('b', [['x'], []]), doc('a', [['y']]), doc('c', [[], ['x', 'y']])];
    expect(documentsWithTerm(library, 'x')).toEqual(['b', 'c']);
    expect(documentsWithTerm(library, 'z')).toEqual([]);
  });
});
