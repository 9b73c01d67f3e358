/*
 * Every URL the app builds, in one typed module (browser-safe, no imports). Pages, links,
 * fetches, sitemaps and the proxy's table of known paths (known-path.ts) all start here, so a
 * route changes in one place. Paths include the base path the site is served under (set at build
 * time for static hosts under a sub-path), so plain <a href> links work wherever it is hosted.
 */

/** The site's base path ('' at the root of a host; '/duizhao' under a sub-path). */
export const basePath = (process.env.NEXT_PUBLIC_BASE_PATH ?? '').replace(/\/$/, '');

type Locale = string;

/** The static HTML fragments of a document page (see components/site/static-html.client.tsx). */
export const fragmentNames = ['body', 'contents', 'contents-compact'] as const;
export type FragmentName = (typeof fragmentNames)[number];

/** The glossary page's static HTML fragments: its list of terms. */
export const glossaryFragmentNames = ['list'] as const;
export type GlossaryFragmentName = (typeof glossaryFragmentNames)[number];

/** One static HTML fragment: a document page's, or the glossary page's. */
export type Fragment = { page: 'document'; slug: string; name: FragmentName } | { page: 'glossary'; name: GlossaryFragmentName };

const part = encodeURIComponent;

/**
 * The stylesheet after the first paint, in the order pages append its parts: Tailwind's layers up
 * to its components, then its utilities (lib/first-paint/late-css.ts).
 */
export const lateCssParts = ['layers', 'utilities'] as const;
export type LateCssPart = (typeof lateCssParts)[number];

/** Below the locale prefix, without the base path: what hreflang alternates and the sitemap vary. */
export const localPaths = {
  library: () => '',
  glossary: () => '/glossary',
  term: (termId: string) => `/glossary/${part(termId)}`,
  search: () => '/search',
  about: () => '/about',
  offline: () => '/offline',
  document: (slug: string) => `/documents/${part(slug)}`,
  passage: (slug: string, segmentId: string) => `/documents/${part(slug)}/passages/${part(segmentId)}`,
  notFound: () => '/404',
} as const;

export type LocalPath = ReturnType<(typeof localPaths)[keyof typeof localPaths]>;

/** A path below a locale, with the base path: `/{base}/{locale}{local}`. */
export function localized(locale: Locale, local: string): string {
  return `${basePath}/${locale}${local}`;
}

export const routes = {
  library: (locale: Locale) => localized(locale, localPaths.library()),
  glossary: (locale: Locale) => localized(locale, localPaths.glossary()),
  about: (locale: Locale) => localized(locale, localPaths.about()),
  offline: (locale: Locale) => localized(locale, localPaths.offline()),
  term: (locale: Locale, termId: string) => localized(locale, localPaths.term(termId)),
  document: (locale: Locale, slug: string) => localized(locale, localPaths.document(slug)),
  /** The document scrolled to one segment (the fragment is the segment id). */
  segment: (locale: Locale, slug: string, segmentId: string) => `${routes.document(locale, slug)}#${part(segmentId)}`,
  /** One sentence of a segment, as a share link names it (`s` is 1-based). */
  sentence: (locale: Locale, slug: string, segmentId: string, sentence: number) =>
    `${routes.document(locale, slug)}?s=${sentence}#${part(segmentId)}`,
  /** The segment's own page: the permalink citations name. */
  passage: (locale: Locale, slug: string, segmentId: string) => localized(locale, localPaths.passage(slug, segmentId)),
  /** The search page, optionally with a query and narrowed to one document (its slug). */
  search: (locale: Locale, query = '', doc = '') => {
    const params = [query ? `q=${part(query)}` : '', doc ? `doc=${part(doc)}` : ''].filter(Boolean).join('&');
    return `${localized(locale, localPaths.search())}${params ? `?${params}` : ''}`;
  },
  /** A search result: the document at its segment, with the query to highlight there. */
  searchResult: (locale: Locale, slug: string, segmentId: string, query: string) =>
    `${routes.document(locale, slug)}${query ? `?hl=${part(query)}` : ''}#${part(segmentId)}`,
  notFound: (locale: Locale) => localized(locale, localPaths.notFound()),
  // Static data files, fetched by the browser on intent.
  searchIndex: () => `${basePath}/search-index.json`,
  /** One document's texts for search (the core lists these). */
  searchShard: (slug: string) => `${basePath}/search-index/${part(slug)}.json`,
  glossaryCards: (locale: Locale) => `${basePath}/${locale}/glossary-cards.json`,
  passageData: (locale: Locale, slug: string) => `${routes.document(locale, slug)}/passages/segments.json`,
  readings: (locale: Locale, slug: string) => `${routes.document(locale, slug)}/readings.json`,
  /** The document's Chinese in Traditional characters (lib/script). */
  traditional: (locale: Locale, slug: string) => `${routes.document(locale, slug)}/hant.json`,
  /** The document's words from CC-CEDICT, for the word card (lib/dictionary). */
  dictionary: (locale: Locale, slug: string) => `${routes.document(locale, slug)}/dictionary.json`,
  /** A page's static HTML (a document's body and contents, the glossary's list), for a page that was not server-rendered. */
  fragment: (locale: Locale, fragment: Fragment) => `${routes.fragmentPage(locale, fragment)}/fragments/${fragment.name}.html`,
  /** The page a fragment belongs to. */
  fragmentPage: (locale: Locale, fragment: Fragment) =>
    fragment.page === 'document' ? routes.document(locale, fragment.slug) : routes.glossary(locale),
  siteCss: () => `${basePath}/site.css`,
  /** A part of the site stylesheet a page loads after its first paint, beside the CSS it inlines (lib/first-paint/late-css.ts). */
  siteCssLate: (part: LateCssPart) => `${basePath}/site-late/${part}.css`,
  /** Every part of it, in the order pages append them. */
  siteCssLateParts: () => lateCssParts.map((part) => routes.siteCssLate(part)),
  /** A part of one page's stylesheet after its first paint, by content (lib/first-paint/page-late-css.ts). */
  pageCssLate: (name: string) => `${basePath}/late-css/${name}.css`,
  /** One of the app's PNG icons (lib/offline/icons.ts). */
  icon: (file: string) => `${basePath}/icons/${part(file)}`,
  /** One feature's UI strings, for code that loads on intent (i18n/message-files.ts). */
  messages: (locale: Locale, feature: string) => `${basePath}/${locale}/messages/${feature}.json`,
  routeManifest: () => `${basePath}/routes.json`,
} as const;
