// Constants the always-loaded browser code needs (the share controller checks
// the URL and localStorage before deciding to load anything). Kept in a module
// of their own, with no imports, so that reading them never pulls zod or the
// codec into the document page's first-load JavaScript.

/** Query parameters of a share link (see link-codec.ts for their meaning). */
export const PARAM = {
  segment: 'p',
  sentence: 's',
  lang: 'l',
  range: 'r',
  hash: 'h',
  exact: 'q',
  prefix: 'b',
  suffix: 'a',
  note: 'n',
} as const;

/** Notes carried by links are capped at this many code points. */
export const NOTE_MAX_LENGTH = 500;

export const ANNOTATIONS_KEY = 'duizhao:annotations';
export const ANNOTATIONS_BACKUP_KEY = 'duizhao:annotations:backup';

/** True when a query string carries any share-link parameter. */
export function hasShareParams(search: string): boolean {
  const names = new Set<string>(Object.values(PARAM));
  for (const piece of search.replace(/^\?/, '').split('&')) {
    const name = piece.split('=')[0];
    if (name && names.has(name)) return true;
  }
  return false;
}
