// Load: autocannon against a server on loopback, one target after another. Bounded in time
// (BENCH_LOAD_SECONDS per target) and sent to 127.0.0.1 only.
import autocannon, { type Result } from 'autocannon';
import { round } from './machine';
import type { LoadRow } from './types';

export const LOAD_CONNECTIONS = 50;
export const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);

/** One target: a path on a named server (`app` for `next start`; a static server could be another). */
export type LoadTarget = { server: string; origin: string; path: string };

function cannon(url: string, seconds: number): Promise<Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: LOAD_CONNECTIONS, duration: seconds, headers: { 'accept-encoding': 'gzip' } }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

export async function load({ server, origin, path }: LoadTarget, seconds = LOAD_SECONDS): Promise<LoadRow> {
  if (!/^http:\/\/(127\.0\.0\.1|localhost)(:|\/|$)/.test(origin)) throw new Error(`load tests run on loopback only, not ${origin}`);
  const url = `${origin}${path}`;
  const check = await fetch(url);
  if (!check.ok) return { kind: 'missing', server, target: path, missing: `missing (${check.status})` };
  const result = await cannon(url, seconds);
  return {
    kind: 'measured',
    server,
    target: path,
    seconds,
    connections: LOAD_CONNECTIONS,
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    mbPerS: round(result.throughput.average / 2 ** 20),
    ok2xx: result['2xx'],
    non2xx: result.non2xx,
    // autocannon's `errors` counts connection errors, timeouts included.
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
