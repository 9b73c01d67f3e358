import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';

// Import cycles are dependency-cruiser's (.dependency-cruiser.cjs): ESLint's no-cycle ignores
// type-only imports, which is how a child's contract typed in its parent forms a cycle.
export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // Plain <a> on purpose: every page is static and reached by a full load (the document body
      // is static HTML per locale), and the links are built by lib/routes/routes.ts.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  globalIgnores([
    '.next*/**',
    'scripts/bare-next/.next/**',
    '.generated/**',
    '.e2e/**',
    'out/**',
    // Built by scripts/build-sw.ts.
    'public/sw.js',
    'test-results*/**',
    'playwright-report/**',
    '.bench/**',
    'lib/generated/**',
    'next-env.d.ts',
  ]),
]);
