// The reader in Chromium with its CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), on a phone-
// sized touch viewport: how long after navigation the page first answers a tap on a sentence, its
// LCP element (a PerformanceObserver for largest-contentful-paint) and its element count.
//
// Answers a tap: from the moment the navigation commits, the driver finds a sentence in the
// viewport and taps it (touch events, as a finger would), again and again, 25 ms apart, each tap
// delivered before the next; the page's own clock records when the app first answers, i.e. the
// tapped sentence and its counterpart get `data-pinned` (components/reader-enhancer.client.tsx),
// measured by a MutationObserver installed before any page script, in ms from navigation start
// (performance.timeOrigin). Before the reader enhancer has hydrated, a tap does nothing; a tap that
// arrives during a long task waits for it, as a reader's would.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { LcpElement, TapRun } from './types';

export const CPU_SLOWDOWN = 4;
export const TAP_INTERVAL_MS = 25;
const TAP_TIMEOUT_MS = 90_000;
/** Lighthouse's mobile screen (Moto G Power), as a touch device. */
export const VIEWPORT = { width: 412, height: 823, deviceScaleFactor: 1.75 };

/*
 * Runs in the page before its own scripts. A plain string, not a function handed to
 * addInitScript: tsx's transform may wrap inner functions in helpers the browser lacks.
 */
const OBSERVERS = String.raw`(() => {
  const bench = { answeredMs: null, readyMs: null, clicks: [], longTasks: [], lcp: null };
  Object.defineProperty(window, '__bench', { value: bench });
  new MutationObserver((records) => {
    const now = performance.now();
    for (const record of records) {
      const target = record.target;
      if (record.attributeName === 'data-pinned' && bench.answeredMs === null && target.hasAttribute('data-pinned')) bench.answeredMs = now;
      if (record.attributeName === 'tabindex' && bench.readyMs === null && target.hasAttribute('data-sentence')) bench.readyMs = now;
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-pinned', 'tabindex'] });
  addEventListener('click', (event) => bench.clicks.push(event.timeStamp), true);
  const observe = (type, take) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(take)).observe({ type, buffered: true });
    } catch {}
  };
  observe('longtask', (entry) => bench.longTasks.push([entry.startTime, entry.duration]));
  observe('largest-contentful-paint', (entry) => {
    const element = entry.element;
    bench.lcp = {
      tag: element ? element.tagName.toLowerCase() : '(removed)',
      id: (element && element.id) || '',
      className: (element && typeof element.className === 'string' && element.className) || '',
      segment: (element && element.closest('[data-segment]') && element.closest('[data-segment]').id) || null,
      text: ((element && element.textContent) || '').replace(/\s+/g, ' ').trim().slice(0, 80),
      size: entry.size,
      startTime: Math.round(entry.startTime),
    };
  });
})()`;

/** A point inside the first sentence in the viewport that a tap would hit (not on a term link or button), or null. */
const TAP_POINT = String.raw`(() => {
  for (const sentence of document.querySelectorAll('[data-sentence]')) {
    for (const rect of sentence.getClientRects()) {
      if (rect.bottom <= 0 || rect.top >= innerHeight || rect.width < 4) continue;
      for (const fraction of [0.5, 0.25, 0.75, 0.1, 0.9]) {
        const x = rect.left + rect.width * fraction;
        const y = rect.top + rect.height / 2;
        const hit = document.elementFromPoint(x, y);
        if (hit && hit.closest('[data-sentence]') === sentence && !hit.closest('a, button')) return { x, y };
      }
    }
    if (sentence.getBoundingClientRect().top >= innerHeight) return null;
  }
  return null;
})()`;

type BenchState = {
  answeredMs: number | null;
  readyMs: number | null;
  clicks: number[];
  longTasks: Array<[number, number]>;
  lcp: LcpElement | null;
};

function isBenchState(value: unknown): value is BenchState {
  return typeof value === 'object' && value !== null && 'answeredMs' in value && 'clicks' in value && 'longTasks' in value;
}

function isPoint(value: unknown): value is { x: number; y: number } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'x' in value &&
    'y' in value &&
    typeof value.x === 'number' &&
    typeof value.y === 'number'
  );
}

async function state(page: Page): Promise<BenchState> {
  const value: unknown = await page.evaluate('window.__bench');
  if (!isBenchState(value)) throw new Error('the page lost its observers');
  return value;
}

/** A fresh phone-sized touch context whose page runs on a CPU slowed `CPU_SLOWDOWN`×. */
async function throttledPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: VIEWPORT.width, height: VIEWPORT.height },
    deviceScaleFactor: VIEWPORT.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
  });
  await context.addInitScript({ content: OBSERVERS });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { context, page };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One run: navigate and tap until the app answers. */
export async function tapRun(browser: Browser, url: string): Promise<TapRun> {
  const { context, page } = await throttledPage(browser);
  let taps = 0;
  try {
    const started = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    for (;;) {
      if (Date.now() - started > TAP_TIMEOUT_MS) throw new Error(`no answer to ${taps} taps within ${TAP_TIMEOUT_MS / 1000} s`);
      const point: unknown = await page.evaluate(TAP_POINT).catch(() => null);
      if (isPoint(point)) {
        await page.touchscreen.tap(point.x, point.y);
        taps++;
      }
      const now = await state(page).catch(() => null);
      if (now?.answeredMs != null) {
        const answered = now.answeredMs;
        const before = now.longTasks.filter(([start]) => start < answered);
        return {
          answeredMs: Math.round(answered),
          readyMs: now.readyMs === null ? null : Math.round(now.readyMs),
          firstTapMs: now.clicks.length ? Math.round(Math.min(...now.clicks)) : null,
          taps,
          longTaskMs: Math.round(before.reduce((total, [start, duration]) => total + Math.min(duration, answered - start), 0)),
          longTasks: before.length,
        };
      }
      await sleep(TAP_INTERVAL_MS);
    }
  } catch (error) {
    return {
      answeredMs: null,
      readyMs: null,
      firstTapMs: null,
      taps,
      longTaskMs: 0,
      longTasks: 0,
      error: error instanceof Error ? error.message : String(error),
    };
  } finally {
    await context.close();
  }
}

/** One untouched load (taps would end LCP): the LCP element and the element count once the reader enhancer has run. */
export async function settledLoad(browser: Browser, url: string): Promise<{ lcpElement: LcpElement | null; domElements: number }> {
  const { context, page } = await throttledPage(browser);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: TAP_TIMEOUT_MS });
    await page.waitForSelector('[data-sentence][tabindex]', { state: 'attached', timeout: TAP_TIMEOUT_MS });
    await page.waitForLoadState('networkidle', { timeout: TAP_TIMEOUT_MS });
    await sleep(500);
    const domElements: unknown = await page.evaluate("document.getElementsByTagName('*').length");
    return { lcpElement: (await state(page)).lcp, domElements: typeof domElements === 'number' ? domElements : -1 };
  } finally {
    await context.close();
  }
}

export function median(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? null) : Math.round(((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2);
}
