import createNextIntlPlugin from 'next-intl/plugin';

// Messages precompiled at build time: the browser gets no ICU parser (intl-messageformat).
const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: {
    messages: {
      path: [
        './messages/site',
        './messages/library',
        './messages/reader',
        './messages/glossary',
        './messages/search',
        './messages/share',
        './messages/dictionary',
      ],
      format: 'json',
      locales: 'infer',
      precompile: true,
    },
  },
});

/*
 * Content-Security-Policy, as strict as static rendering allows. Each relaxation:
 * - script-src 'unsafe-inline': pages are prerendered once and served as files, so Next's inline
 *   RSC payload scripts and our prefs script cannot carry a per-request nonce, and the payload
 *   differs per page, so hashes cannot be listed here. Mitigation: nothing from a URL, storage
 *   or query is ever rendered as HTML (React text only), and no other origin may serve script.
 * - style-src 'unsafe-inline': Radix positions popovers and menus with inline style attributes.
 * - img-src data: blob:: the share card preview and exported downloads use data/blob URLs.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/*
 * No Cross-Origin-Opener-Policy. `same-origin` makes Chromium put the page in a new browsing
 * context group, so a tab that starts from about:blank (as Lighthouse's does) cannot keep its
 * renderer: the document commits in a cold one, and the task that commits it took a median of
 * 51 ms instead of 29, most of the difference in creating its first script context (BENCHMARKS.md).
 * What the header guards is a window's link to cross-origin openers and popups; this site has no
 * sign-in and nothing per reader to leak, opens no windows, and may not be framed
 * (frame-ancestors, X-Frame-Options).
 */
export const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  {
    key: 'Permissions-Policy',
    // Copy link and Share need the clipboard and Web Share; nothing else is used.
    value:
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=(), clipboard-write=(self), web-share=(self)',
  },
];

/*
 * `npm run build:static` (STATIC_EXPORT=1) writes the whole site as files into out/ for any static
 * host; the host then sets these headers (scripts/build-static.ts writes them in its formats).
 */
const staticExport = process.env.STATIC_EXPORT === '1';

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  ...(staticExport ? { output: 'export' } : {}),
  // A site served under a sub-path (GitHub Pages' /<repo>): set at build time, as lib/routes reads it.
  ...(process.env.NEXT_PUBLIC_BASE_PATH ? { basePath: process.env.NEXT_PUBLIC_BASE_PATH.replace(/\/$/, '') } : {}),
  // Lets two builds (e.g. two people's e2e runs on one machine) live side by side.
  // A static export writes its files into distDir: out/ is the site.
  distDir: process.env.NEXT_DIST_DIR ?? (staticExport ? 'out' : '.next'),
  // For attributing the browser's main-thread time and bytes to our modules (BENCH_SOURCE_MAPS=1).
  productionBrowserSourceMaps: process.env.BENCH_SOURCE_MAPS === '1',
  // mdx-bundler drives esbuild's native binary at build time; bundling it breaks that.
  serverExternalPackages: ['mdx-bundler', 'esbuild'],
  // Type errors fail the build, except when a developer explicitly builds around someone
  // else's half-finished work on a shared machine (NEXT_SKIP_TYPECHECK=1).
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === '1' },
  // A real, server-rendered 404 document for URLs no route matches (app/global-not-found.tsx).
  experimental: { globalNotFound: true },
  // A static export has no server to send headers: the host does (see build-static.ts).
  ...(staticExport
    ? {}
    : {
        async headers() {
          return [{ source: '/:path*', headers: securityHeaders }];
        },
      }),
};

export default withNextIntl(nextConfig);
