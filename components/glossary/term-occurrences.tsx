import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import type { LoadedDocument } from '@/lib/content/store';
import type { GlossaryEntry } from '@/lib/content/schema';
import { splitMatches } from '@/lib/glossary/mark-forms';
import { routes } from '@/lib/routes/routes';
import { TermSection } from './term-section';

type Props = { locale: AppLocale; entry: GlossaryEntry; documents: LoadedDocument[] };

function Marked({ text, forms }: { text: string; forms: string[] }) {
  return splitMatches(text, forms).map((part, index) =>
    part.hit ? (
      <mark key={index} className="rounded-[0.15em] bg-hl text-ink">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}

/** Every passage that marks the term: the Chinese sentences that name it and their English. */
export async function TermOccurrences({ locale, entry, documents }: Props) {
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  const zhForms = [entry.zh, ...entry.aliases];
  const enForms = [entry.en, ...entry.enForms];
  const occurrences = documents.flatMap((document) =>
    document.segments
      .filter((segment) => segment.terms.includes(entry.id))
      .map((segment) => {
        const indices = segment.zh.flatMap((sentence, index) => (zhForms.some((form) => sentence.includes(form)) ? [index] : []));
        const picked = indices.length > 0 ? indices : [0];
        return {
          key: `${document.meta.slug}#${segment.id}`,
          href: routes.segment(locale, document.meta.slug, segment.id),
          title: document.meta.title[locale],
          zh: picked.map((index) => segment.zh[index]).join(''),
          en: picked.map((index) => segment.en[index]).join(' '),
        };
      }),
  );

  return (
    <TermSection
      id="occurrences"
      title={
        <>
          {t('occurrences')} <span className="font-normal text-muted">({t('occurrencesCount', { count: occurrences.length })})</span>
        </>
      }
    >
      <ol className="grid gap-4">
        {occurrences.map((occurrence) => (
          <li key={occurrence.key} className="occurrence border-l-3 border-line pl-[0.9rem]">
            <p lang="zh-CN" className="leading-[1.9]">
              <Marked text={occurrence.zh} forms={zhForms} />
            </p>
            <p lang="en" className="mt-1 text-muted">
              <Marked text={occurrence.en} forms={enForms} />
            </p>
            <a href={occurrence.href} className="mt-[0.35rem] inline-block text-sm">
              {t('readPassage')}
              <span className="sr-only">: {occurrence.title}</span>
            </a>
          </li>
        ))}
      </ol>
    </TermSection>
  );
}
