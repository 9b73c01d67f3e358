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
    <ol>
      {headings.map((heading) => (
        <li key={heading.id}>
          <a href={`#${heading.id}`}>
            <span lang={htmlLang(locale)}>{segmentText(heading, locale)}</span>
            <span className="toc-other" lang={htmlLang(other)}>
              {segmentText(heading, other)}
            </span>
          </a>
        </li>
      ))}
    </ol>
  );
  if (compact) {
    return (
      <details className="toc toc-compact">
        <summary className="toc-title">{label}</summary>
        <nav aria-label={label}>{list}</nav>
      </details>
    );
  }
  return (
    <nav aria-label={label} className="toc toc-sidebar">
      <h2 className="toc-title">{label}</h2>
      {list}
    </nav>
  );
}
