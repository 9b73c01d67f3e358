import { z } from 'zod';
import { normalizeChinesePunctuation } from '@/lib/text/chinese-punctuation';

export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z.string().regex(idPattern, 'must be kebab-case (a-z, 0-9, -)');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

export const bilingual = z.strictObject({
  // Shown with Chinese punctuation (lib/text/chinese-punctuation.ts), like the documents' text.
  zh: z.string().trim().min(1).transform(normalizeChinesePunctuation),
  en: z.string().trim().min(1),
});
export type Bilingual = z.infer<typeof bilingual>;

const common = {
  slug: id,
  title: bilingual,
  /** A title short enough for menus and result groups; the title when omitted (shortTitleOf). */
  shortTitle: bilingual.optional(),
  summary: bilingual,
  /** Published (an article) or promulgated (a law). */
  published: isoDate,
};

/** An interview or article: who asked, who answered, where it appeared. */
export const interviewSchema = z.strictObject({
  ...common,
  kind: z.literal('interview'),
  interviewed: isoDate.optional(),
  reporter: bilingual,
  speaker: bilingual,
  office: bilingual,
  programme: bilingual.optional(),
  /** The outlet that published it. */
  source: bilingual,
  /** Where our copy of the text comes from, when not from the outlet itself, and its notice. */
  copy: z.strictObject({ from: bilingual, notice: bilingual }).optional(),
});

/** A law or regulation: who adopted it, how it was announced, when it took effect. */
export const regulationSchema = z.strictObject({
  ...common,
  kind: z.literal('regulation'),
  issuer: bilingual,
  /** The announcement that promulgated it (〔十五届〕第89号). */
  announcement: bilingual,
  adopted: isoDate,
  inForce: isoDate,
  /** Where our copy of the official text comes from. */
  source: bilingual,
});

export const frontmatterSchema = z.discriminatedUnion('kind', [interviewSchema, regulationSchema]);
export type Frontmatter = z.infer<typeof frontmatterSchema>;

export function shortTitleOf(meta: Pick<Frontmatter, 'title' | 'shortTitle'>): Bilingual {
  return meta.shortTitle ?? meta.title;
}
export type DocumentKind = Frontmatter['kind'];
export const documentKinds = ['interview', 'regulation'] as const satisfies readonly DocumentKind[];

export const termCategories = [
  'slogan',
  'institution',
  'place',
  'company',
  'technology',
  'law',
  'concept',
] as const;
export type TermCategory = (typeof termCategories)[number];

export const glossaryEntrySchema = z.strictObject({
  id,
  zh: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).default([]),
  pinyin: z
    .string()
    .trim()
    .regex(/^[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ0-9' -]+$/, 'must be pinyin with tone marks'),
  en: z.string().trim().min(1),
  enForms: z.array(z.string().trim().min(1)).default([]),
  otherRenderings: z.array(z.string().trim().min(1)).default([]),
  category: z.enum(termCategories),
  explanation: bilingual,
  counts: z.array(bilingual).optional(),
  related: z.array(id).default([]),
  sourceNote: bilingual.optional(),
  /** The document this term is the title of, when the library holds it: mentions link to it. */
  document: id.optional(),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type GlossaryIndex = ReadonlyMap<string, GlossaryEntry>;

export const pinyinOverridesSchema = z.record(
  z.string().regex(/^\p{Script=Han}+$/u, 'keys must be Chinese words'),
  z.string().trim().min(1),
);
