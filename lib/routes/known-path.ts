export type RouteManifest = { documents: Record<string, string[]>; terms: string[] };

/**
 * Whether a path below the locale prefix ('' for the library) names a page that exists.
 * Mirrors the app/[locale] routes; ids come from the build's content.
 */
export function isKnownPath(rest: string, manifest: RouteManifest): boolean {
  const parts = rest
    .split('/')
    .filter(Boolean)
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return '\u0000';
      }
    });
  const [section, id, sub, segment, ...more] = parts;
  if (parts.length === 0) return true;
  if (parts.length === 1) return section === 'glossary' || section === 'search' || section === '404';
  if (section === 'glossary') return parts.length === 2 && manifest.terms.includes(id);
  if (section !== 'documents' || !Object.hasOwn(manifest.documents, id)) return false;
  if (parts.length === 2) return true;
  // Next's generated metadata images (opengraph-image and friends) live below pages.
  if (sub !== 'passages' || !manifest.documents[id].includes(segment)) return parts.length === 3 && /^(opengraph|twitter)-image/.test(sub);
  return more.length === 0 || (more.length === 1 && /^(opengraph|twitter)-image/.test(more[0]));
}
