import type { SegmentModel } from '@/lib/model';

type Props = { label: string; locale: 'en' | 'zh'; segments: SegmentModel[] };

export function TableOfContents({ label, locale, segments }: Props) {
  const headings = segments.filter((segment) => segment.kind === 'heading');
  const other = locale === 'zh' ? 'en' : 'zh';
  return (
    <nav aria-label={label} className="toc">
      <h2 className="toc-title">{label}</h2>
      <ol>
        {headings.map((heading) => (
          <li key={heading.id}>
            <a href={`#${heading.id}`}>
              <span lang={locale === 'zh' ? 'zh-CN' : 'en'}>{heading[locale].join(locale === 'zh' ? '' : ' ')}</span>
              <span className="toc-other" lang={other === 'zh' ? 'zh-CN' : 'en'}>
                {heading[other].join(other === 'zh' ? '' : ' ')}
              </span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
