/*
 * Which paths below a locale name a page, for the proxy's real 404s. The table mirrors the
 * app/[locale] routes (their path parts are the ones lib/routes/routes.ts builds); the ids come
 * from the same content the pages' generateStaticParams read, served as /routes.json.
 */

export type RouteManifest = {
  /** Document slug → its segment ids. */
  documents: Record<string, string[]>;
  terms: string[];
};

type Param = ':document' | ':segment' | ':term' | ':image';
type Pattern = readonly (string | Param)[];

export const routeTable: Readonly<Record<string, Pattern>> = {
  library: [],
  glossary: ['glossary'],
  term: ['glossary', ':term'],
  search: ['search'],
  about: ['about'],
  offline: ['offline'],
  notFound: ['404'],
  document: ['documents', ':document'],
  documentImage: ['documents', ':document', ':image'],
  passage: ['documents', ':document', 'passages', ':segment'],
  passageImage: ['documents', ':document', 'passages', ':segment', ':image'],
};

// Next's generated metadata images (opengraph-image and friends) live below pages.
const metadataImage = /^(opengraph|twitter)-image/;

/** Path parts, percent-decoded; a malformed escape decodes to a part no pattern accepts. */
function decodedParts(rest: string): string[] {
  return rest
    .split('/')
    .filter(Boolean)
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return '\u0000';
      }
    });
}

function matches(pattern: Pattern, parts: readonly string[], manifest: RouteManifest): boolean {
  if (pattern.length !== parts.length) return false;
  let document: string | undefined;
  return pattern.every((expected, index) => {
    const part = parts[index] ?? '';
    switch (expected) {
      case ':document':
        document = part;
        return Object.hasOwn(manifest.documents, part);
      case ':segment':
        return document !== undefined && (manifest.documents[document] ?? []).includes(part);
      case ':term':
        return manifest.terms.includes(part);
      case ':image':
        return metadataImage.test(part);
      default:
        return part === expected;
    }
  });
}

/** Whether a path below the locale prefix ('' for the library) names a page that exists. */
export function isKnownPath(rest: string, manifest: RouteManifest): boolean {
  const parts = decodedParts(rest);
  return Object.values(routeTable).some((pattern) => matches(pattern, parts, manifest));
}
