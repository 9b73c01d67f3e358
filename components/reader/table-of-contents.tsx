import { htmlLang, otherLang, type AppLocale } from '@/i18n/routing';
import { segmentText, type SegmentModel } from '@/lib/content/model';

type Props = {
  label: string;
  locale: AppLocale;
  segments: SegmentModel[];
  /** Folded into a disclosure, for screens without room for the sidebar. */
  compact?: boolean;
};

export function TableOfContents({ label, locale, segments, compact = false }: Props) {
  const headings = segments.filter((segment) => segment.kind === 'heading');
  const other = otherLang(locale);
  const list = (
    <ol className="grid list-decimal gap-2 pl-5">
      {headings.map((heading) => (
        <li key={heading.id}>
          <a href={`#${heading.id}`} className="group block text-ink no-underline">
            <span lang={htmlLang(locale)} className="group-hover:underline">
              {segmentText(heading, locale)}
            </span>
            <span className="block text-13 text-muted" lang={htmlLang(other)}>
              {segmentText(heading, other)}
            </span>
          </a>
        </li>
      ))}
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
