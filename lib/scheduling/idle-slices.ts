/*
 * Work that grows with a document's length (one DOM write per term, per sentence) done a slice at
 * a time while the browser is idle, so that no length makes it one long task: a slice stops after
 * a few milliseconds (Lighthouse's mobile run counts every task four times slower, so an idle
 * period's full 50 ms would still block) and the next waits for the next idle period.
 *
 * 4 ms, not more: Lighthouse's trace also records every style invalidation with its stack, which
 * makes each attribute written about ten times dearer while it watches. With 8 ms slices the
 * interview ×16's 2,806 terms took a dozen idle callbacks of 8 to 16 ms in its trace, some of them
 * long tasks once multiplied by four; unwatched, one callback of 8 ms does them all.
 */

const sliceMs = 4;

type Schedule = (run: (deadline: () => number) => void) => () => void;

// Safari (and Node, for the search loader's tests) has no requestIdleCallback: a timeout stands in.
const browserSchedule: Schedule = (run) => {
  if (typeof globalThis.requestIdleCallback === 'function') {
    const id = globalThis.requestIdleCallback((deadline) => run(() => deadline.timeRemaining()));
    return () => globalThis.cancelIdleCallback(id);
  }
  const id = globalThis.setTimeout(() => {
    const end = performance.now() + sliceMs;
    run(() => end - performance.now());
  }, 1);
  return () => globalThis.clearTimeout(id);
};

/** Calls `work` on each item in order, in idle slices; the returned function stops what is left. */
export function inIdleSlices<T>(items: readonly T[], work: (item: T) => void, schedule: Schedule = browserSchedule): () => void {
  let next = 0;
  let cancel: (() => void) | null = null;
  const run = (remaining: () => number) => {
    const end = performance.now() + Math.min(sliceMs, remaining());
    // At least one item per slice, so the work always ends.
    do work(items[next++] as T);
    while (next < items.length && performance.now() < end);
    cancel = next < items.length ? schedule(run) : null;
  };
  if (items.length > 0) cancel = schedule(run);
  return () => cancel?.();
}

/** inIdleSlices as a promise: settles once `work` has run on every item, or with the first error it throws. */
export function inIdleSlicesDone<T>(items: readonly T[], work: (item: T) => void, schedule: Schedule = browserSchedule): Promise<void> {
  return new Promise((resolve, reject) => {
    let left = items.length;
    let failed = false;
    if (left === 0) return resolve();
    inIdleSlices(
      items,
      (item) => {
        // After a failure the remaining items are passed over: the promise has already settled.
        if (failed) return;
        try {
          work(item);
        } catch (error) {
          failed = true;
          reject(error);
          return;
        }
        if (--left === 0) resolve();
      },
      schedule,
    );
  });
}
