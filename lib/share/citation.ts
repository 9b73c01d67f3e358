// Citations for a passage: Chicago (notes-bibliography, bibliography form),
// BibTeX (biblatex @online) and CSL-JSON. Inputs are plain data; outputs are
// plain strings/objects. The item cited is the original article (People's
// Daily Online 人民网, its date, reporter, title zh/en) read in Duizhao's
// translation at a segment permalink on a given access date.

import { segmentText, type SegmentModel } from '@/lib/content/model';

export type CitationPerson = {
  /** Romanised family name, e.g. "Meng". */
  family: string;
  /** Romanised given name, e.g. "Zhu". */
  given: string;
  /** Name in Chinese characters, e.g. "孟竹". */
  nameZh?: string;
};

export type CitationMeta = {
  slug: string;
  titleZh: string;
  titleEn: string;
  /** Original publisher, e.g. { zh: '人民网', en: "People's Daily Online" }. */
  publisher: { zh: string; en: string };
  /** Reporters/authors of the original; Chinese names are written family name first. */
  reporters: readonly CitationPerson[];
  /** Publication date of the original, ISO "YYYY-MM-DD". */
  published: string;
  /** Who made the translation; defaults to "Duizhao". */
  translator?: string;
};

export type CitationInput = {
  meta: CitationMeta;
  segment: Pick<SegmentModel, 'id' | 'zh' | 'en'>;
  /** Sentence indices (0-based) to quote; default: the whole segment. */
  sentences?: readonly number[];
  /** Absolute permalink of the passage (its passage page). */
  url: string;
  /** Date accessed, ISO "YYYY-MM-DD" (a full ISO timestamp is accepted). */
  accessed: string;
};

export const DEFAULT_TRANSLATOR = 'Duizhao';

type IsoDate = { year: number; month: number; day: number };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Parses "YYYY-MM-DD" (optionally followed by a time). Null when not a real date. */
export function parseIsoDate(value: string): IsoDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day };
}

function chicagoDate(value: string): string {
  const date = parseIsoDate(value);
  return date ? `${MONTHS[date.month - 1]} ${date.day}, ${date.year}` : 'n.d.';
}

/** Ends a citation element with a period, without doubling one ("n.d." stays "n.d."). */
function period(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The quoted passage in both languages (selected sentences, or the whole segment). */
export function citationPassage(input: Pick<CitationInput, 'segment' | 'sentences'>): { zh: string; en: string } {
  const { segment, sentences } = input;
  if (!sentences || sentences.length === 0) {
    return { zh: oneLine(segmentText(segment, 'zh')), en: oneLine(segmentText(segment, 'en')) };
  }
  const picked = [...new Set(sentences)].sort((a, b) => a - b);
  const pick = (list: readonly string[]): string[] => picked.filter((i) => i >= 0 && i < list.length).map((i) => list[i]!);
  return { zh: oneLine(pick(segment.zh).join('')), en: oneLine(pick(segment.en).join(' ')) };
}

function personName(person: CitationPerson): string {
  // Chinese order: family name first, no comma (Chicago 8.15).
  const romanised = `${oneLine(person.family)} ${oneLine(person.given)}`.trim();
  return person.nameZh ? `${romanised} ${oneLine(person.nameZh)}` : romanised;
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]}`;
}

export type CitationPart = { text: string; italic?: boolean };

export type ChicagoCitation = {
  /** Bibliography entry as plain text. */
  reference: string;
  /** Same entry split for rendering; italic parts are the publication name. */
  parts: CitationPart[];
  passage: { zh: string; en: string };
  /** Reference, a blank line, then the passage in Chinese and in English. */
  text: string;
};

/**
 * Chicago bibliography entry, e.g.
 *   Meng Zhu 孟竹. “北京市…” [Zhang Jinsong, …]. People's Daily Online 人民网,
 *   January 17, 2023. Translated by Duizhao. Accessed March 5, 2025. https://….
 */
export function formatChicago(input: CitationInput): ChicagoCitation {
  const { meta } = input;
  const authors = joinNames(meta.reporters.map(personName));
  const head = `${authors ? `${authors}. ` : ''}“${oneLine(meta.titleZh)}” [${oneLine(meta.titleEn)}]. `;
  const tail =
    ` ${period(`${oneLine(meta.publisher.zh)}, ${chicagoDate(meta.published)}`)} ` +
    `${period(`Translated by ${oneLine(meta.translator ?? DEFAULT_TRANSLATOR)}`)} ` +
    `${period(`Accessed ${chicagoDate(input.accessed)}`)} ${period(oneLine(input.url))}`;
  const parts: CitationPart[] = [{ text: head }, { text: oneLine(meta.publisher.en), italic: true }, { text: tail }];
  const reference = parts.map((part) => part.text).join('');
  const passage = citationPassage(input);
  return { reference, parts, passage, text: `${reference}\n\n“${passage.zh}”\n“${passage.en}”` };
}

// ---------------------------------------------------------------------------
// BibTeX

const BIBTEX_REPLACEMENTS: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  // Braces are replaced by commands, not \{ \}: BibTeX counts every brace,
  // escaped or not, so an unbalanced \{ would still break the entry.
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '#': '\\#',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** Escapes text for a brace-delimited BibTeX field (LaTeX specials, braces, newlines). */
export function escapeBibtex(text: string): string {
  return oneLine(text.replace(/[\u0000-\u001F\u007F]/g, ' ')).replace(/[\\{}#$%&_^~]/g, (char) => BIBTEX_REPLACEMENTS[char] ?? char);
}

/** URLs go into biblatex's verbatim `url` field: no LaTeX escaping, but no braces, backslashes or spaces. */
function bibtexUrl(url: string): string {
  return oneLine(url).replace(/[{}\\\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export function bibtexKey(meta: Pick<CitationMeta, 'slug'>, segmentId: string): string {
  return `duizhao:${meta.slug}:${segmentId}`.replace(/[^A-Za-z0-9:_-]/g, '-');
}

function isoDateString(value: string): string | null {
  const date = parseIsoDate(value);
  if (!date) return null;
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** biblatex @online entry (fields unknown to classic BibTeX styles are ignored by them). */
export function formatBibtex(input: CitationInput): string {
  const { meta, segment } = input;
  const passage = citationPassage(input);
  const translator = meta.translator ?? DEFAULT_TRANSLATOR;
  const published = isoDateString(meta.published);
  const accessed = isoDateString(input.accessed);
  const reporters = meta.reporters.map((person) => `${person.family}, ${person.given}`).join(' and ');
  const reportersZh = meta.reporters
    .map((person) => (person.nameZh ? `${person.nameZh} (${person.family} ${person.given})` : `${person.family} ${person.given}`))
    .join(', ');
  const note =
    `Originally published by ${meta.publisher.en} (${meta.publisher.zh}); reporter ${reportersZh}. ` +
    `English translation by ${translator}. Passage ${segment.id}: “${passage.zh}” “${passage.en}”`;
  const fields: Array<[string, string]> = [
    ['author', escapeBibtex(reporters)],
    // Double braces keep the capitalisation of proper nouns in the English title.
    ['title', `{${escapeBibtex(meta.titleEn)}}`],
    ['origtitle', escapeBibtex(meta.titleZh)],
    ['origlanguage', 'chinese'],
    ['language', 'english'],
    ['translator', `{${escapeBibtex(translator)}}`],
    ['organization', `{${escapeBibtex(meta.publisher.en)}} (${escapeBibtex(meta.publisher.zh)})`],
  ];
  if (published) fields.push(['date', published], ['year', published.slice(0, 4)]);
  fields.push(['url', bibtexUrl(input.url)]);
  if (accessed) fields.push(['urldate', accessed]);
  fields.push(['note', escapeBibtex(note)]);
  const body = fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n');
  return `@online{${bibtexKey(meta, segment.id)},\n${body}\n}\n`;
}

// ---------------------------------------------------------------------------
// CSL-JSON

export type CslName = { family: string; given: string } | { literal: string };
export type CslDate = { 'date-parts': [[number, number, number]] } | { raw: string };

export type CslItem = {
  id: string;
  type: 'article-newspaper';
  title: string;
  'original-title': string;
  author: CslName[];
  translator: CslName[];
  'container-title': string;
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
  const reportersZh = meta.reporters
    .filter((person) => person.nameZh)
    .map((person) => `${person.nameZh} (${person.family} ${person.given})`)
    .join(', ');
  return {
    id: bibtexKey(meta, segment.id),
    type: 'article-newspaper',
    title: oneLine(meta.titleEn),
    'original-title': oneLine(meta.titleZh),
    author: meta.reporters.map((person) => ({ family: oneLine(person.family), given: oneLine(person.given) })),
    translator: [{ literal: translator }],
    'container-title': `${oneLine(meta.publisher.en)} ${oneLine(meta.publisher.zh)}`,
    publisher: translator,
    'original-publisher': `${oneLine(meta.publisher.zh)} (${oneLine(meta.publisher.en)})`,
    issued: cslDate(meta.published),
    accessed: cslDate(input.accessed),
    URL: oneLine(input.url),
    language: 'en',
    note:
      `${reportersZh ? `Reporter: ${reportersZh}. ` : ''}English translation by ${translator}. ` +
      `Passage ${segment.id}: “${passage.zh}” “${passage.en}”`,
  };
}
