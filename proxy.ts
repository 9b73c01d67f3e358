import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { isKnownPath, type RouteManifest } from './lib/routes/known-path';
import { routes } from './lib/routes/routes';

const intl = createMiddleware(routing);
const localized = new RegExp(`^/(${routing.locales.join('|')})(/.*)?$`);

// The build's route manifest, fetched from this server once (a static file) and kept.
let manifest: Promise<RouteManifest> | null = null;
function loadManifest(origin: string): Promise<RouteManifest> {
  manifest ??= fetch(new URL(routes.routeManifest(), origin)).then((response) => {
    if (!response.ok) throw new Error(`route manifest: HTTP ${response.status}`);
    return response.json();
  });
  manifest.catch(() => {
    manifest = null;
  });
  return manifest;
}

/** The static localized 404 page, served with `status` (see app/[locale]/404/page.tsx). */
async function notFoundPage(request: NextRequest, locale: string, status: number) {
  const page = await fetch(new URL(routes.notFound(locale), request.nextUrl.origin));
  return new NextResponse(page.body, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
}

/** A path that decodes: next-intl decodes it to negotiate, and a URIError there would be a 500. */
function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export default async function proxy(request: NextRequest) {
  const match = localized.exec(request.nextUrl.pathname);
  if (!decodes(request.nextUrl.pathname)) return notFoundPage(request, match?.[1] ?? routing.defaultLocale, 400);
  const response = intl(request);
  if (response.headers.has('location')) return response;

  const locale = match?.[1];
  if (locale && !isKnownPath(match[2] ?? '', await loadManifest(request.nextUrl.origin))) {
    return notFoundPage(request, locale, 404);
  }
  return response;
}

export const config = {
  // Everything but Next internals, API routes and files with an extension (icons, index, images).
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
