// CSL-JSON for a passage: article-newspaper for an article, legislation for a law.

import { bibtexKey } from './citation-bibtex';
import { DEFAULT_TRANSLATOR, citationPassage, oneLine, parseIsoDate, pinpoint, type CitationInput } from './citation';

export type CslName = { family: string; given: string } | { literal: string };
export type CslDate = { 'date-parts': [[number, number, number]] } | { raw: string };

export type CslItem = {
  id: string;
  type: 'article-newspaper' | 'legislation';
  title: string;
  'original-title': string;
  author?: CslName[];
  translator: CslName[];
  'container-title'?: string;
  /** A law's issuing body. */
  authority?: string;
  /** A law's announcement number. */
  number?: string;
  /** The article (and paragraph) quoted: "art. 18(2)". */
  section?: string;
  publisher: string;
  'original-publisher': string;
  issued: CslDate;
  accessed: CslDate;
  URL: string;
  language: string;
  note: string;
};

function cslDate(value: string): CslDate {
  const date = parseIsoDate(value);
  return date ? { 'date-parts': [[date.year, date.month, date.day]] } : { raw: value };
}

/** One CSL-JSON item (wrap in an array for a CSL-JSON file: JSON.stringify([item])). */
export function formatCslJson(input: CitationInput): CslItem {
  const { meta, segment } = input;
  const passage = citationPassage(input);
  const translator = meta.translator ?? DEFAULT_TRANSLATOR;
  const quoted = `Passage ${segment.id}: “${passage.zh}” “${passage.en}”`;
  const common = {
    id: bibtexKey(meta, segment.id),
    title: oneLine(meta.titleEn),
    'original-title': oneLine(meta.titleZh),
    translator: [{ literal: translator }],
    publisher: translator,
    accessed: cslDate(input.accessed),
    URL: oneLine(input.url),
    language: 'en',
  };
  if (meta.kind === 'regulation') {
    const where = pinpoint(input);
    return {
      ...common,
      type: 'legislation',
      authority: `${oneLine(meta.issuer.en)} ${oneLine(meta.issuer.zh)}`,
      number: `Announcement ${oneLine(meta.announcement.en)} ${oneLine(meta.announcement.zh)}`,
      ...(where ? { section: where } : {}),
      'original-publisher': `${oneLine(meta.issuer.zh)} (${oneLine(meta.issuer.en)})`,
      issued: cslDate(meta.adopted),
      note: `In force ${meta.inForce}. English translation by ${translator}. ${quoted}`,
    };
  }
  const reportersZh = meta.reporters
    .filter((person) => person.nameZh)
    .map((person) => `${person.nameZh} (${person.family} ${person.given})`)
    .join(', ');
  return {
    ...common,
    type: 'article-newspaper',
    author: meta.reporters.map((person) => ({ family: oneLine(person.family), given: oneLine(person.given) })),
    'container-title': `${oneLine(meta.publisher.en)} ${oneLine(meta.publisher.zh)}`,
    'original-publisher': `${oneLine(meta.publisher.zh)} (${oneLine(meta.publisher.en)})`,
    issued: cslDate(meta.published),
    note: `${reportersZh ? `Reporter: ${reportersZh}. ` : ''}English translation by ${translator}. ${quoted}`,
  };
}
