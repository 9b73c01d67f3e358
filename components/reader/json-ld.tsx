type Props = { data: Record<string, unknown> };

/** Structured data for search engines, built from our own frontmatter only. */
export function JsonLd({ data }: Props) {
  // '<' is escaped so that no value can close the script element.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }} />;
}
