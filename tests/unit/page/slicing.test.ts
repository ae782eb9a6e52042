import { describe, expect, it, vi } from 'vitest';

import { runSliced, runSync, StretchMeter, type Steps } from '@/lib/page/slicing';

/** Busy-waits `ms` of wall time: work the meter must see. */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spinning on purpose
  }
}

function* work(stepMs: number, steps: number): Steps<number> {
  for (let i = 0; i < steps; i += 1) {
    busy(stepMs);
    yield;
  }
  return steps;
}

describe('time-sliced work', () => {
  it('runs the same steps straight through or in slices, to the same result', async () => {
    expect(runSync(work(0, 5))).toBe(5);
    expect(await runSliced(work(0, 5))).toBe(5);
  });

  it('times the longest stretch between pauses, not the whole run', async () => {
    const meter = new StretchMeter();
    // Ten steps of 3 ms in slices of 4 ms: each stretch holds about two steps.
    await runSliced(work(3, 10), 4, undefined, meter);
    meter.pause();
    expect(meter.longestMs).toBeGreaterThanOrEqual(5);
    expect(meter.longestMs).toBeLessThan(25);
  });

  it('stops the clock while it waits for a reply', async () => {
    const meter = new StretchMeter();
    busy(3);
    await meter.wait(new Promise((done) => setTimeout(done, 40)));
    busy(3);
    meter.pause();
    expect(meter.longestMs).toBeGreaterThanOrEqual(2.5);
    expect(meter.longestMs).toBeLessThan(30);
  });

  it('counts one stretch once when paused twice', () => {
    const now = vi.spyOn(performance, 'now');
    now.mockReturnValue(100);
    const meter = new StretchMeter();
    now.mockReturnValue(110);
    meter.pause();
    now.mockReturnValue(500);
    meter.pause();
    expect(meter.longestMs).toBe(10);
    now.mockRestore();
  });

  it('stops between slices when its signal aborts', async () => {
    const controller = new AbortController();
    const run = runSliced(work(2, 50), 1, controller.signal);
    controller.abort(new Error('Stopped.'));
    await expect(run).rejects.toThrow('Stopped.');
  });
});
