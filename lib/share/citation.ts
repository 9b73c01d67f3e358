// Citations for a passage: Chicago (notes-bibliography, bibliography form) here, BibTeX in
// citation-bibtex.ts and CSL-JSON in citation-csl.ts. Inputs are plain data; outputs are plain
// strings/objects. The item cited is the original (an article: its outlet, date, reporter; a law:
// its issuer, announcement, dates and the article and paragraph quoted) read in Duizhao's
// translation at a passage permalink on a given access date.

import { paragraphOf, segmentText, type SegmentModel } from '@/lib/content/model';

export type CitationPerson = {
  /** Romanised family name, e.g. "Meng". */
  family: string;
  /** Romanised given name, e.g. "Zhu". */
  given: string;
  /** Name in Chinese characters, e.g. "孟竹". */
  nameZh?: string;
};

type Bilingual = { zh: string; en: string };

type CitationCommon = {
  slug: string;
  titleZh: string;
  titleEn: string;
  /** Publication (an article) or promulgation (a law) date, ISO "YYYY-MM-DD". */
  published: string;
  /** Who made the translation; defaults to "Duizhao". */
  translator?: string;
};

/** A newspaper or online article, an interview. */
export type ArticleCitationMeta = CitationCommon & {
  kind: 'interview';
  /** Original publisher, e.g. { zh: '人民网', en: "People's Daily Online" }. */
  publisher: Bilingual;
  /** Reporters/authors of the original; Chinese names are written family name first. */
  reporters: readonly CitationPerson[];
};

/** A law or regulation. */
export type LegislationCitationMeta = CitationCommon & {
  kind: 'regulation';
  /** The body that adopted it. */
  issuer: Bilingual;
  /** The announcement's number, e.g. { zh: '〔十五届〕第89号', en: '(15th Congress) No. 89' }. */
  announcement: Bilingual;
  adopted: string;
  inForce: string;
};

export type CitationMeta = ArticleCitationMeta | LegislationCitationMeta;

/** What a citation needs of the segment quoted. */
export type CitedSegment = Pick<SegmentModel, 'id' | 'kind' | 'zh' | 'en' | 'number' | 'paragraphs'>;

export type CitationInput = {
  meta: CitationMeta;
  segment: CitedSegment;
  /** Sentence indices (0-based) to quote; default: the whole segment. */
  sentences?: readonly number[];
  /** Absolute permalink of the passage (its passage page). */
  url: string;
  /** Date accessed, ISO "YYYY-MM-DD" (a full ISO timestamp is accepted). */
  accessed: string;
  /** The Chinese quoted as the reader sees it in Traditional characters (the reference says so). */
  traditional?: (zh: string) => string;
};

/** What a citation quoting Traditional characters says of them (the official text is Simplified). */
export const TRADITIONAL_NOTE = 'Chinese in Traditional characters, converted by Duizhao from the official Simplified text';

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

/** "YYYY-MM-DD" normalised, or null. */
export function isoDateString(value: string): string | null {
  const date = parseIsoDate(value);
  if (!date) return null;
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

function chicagoDate(value: string): string {
  const date = parseIsoDate(value);
  return date ? `${MONTHS[date.month - 1]} ${date.day}, ${date.year}` : 'n.d.';
}

/** Ends a citation element with a period, without doubling one ("n.d." stays "n.d."). */
function period(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function picked(sentences: readonly number[] | undefined, count: number): number[] | null {
  if (!sentences || sentences.length === 0) return null;
  return [...new Set(sentences)].filter((i) => i >= 0 && i < count).sort((a, b) => a - b);
}

/** The quoted passage in both languages (selected sentences, or the whole segment). */
export function citationPassage(input: Pick<CitationInput, 'segment' | 'sentences' | 'traditional'>): { zh: string; en: string } {
  const { segment } = input;
  const script = input.traditional ?? ((zh: string) => zh);
  const chosen = picked(input.sentences, Math.max(segment.zh.length, segment.en.length));
  if (!chosen) return { zh: oneLine(script(segmentText(segment, 'zh'))), en: oneLine(segmentText(segment, 'en')) };
  const pick = (list: readonly string[]): string[] => chosen.filter((i) => i < list.length).map((i) => list[i]!);
  return { zh: oneLine(script(pick(segment.zh).join(''))), en: oneLine(pick(segment.en).join(' ')) };
}

/**
 * Where in a law the passage is, as lawyers cite it: "art. 18", "art. 18(2)" (its second
 * paragraph), "art. 18(1)–(2)". Null for a passage that is not an article.
 */
export function pinpoint(input: Pick<CitationInput, 'segment' | 'sentences'>): string | null {
  const { segment } = input;
  if (segment.kind !== 'article' || segment.number === null) return null;
  const article = `art. ${segment.number}`;
  const chosen = picked(input.sentences, segment.zh.length);
  if (!chosen || chosen.length === 0 || segment.paragraphs.length < 2) return article;
  const paragraphs = [...new Set(chosen.map((sentence) => paragraphOf(segment, sentence)))];
  if (paragraphs.length === segment.paragraphs.length) return article;
  const first = paragraphs[0]!;
  const last = paragraphs[paragraphs.length - 1]!;
  if (paragraphs.length === 1) return `${article}(${first})`;
  if (last - first + 1 === paragraphs.length) return `${article}(${first})–(${last})`;
  return `${article}${paragraphs.map((p) => `(${p})`).join(', ')}`;
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

function trailer(meta: CitationMeta, input: CitationInput): string {
  return (
    `${period(`Translated by ${oneLine(meta.translator ?? DEFAULT_TRANSLATOR)}`)} ` +
    `${period(`Accessed ${chicagoDate(input.accessed)}`)} ${period(oneLine(input.url))}`
  );
}

/**
 * Chicago bibliography entry. An article:
 *   Meng Zhu 孟竹. “北京市…” [Zhang Jinsong, …]. People's Daily Online 人民网,
 *   January 17, 2023. Translated by Duizhao. Accessed March 5, 2025. https://….
 * A law (statutes are cited by title, roman, with the article):
 *   Regulations for … [北京市…条例], art. 18(2). Standing Committee of … 北京市…常务委员会,
 *   Announcement (15th Congress) No. 89, adopted November 25, 2022, in force January 1, 2023. Translated by …
 */
export function formatChicago(input: CitationInput): ChicagoCitation {
  const { meta } = input;
  let parts: CitationPart[];
  if (meta.kind === 'regulation') {
    const where = pinpoint(input);
    parts = [
      {
        text:
          `${oneLine(meta.titleEn)} [${oneLine(meta.titleZh)}]${where ? `, ${where}` : ''}. ` +
          `${oneLine(meta.issuer.en)} ${oneLine(meta.issuer.zh)}, Announcement ${oneLine(meta.announcement.en)}, ` +
          `${period(`adopted ${chicagoDate(meta.adopted)}, in force ${chicagoDate(meta.inForce)}`)} ${trailer(meta, input)}`,
      },
    ];
  } else {
    const authors = joinNames(meta.reporters.map(personName));
    const head = `${authors ? `${authors}. ` : ''}“${oneLine(meta.titleZh)}” [${oneLine(meta.titleEn)}]. `;
    const tail = ` ${period(`${oneLine(meta.publisher.zh)}, ${chicagoDate(meta.published)}`)} ${trailer(meta, input)}`;
    parts = [{ text: head }, { text: oneLine(meta.publisher.en), italic: true }, { text: tail }];
  }
  const reference = parts.map((part) => part.text).join('');
  const passage = citationPassage(input);
  const note = input.traditional ? ` [${TRADITIONAL_NOTE}]` : '';
  return { reference, parts, passage, text: `${reference}\n\n“${passage.zh}”${note}\n“${passage.en}”` };
}
