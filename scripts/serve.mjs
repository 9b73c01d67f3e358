// Starts `next start` on a free port for a benchmark and stops it afterwards.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * `next start` for the app (or, with `dir`, another Next app such as scripts/bare-next) on a
 * free port; resolves once `readyPath` answers.
 */
export async function startServer({ dir, readyPath = '/en' } = {}) {
  const distDir = process.env.NEXT_DIST_DIR ?? '.next';
  if (!dir && !existsSync(`${distDir}/BUILD_ID`)) {
    throw new Error(`No production build in ${distDir}: run \`npm run build\` first.`);
  }
  const port = await freePort();
  const args = ['next', 'start', ...(dir ? [dir] : []), '-p', String(port), '-H', 'localhost'];
  const child = spawn('npx', args, { stdio: 'ignore', detached: true });
  // Same host name as the built canonical URLs (SITE_URL defaults to http://localhost:3000), so
  // Lighthouse's canonical audit measures the page, not the benchmark's port.
  const origin = `http://localhost:${port}`;
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      const response = await fetch(`${origin}${readyPath}`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    origin,
    stop() {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    },
  };
}

export const chromePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
