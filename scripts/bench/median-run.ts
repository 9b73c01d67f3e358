// Which of a page's Lighthouse runs stand for it: pure, so that the choice is unit-tested.
import { median } from './reader';
import type { LighthouseRow, LighthouseScores, Page } from './types';

const medianOf = (values: readonly (number | null)[]): number | null => median(values.filter((value) => value !== null));

/**
 * The run with the median performance score stands for the page's scores; TBT and LCP, which the
 * aims compare with the bare page's, are each the median of the page's runs: the bare page's LCP
 * varies from run to run (about 700 to 2,260 ms), so the LCP of its median-score run was whichever
 * value that run happened to have. Every run's score, TBT and LCP are kept so that the spread
 * shows. Runs Lighthouse could not score take no part.
 */
export function medianRow(page: Page, url: string, measured: LighthouseScores[]): LighthouseRow {
  const scored = measured.filter((row) => row.scores.performance !== null);
  const pool = scored.length ? scored : measured;
  const sorted = [...pool].sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
  const middle = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!middle) throw new Error(`no Lighthouse run for ${page.path}`);
  return {
    kind: 'measured',
    page,
    url,
    ...middle,
    tbtMs: medianOf(pool.map((row) => row.tbtMs)),
    lcpMs: medianOf(pool.map((row) => row.lcpMs)),
    runs: measured.length,
    performanceRuns: measured.map((row) => row.scores.performance),
    tbtRuns: measured.map((row) => row.tbtMs),
    lcpRuns: measured.map((row) => row.lcpMs),
    runErrors: measured.flatMap((row) => (row.runtimeError ? [row.runtimeError] : [])),
  };
}
