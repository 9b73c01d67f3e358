// The framework floor for `npm run bench`: a minimal App Router app with one static page, built
// with this repository's own `next` (node_modules of the repo root). Nothing here is part of the
// app; its build goes to scripts/bare-next/.next (ignored by git).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  turbopack: { root },
  outputFileTracingRoot: root,
};

export default nextConfig;
