// Servers and processes for the bench: `next start` (the app, its bench-only build, the bare
// reference app) and static file servers, each on a free loopback port and stopped afterwards.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import net from 'node:net';
import path from 'node:path';

export const chromePath: string | undefined =
  process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export type Running = { origin: string; stop(): void };
export type RunResult = { code: number; signal: NodeJS.Signals | null; stdout: string; stderr: string };

/** Runs a command to its end (its own process group, killed after `timeoutMs`), output kept. */
export function run(
  command: string,
  args: string[],
  { env = process.env, timeoutMs = 15 * 60_000 }: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => killGroup(child.pid), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), signal, stdout, stderr });
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

type NextOptions = {
  /** Another Next app's folder (e.g. scripts/bare-next); the repo's app when omitted. */
  dir?: string;
  /** The app's build folder (NEXT_DIST_DIR); NEXT_DIST_DIR or .next when omitted. */
  distDir?: string;
  /** A path that answers 200 once the server is up. */
  readyPath?: string;
  /** Further environment variables for the server. */
  env?: Record<string, string>;
};

/** `next start` on a free port; resolves once `readyPath` answers 200, throws if it never does. */
export async function startNext({ dir, distDir, readyPath = '/en', env = {} }: NextOptions = {}): Promise<Running> {
  const appDist = distDir ?? process.env.NEXT_DIST_DIR ?? '.next';
  if (!dir && !existsSync(`${appDist}/BUILD_ID`)) throw new Error(`No production build in ${appDist}: run \`npm run build\` first.`);
  const port = await freePort();
  const args = ['next', 'start', ...(dir ? [dir] : []), '-p', String(port), '-H', 'localhost'];
  const child = spawn('npx', args, {
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, ...(dir ? {} : { NEXT_DIST_DIR: appDist }), ...env },
  });
  let exited: number | null = null;
  child.on('exit', (code) => (exited = code ?? 1));
  // Same host name as the built canonical URLs (SITE_URL defaults to http://localhost:3000), so
  // Lighthouse's canonical audit measures the page, not the benchmark's port.
  const origin = `http://localhost:${port}`;
  const running = { origin, stop: () => killGroup(child.pid) };
  for (let attempt = 0; attempt < 300; attempt++) {
    if (exited !== null) throw new Error(`next start ${dir ?? appDist} exited with ${exited}`);
    try {
      if ((await fetch(`${origin}${readyPath}`)).ok) return running;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  running.stop();
  throw new Error(`next start ${dir ?? appDist}: ${readyPath} did not answer 200 within 60 s`);
}

export type StaticFile = { type: string; body: Uint8Array | string };

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/**
 * A static server on a free loopback port: `files` by path first, then (with `root`) files of a
 * folder (`/x/` → `x/index.html`). No compression: callers measure what they hand it.
 */
export async function startStatic({
  files = new Map(),
  root,
  headers = {},
}: {
  files?: Map<string, StaticFile>;
  root?: string;
  headers?: Record<string, string>;
}): Promise<Running> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      let file = files.get(pathname) ?? null;
      if (!file && root && !pathname.includes('..')) {
        const name = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
        try {
          file = { type: types[path.extname(name)] ?? 'application/octet-stream', body: await readFile(name) };
        } catch {
          file = null;
        }
      }
      if (!file) response.writeHead(404).end();
      else response.writeHead(200, { 'content-type': file.type, ...headers }).end(file.body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, stop: () => server.close() };
}
