// What the service worker (lib/offline/sw/) and the pages agree on: cache names and messages.

export const cacheNames = {
  /** Pages read online, and pages kept for offline reading: always refreshed from the network first. */
  pages: 'duizhao-pages',
  /** The data files pages fetch (readings, dictionary, glossary cards, search index, strings). */
  data: 'duizhao-data',
} as const;

/** The document's files beyond its page, in both UI locales: what "Keep for offline reading" stores. */
export function documentFiles(urls: {
  page: (locale: string) => string;
  data: (locale: string) => string[];
  shared: string[];
  locales: readonly string[];
}): { pages: string[]; data: string[] } {
  return {
    pages: urls.locales.map(urls.page),
    data: [...new Set([...urls.locales.flatMap(urls.data), ...urls.shared])],
  };
}
