import { getTranslations } from 'next-intl/server';
import type { TermCategory } from '@/lib/content/schema';
import { TermPopover as TermPopoverClient } from './term-popover.client';

type Props = { locale: 'en' | 'zh' };

/** The popover's labels in the reader's language; the cards themselves load on intent. */
export async function TermPopover({ locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'Glossary' });
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
