// autocannon 9 ships no types: the part of its API that load.ts uses, as its README and
// lib/aggregateResult.js describe it (the untyped-library boundary).
declare module 'autocannon' {
  type Stats = {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p99: number;
  };
  export type Result = {
    requests: Stats;
    latency: Stats;
    throughput: Stats;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
  };
  export type Options = { url: string; connections?: number; duration?: number; headers?: Record<string, string> };
  export default function autocannon(options: Options, callback: (error: Error | null, result: Result) => void): unknown;
}
