// The two builds the bench makes itself: the bare Next.js reference app (scripts/bare-next) and the
// bench-only build of the app with the generated long documents (DUIZHAO_EXTRA_DOCUMENTS), each in
// its own folder. The app's real build is never touched.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { builtAt } from './machine';
import { run } from './serve';
import type { BuildSection } from './types';

/** The bench-only build's folder. */
export const BENCH_DIST_DIR = '.next-bench';

/** BENCH_REUSE_BUILDS=1: keep an existing bare or bench-only build instead of building again (for trying the bench only). */
const reuse = process.env.BENCH_REUSE_BUILDS === '1';

export async function buildBare(dir: string): Promise<BuildSection> {
  if (reuse && existsSync(`${dir}/.next/BUILD_ID`)) return { builtInS: 0, reused: true, distDir: `${dir}/.next` };
  const started = Date.now();
  const result = await run('npx', ['next', 'build', dir]);
  if (result.code !== 0) throw new Error(`bare build exited ${result.code}: ${(result.stdout + result.stderr).slice(-3000)}`);
  return { builtInS: Math.round((Date.now() - started) / 1000), reused: false, distDir: `${dir}/.next` };
}

/** `next build` into another folder adds that folder's types to tsconfig.json: put it back afterwards. */
const RESTORED = ['tsconfig.json'];

/**
 * `next build` of the app into BENCH_DIST_DIR, reading `documentsDir` as further published
 * documents. Type checking is left to the real build (NEXT_SKIP_TYPECHECK=1): the code is the same.
 * Next adds the build folder's types to tsconfig.json, which is restored afterwards, so the real build
 * is not affected. The proxy's route manifest (/routes.json) comes from the same content store, so it
 * lists the extra documents in this build only.
 */
export async function buildBench(documentsDir: string, slugs: string[]): Promise<BuildSection> {
  if (
    reuse &&
    existsSync(`${BENCH_DIST_DIR}/BUILD_ID`) &&
    slugs.every((slug) => existsSync(`${BENCH_DIST_DIR}/server/app/en/documents/${slug}.html`))
  ) {
    return { builtInS: 0, reused: true, distDir: BENCH_DIST_DIR, documents: slugs };
  }
  const env = { ...process.env, NEXT_DIST_DIR: BENCH_DIST_DIR, DUIZHAO_EXTRA_DOCUMENTS: documentsDir, NEXT_SKIP_TYPECHECK: '1' };
  const saved = new Map(RESTORED.map((file) => [file, existsSync(file) ? readFileSync(file) : null]));
  const started = Date.now();
  try {
    // npm run build: the static HTML step (build:content) first, then next build.
    const result = await run('npm', ['run', 'build'], { env });
    if (result.code !== 0)
      throw new Error(`npm run build (bench-only build) exited ${result.code}: ${(result.stdout + result.stderr).slice(-3000)}`);
  } finally {
    for (const [file, content] of saved) if (content !== null) writeFileSync(file, content);
  }
  return { builtInS: Math.round((Date.now() - started) / 1000), reused: false, distDir: BENCH_DIST_DIR, documents: slugs };
}

export function benchBuiltAt(): string | null {
  return builtAt(BENCH_DIST_DIR);
}
