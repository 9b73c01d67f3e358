import { describe, expect, it } from 'vitest';
import { inIdleSlices, inIdleSlicesDone } from './idle-slices';

/** A scheduler the test drives: each idle period runs when the test says, with the time it gives. */
function manualSchedule() {
  const queue: ((remaining: () => number) => void)[] = [];
  return {
    schedule: (run: (remaining: () => number) => void) => {
      queue.push(run);
      return () => queue.splice(queue.indexOf(run), 1);
    },
    idle(remainingMs: number) {
      const run = queue.shift();
      run?.(() => remainingMs);
      return run !== undefined;
    },
    pending: () => queue.length,
  };
}

describe('inIdleSlices', () => {
  it('does nothing until the browser is idle, then every item once, in order', () => {
    const clock = manualSchedule();
    const done: number[] = [];
    inIdleSlices([1, 2, 3], (item) => done.push(item), clock.schedule);
    expect(done).toEqual([]);
    while (clock.idle(50));
    expect(done).toEqual([1, 2, 3]);
  });

  it('stops a slice when its time is spent and goes on in the next idle period', () => {
    const clock = manualSchedule();
    const done: number[] = [];
    const slow = (item: number) => {
      const until = performance.now() + 3;
      while (performance.now() < until);
      done.push(item);
    };
    inIdleSlices([1, 2, 3, 4, 5, 6], slow, clock.schedule);
    clock.idle(50);
    // An 8 ms slice holds two or three 3 ms items, never all six.
    expect(done.length).toBeGreaterThan(0);
    expect(done.length).toBeLessThan(6);
    expect(clock.pending()).toBe(1);
    while (clock.idle(50));
    expect(done).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('takes one item even when the idle period has no time left, so it always ends', () => {
    const clock = manualSchedule();
    const done: string[] = [];
    inIdleSlices(['a', 'b'], (item) => done.push(item), clock.schedule);
    clock.idle(0);
    expect(done).toEqual(['a']);
    clock.idle(0);
    expect(done).toEqual(['a', 'b']);
    expect(clock.pending()).toBe(0);
  });

  it('stops for good when cancelled', () => {
    const clock = manualSchedule();
    const done: number[] = [];
    const stop = inIdleSlices([1, 2], (item) => done.push(item), clock.schedule);
    stop();
    expect(clock.pending()).toBe(0);
    expect(done).toEqual([]);
  });
});

describe('inIdleSlicesDone', () => {
  it('settles only once every item has had its turn', async () => {
    const clock = manualSchedule();
    const done: number[] = [];
    let settled = false;
    const finished = inIdleSlicesDone([1, 2, 3], (item) => done.push(item), clock.schedule).then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    while (clock.idle(50));
    await finished;
    expect(done).toEqual([1, 2, 3]);
  });

  it('settles at once for no items, and rejects with the first error, doing nothing more', async () => {
    await expect(inIdleSlicesDone([], () => undefined, manualSchedule().schedule)).resolves.toBeUndefined();
    const clock = manualSchedule();
    const done: number[] = [];
    const failing = inIdleSlicesDone(
      [1, 2, 3],
      (item) => {
        if (item === 2) throw new Error('bad item');
        done.push(item);
      },
      clock.schedule,
    );
    while (clock.idle(50));
    await expect(failing).rejects.toThrow('bad item');
    expect(done).toEqual([1]);
  });
});
