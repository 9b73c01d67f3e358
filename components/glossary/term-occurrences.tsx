import { getTranslations } from 'next-intl/server';
import { htmlLang, type AppLocale } from '@/i18n/routing';
import { passageLabel } from '@/lib/content/legal';
import { shortTitleOf, type GlossaryEntry } from '@/lib/content/schema';
import type { LoadedDocument } from '@/lib/content/store';
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

/**
 * Every passage that marks the term, grouped by document (the library's order: newest first):
 * the Chinese sentences that name it and their English.
 */
export async function TermOccurrences({ locale, entry, documents }: Props) {
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  const zhForms = [entry.zh, ...entry.aliases];
  const enForms = [entry.en, ...entry.enForms];
  const groups = documents
    .map((document) => ({
      slug: document.meta.slug,
      title: shortTitleOf(document.meta)[locale],
      occurrences: document.segments
        .filter((segment) => segment.terms.includes(entry.id))
        .map((segment) => {
          const indices = segment.zh.flatMap((sentence, index) => (zhForms.some((form) => sentence.includes(form)) ? [index] : []));
          const picked = indices.length > 0 ? indices : [0];
          return {
            id: segment.id,
            label: passageLabel(segment)?.[locale] ?? null,
            href: routes.segment(locale, document.meta.slug, segment.id),
            zh: picked.map((index) => segment.zh[index]).join(''),
            en: picked.map((index) => segment.en[index]).join(' '),
          };
        }),
    }))
    .filter((group) => group.occurrences.length > 0);
  const total = groups.reduce((sum, group) => sum + group.occurrences.length, 0);

  return (
    <TermSection
      id="occurrences"
      title={
        <>
          {t('occurrences')}{' '}
          <span className="font-normal text-muted">
            ({t('occurrencesCount', { count: total })}, {t('documentsCount', { count: groups.length })})
          </span>
        </>
      }
    >
      {groups.map((group) => (
        <section key={group.slug} aria-labelledby={`in-${group.slug}`} className="mt-4" data-occurrences-in={group.slug}>
          <h3 id={`in-${group.slug}`} className="mb-2 text-base font-bold">
            <a href={routes.document(locale, group.slug)} lang={htmlLang(locale)}>
              {group.title}
            </a>{' '}
            <span className="font-normal text-muted">({t('occurrencesCount', { count: group.occurrences.length })})</span>
          </h3>
          <ol className="grid gap-4">
            {group.occurrences.map((occurrence) => (
              <li key={occurrence.id} className="occurrence border-l-3 border-line pl-[0.9rem]">
                {occurrence.label && <p className="text-sm font-bold">{occurrence.label}</p>}
                <p lang="zh-CN" className="leading-[1.9]">
                  <Marked text={occurrence.zh} forms={zhForms} />
                </p>
                <p lang="en" className="mt-1 text-muted">
                  <Marked text={occurrence.en} forms={enForms} />
                </p>
                <a href={occurrence.href} className="mt-[0.35rem] inline-block text-sm">
                  {t('readPassage')}
                  <span className="sr-only">
                    : {occurrence.label ? `${occurrence.label}, ` : ''}
                    {group.title}
                  </span>
                </a>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </TermSection>
  );
}
