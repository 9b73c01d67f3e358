import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // mdx-bundler drives esbuild's native binary at build time; bundling it breaks that.
  serverExternalPackages: ['mdx-bundler', 'esbuild'],
};

export default withNextIntl(nextConfig);
