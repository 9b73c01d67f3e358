import { z } from 'zod';

export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z.string().regex(idPattern, 'must be kebab-case (a-z, 0-9, -)');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

export const bilingual = z.strictObject({
  zh: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type Bilingual = z.infer<typeof bilingual>;

export const frontmatterSchema = z.strictObject({
  slug: id,
  title: bilingual,
  summary: bilingual,
  published: isoDate,
  interviewed: isoDate.optional(),
  reporter: bilingual,
  speaker: bilingual,
  office: bilingual,
  programme: bilingual.optional(),
  source: bilingual,
  rightsNotice: bilingual,
});
export type Frontmatter = z.infer<typeof frontmatterSchema>;

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
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const pinyinOverridesSchema = z.record(
  z.string().regex(/^\p{Script=Han}+$/u, 'keys must be Chinese words'),
  z.string().trim().min(1),
);
