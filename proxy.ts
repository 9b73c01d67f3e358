import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import routes from './lib/generated/routes.json';
import { isKnownPath } from './lib/routes/known-path';

const intl = createMiddleware(routing);
const localized = new RegExp(`^/(${routing.locales.join('|')})(/.*)?$`);

export default async function proxy(request: NextRequest) {
  const response = intl(request);
  if (response.headers.has('location')) return response;

  const match = localized.exec(request.nextUrl.pathname);
  if (match && !isKnownPath(match[2] ?? '', routes)) {
    // Serve the static localized 404 with its real status (see app/[locale]/404/page.tsx).
    const page = await fetch(new URL(`/${match[1]}/404`, request.nextUrl.origin));
    return new NextResponse(page.body, {
      status: 404,
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    });
  }
  return response;
}

export const config = {
  // Everything but Next internals, API routes and files with an extension (icons, index, images).
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
