// The static build (npm run build:static → out/): its bytes per document page as a CDN would
// send them (the precompressed .br and .gz beside each file), and a plain static file server over
// out/ (`serve`, what the e2e suite uses) to load beside `next start`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { routing } from '../../i18n/routing';
import { realContent } from './content';
import { freePort, run, type Running } from './serve';
import type { StaticBytesRow } from './types';

export const STATIC_DIR = 'out';

/** out/, built now unless one is there (BENCH_REUSE_BUILDS=1 keeps it). */
export async function ensureStaticBuild(): Promise<{ builtInS: number; reused: boolean }> {
  if (existsSync(path.join(STATIC_DIR, 'index.html')) && process.env.BENCH_REUSE_BUILDS === '1') return { builtInS: 0, reused: true };
  const started = Date.now();
  const result = await run('npm', ['run', 'build:static'], { timeoutMs: 15 * 60_000 });
  if (result.code !== 0) throw new Error(`npm run build:static failed:\n${result.stderr.slice(-2000)}`);
  return { builtInS: Math.round((Date.now() - started) / 1000), reused: false };
}

const size = async (file: string) => (await stat(file)).size;

export async function staticBytes(): Promise<StaticBytesRow[]> {
  const rows: StaticBytesRow[] = [];
  for (const document of await realContent.getDocuments()) {
    for (const locale of routing.locales) {
      const file = path.join(STATIC_DIR, locale, 'documents', `${document.meta.slug}.html`);
      rows.push({
        path: `/${locale}/documents/${document.meta.slug}`,
        raw: await size(file),
        gzip: await size(`${file}.gz`),
        brotli: await size(`${file}.br`),
      });
    }
  }
  const index = path.join(STATIC_DIR, 'search-index.json');
  rows.push({ path: '/search-index.json', raw: await size(index), gzip: await size(`${index}.gz`), brotli: await size(`${index}.br`) });
  return rows;
}

/** `serve` over out/ on a free loopback port, as `npx serve out` runs it. */
export async function startServe(): Promise<Running> {
  const port = await freePort();
  const child = spawn('npx', ['serve', STATIC_DIR, '-l', `tcp://127.0.0.1:${port}`, '--no-clipboard'], { stdio: 'ignore', detached: true });
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  };
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      if ((await fetch(`${origin}/en`)).ok) return { origin, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error('serve out/ did not answer within 30 s');
}
