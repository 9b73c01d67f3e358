import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Lets two builds (e.g. two people's e2e runs on one machine) live side by side.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // mdx-bundler drives esbuild's native binary at build time; bundling it breaks that.
  serverExternalPackages: ['mdx-bundler', 'esbuild'],
  // Type errors fail the build, except when a developer explicitly builds around someone
  // else's half-finished work on a shared machine (NEXT_SKIP_TYPECHECK=1).
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === '1' },
};

export default withNextIntl(nextConfig);
