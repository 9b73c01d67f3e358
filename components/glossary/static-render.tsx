import { createTranslator, type Messages } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import type { AppLocale } from '@/i18n/routing';
import type { GlossaryEntry } from '@/lib/content/schema';
import { byPinyin } from '@/lib/glossary/glossary';
import { documentsWithTerm, type Marked } from '@/lib/library/facts';
import type { GlossaryFragmentName } from '@/lib/routes/routes';
import { GlossaryList } from './glossary-list';

/*
 * The glossary page's static HTML, rendered once per locale at build time (scripts/build-content.ts)
 * from our own content: its list of terms. The page sends it as HTML that React does not hydrate
 * (components/site/static-html.client.tsx), so the list travels once, not again in the RSC payload,
 * and costs the browser no hydration. Everything in it comes from content/ and messages/, never
 * from a URL, storage or a query.
 */
export function renderGlossaryFragments(
  entries: readonly GlossaryEntry[],
  documents: readonly Marked[],
  locale: AppLocale,
  messages: Messages,
): Record<GlossaryFragmentName, string> {
  const t = createTranslator({ locale, messages, namespace: 'Glossary' });
  const sorted = [...entries].sort(byPinyin);
  const documentsOf = (termId: string) => documentsWithTerm(documents, termId);
  return { list: renderToStaticMarkup(<GlossaryList locale={locale} entries={sorted} documentsOf={documentsOf} t={t} />) };
}
