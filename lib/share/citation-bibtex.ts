// BibTeX (biblatex) for a passage: @online for an article, @legislation for a law.

import { DEFAULT_TRANSLATOR, citationPassage, isoDateString, oneLine, pinpoint, type CitationInput, type CitationMeta } from './citation';

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

/** The fields both entry types share, after the ones that say who made the original. */
function titleFields(meta: CitationMeta, translator: string): Array<[string, string]> {
  return [
    // Double braces keep the capitalisation of proper nouns in the English title.
    ['title', `{${escapeBibtex(meta.titleEn)}}`],
    ['origtitle', escapeBibtex(meta.titleZh)],
    ['origlanguage', 'chinese'],
    ['language', 'english'],
    ['translator', `{${escapeBibtex(translator)}}`],
  ];
}

/**
 * biblatex entry (fields unknown to classic BibTeX styles are ignored by them). A law is a
 * @legislation: its issuer as organization, its announcement as number, adopted as date.
 */
export function formatBibtex(input: CitationInput): string {
  const { meta, segment } = input;
  const passage = citationPassage(input);
  const translator = meta.translator ?? DEFAULT_TRANSLATOR;
  const accessed = isoDateString(input.accessed);
  const quoted = `Passage ${segment.id}: “${passage.zh}” “${passage.en}”`;
  let type: string;
  let fields: Array<[string, string]>;
  if (meta.kind === 'regulation') {
    const adopted = isoDateString(meta.adopted);
    const where = pinpoint(input);
    type = 'legislation';
    fields = [
      ...titleFields(meta, translator),
      ['organization', `{${escapeBibtex(meta.issuer.en)}} (${escapeBibtex(meta.issuer.zh)})`],
      ['number', escapeBibtex(`Announcement ${meta.announcement.en} (${meta.announcement.zh})`)],
    ];
    if (adopted) fields.push(['date', adopted], ['year', adopted.slice(0, 4)]);
    if (where) fields.push(['pages', escapeBibtex(where)], ['pagination', 'none']);
    fields.push(['url', bibtexUrl(input.url)]);
    if (accessed) fields.push(['urldate', accessed]);
    fields.push(['note', escapeBibtex(`In force ${meta.inForce}. English translation by ${translator}. ${quoted}`)]);
  } else {
    const published = isoDateString(meta.published);
    const reporters = meta.reporters.map((person) => `${person.family}, ${person.given}`).join(' and ');
    const reportersZh = meta.reporters
      .map((person) => (person.nameZh ? `${person.nameZh} (${person.family} ${person.given})` : `${person.family} ${person.given}`))
      .join(', ');
    type = 'online';
    fields = [
      ['author', escapeBibtex(reporters)],
      ...titleFields(meta, translator),
      ['organization', `{${escapeBibtex(meta.publisher.en)}} (${escapeBibtex(meta.publisher.zh)})`],
    ];
    if (published) fields.push(['date', published], ['year', published.slice(0, 4)]);
    fields.push(['url', bibtexUrl(input.url)]);
    if (accessed) fields.push(['urldate', accessed]);
    const origin = `Originally published by ${meta.publisher.en} (${meta.publisher.zh}); reporter ${reportersZh}.`;
    fields.push(['note', escapeBibtex(`${origin} English translation by ${translator}. ${quoted}`)]);
  }
  const body = fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n');
  return `@${type}{${bibtexKey(meta, segment.id)},\n${body}\n}\n`;
}
