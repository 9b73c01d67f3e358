import { getTranslations } from 'next-intl/server';
import type { TermCategory } from '@/lib/content/schema';
import { content } from '@/lib/content/load';
import type { TermCard } from '@/lib/glossary';
import { TermPopover as TermPopoverClient } from './term-popover.client';

type Props = { locale: 'en' | 'zh'; termIds: string[] };

/** Hands the popover only the cards of the terms this page marks, in the reader's language. */
export async function TermPopover({ locale, termIds }: Props) {
  const glossary = await content.getGlossary();
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  const terms: Record<string, TermCard> = {};
  for (const id of termIds) {
    const entry = glossary.byId.get(id);
    if (!entry) continue;
    terms[id] = {
      id,
      zh: entry.zh,
      pinyin: entry.pinyin,
      en: entry.en,
      category: entry.category,
      explanation: entry.explanation[locale],
      counts: entry.counts ?? [],
    };
  }
  const categories: Record<TermCategory, string> = {
    slogan: t('category.slogan'),
    institution: t('category.institution'),
    place: t('category.place'),
    company: t('category.company'),
    technology: t('category.technology'),
    law: t('category.law'),
    concept: t('category.concept'),
  };
  return (
    <TermPopoverClient
      terms={terms}
      locale={locale}
      labels={{
        categories,
        pinyin: t('pinyin'),
        english: t('english'),
        counts: t('counts'),
        openEntry: t('openEntry'),
        close: t('close'),
        dialog: t('dialogLabel', { term: '{term}' }),
      }}
    />
  );
}
