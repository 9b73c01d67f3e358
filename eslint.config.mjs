import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    settings: { 'import/resolver': { typescript: { project: './tsconfig.json' } } },
    rules: {
      // A child's contract lives in its feature's types module, never in its parent: no cycles.
      'import/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  globalIgnores(['.next*/**', 'out/**', 'test-results*/**', 'playwright-report/**', '.bench/**', 'lib/generated/**', 'next-env.d.ts']),
]);
