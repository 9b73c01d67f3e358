import { describe, expect, it } from 'vitest';
import { medianRow } from './median-run';
import type { LighthouseScores, Page } from './types';

const page: Page = { id: 'bare', name: 'bare', role: 'reference', path: '/' };
const run = (performance: number | null, tbtMs: number | null, lcpMs: number | null): LighthouseScores => ({
  scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
  tbtMs,
  lcpMs,
  cls: 0,
  failing: {},
  runtimeError: null,
});

describe('medianRow', () => {
  it('takes the scores of the median-score run, and TBT and LCP each as the median of the runs', () => {
    // The bare page's runs of 2026-12-07: its median-score run (94) had the low LCP of the three.
    const row = medianRow(page, 'http://localhost/', [run(95, 251, 1556), run(92, 312, 2256), run(94, 285, 710)]);
    expect(row.kind).toBe('measured');
    if (row.kind !== 'measured') return;
    expect(row.scores.performance).toBe(94);
    expect(row.lcpMs).toBe(1556);
    expect(row.tbtMs).toBe(285);
    expect(row.lcpRuns).toEqual([1556, 2256, 710]);
  });

  it('leaves out runs Lighthouse could not score, and figures it could not compute', () => {
    const row = medianRow(page, 'http://localhost/', [run(null, 9000, 9000), run(90, 400, null), run(80, 500, 1200), run(85, 300, 1000)]);
    if (row.kind !== 'measured') throw new Error('not measured');
    expect(row.scores.performance).toBe(85);
    expect(row.tbtMs).toBe(400);
    expect(row.lcpMs).toBe(1100);
    expect(row.runs).toBe(4);
  });
});
