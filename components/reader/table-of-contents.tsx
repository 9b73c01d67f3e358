import { htmlLang, otherLang, type AppLocale } from '@/i18n/routing';
import { articleRange } from '@/lib/content/legal';
import { segmentText, type SegmentModel } from '@/lib/content/model';

type Props = {
  label: string;
  locale: AppLocale;
  segments: SegmentModel[];
  /** Folded into a disclosure, for screens without room for the sidebar. */
  compact?: boolean;
};

/** The articles under a chapter, as a range of labels; null for a heading that is not a chapter. */
function articlesOf(chapter: SegmentModel, segments: readonly SegmentModel[]) {
  if (chapter.kind !== 'chapter') return null;
  const numbers = segments
    .filter((segment) => segment.kind === 'article' && segment.section === chapter.id)
    .flatMap((segment) => segment.number ?? []);
  const [first] = numbers;
  return first === undefined ? null : articleRange(first, numbers[numbers.length - 1] ?? first);
}

export function TableOfContents({ label, locale, segments, compact = false }: Props) {
  const headings = segments.filter((segment) => segment.kind === 'heading' || segment.kind === 'chapter');
  const other = otherLang(locale);
  // Chapters carry their own numbers (第一章 / Chapter I): the list does not number them again.
  const numbered = headings.every((heading) => heading.kind === 'heading');
  const list = (
    <ol className={`grid gap-2 ${numbered ? 'list-decimal pl-5' : 'list-none'}`}>
      {headings.map((heading) => {
        const articles = articlesOf(heading, segments);
        return (
          <li key={heading.id}>
            <a href={`#${heading.id}`} className="group block text-ink no-underline">
              <span lang={htmlLang(locale)} className="group-hover:underline">
                {segmentText(heading, locale)}
              </span>
              <span className="block text-13 text-muted" lang={htmlLang(other)}>
                {segmentText(heading, other)}
              </span>
              {articles && (
                <span className="block text-13 text-muted" lang={htmlLang(locale)}>
                  {articles[locale]}
                </span>
              )}
            </a>
          </li>
        );
      })}
    </ol>
  );
  if (compact) {
    return (
      <details className="toc toc-compact group mb-4 xl:hidden">
        <summary className="min-h-6 cursor-pointer font-bold group-open:mb-2">{label}</summary>
        <nav aria-label={label}>{list}</nav>
      </details>
    );
  }
  return (
    <nav aria-label={label} className="toc">
      <h2 className="mb-2 font-bold">{label}</h2>
      {list}
    </nav>
  );
}
