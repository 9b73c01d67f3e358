// The machine and the build a run measures, and the load average: on a shared machine, the noise gauge.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import { chromePath } from './serve';
import type { Machine } from './types';

export const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

/** The 1-minute load average now. */
export function loadNow(): number {
  return round(os.loadavg()[0] ?? 0);
}

/**
 * Waits, up to `maxSeconds`, for the 1-minute load average to fall below `below`: the builds just
 * before a timed section leave it at 2 to 3 on two cores for a minute or more, which inflates every
 * timing of the section that follows. Returns the seconds waited.
 */
export async function quiet(below = Number(process.env.BENCH_QUIET_LOAD ?? 1), maxSeconds = 240): Promise<number> {
  const started = Date.now();
  while (loadNow() >= below && Date.now() - started < maxSeconds * 1000) {
    await new Promise((resolve) => setTimeout(resolve, 5000));
  }
  return Math.round((Date.now() - started) / 1000);
}

function tryRun(command: string, args: string[]): string | null {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** A version from a package's package.json (a JSON boundary). */
export function packageVersion(name: string): string {
  const meta: unknown = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8'));
  return typeof meta === 'object' && meta !== null && 'version' in meta ? String(meta.version) : '?';
}

/** When a Next build in `distDir` was made, or null if there is none. */
export function builtAt(distDir: string): string | null {
  const file = `${distDir}/BUILD_ID`;
  return existsSync(file) ? statSync(file).mtime.toISOString() : null;
}

export function machine(distDir: string): Machine {
  const cpus = os.cpus();
  const buildFile = `${distDir}/BUILD_ID`;
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: os.loadavg().map((value) => round(value)),
    next: packageVersion('next'),
    chromium: tryRun(chromePath ?? 'chromium', ['--version']),
    commit: tryRun('git', ['rev-parse', '--short', 'HEAD']),
    dirty: Boolean(tryRun('git', ['status', '--porcelain', '--untracked-files=no'])),
    distDir,
    buildId: existsSync(buildFile) ? readFileSync(buildFile, 'utf8').trim() : null,
    builtAt: builtAt(distDir),
  };
}
