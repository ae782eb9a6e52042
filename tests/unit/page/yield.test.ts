import { describe, expect, it } from 'vitest';

import { afterRendering } from '@/lib/page/yield';

const frame = (): Promise<void> => new Promise((done) => requestAnimationFrame(() => done()));
const task = (): Promise<void> => new Promise((done) => setTimeout(done, 0));

describe('afterRendering', () => {
  it('calls back in a task after the next frame, not before', async () => {
    const calls: string[] = [];
    afterRendering(() => calls.push('after'));
    await Promise.resolve();
    expect(calls).toEqual([]);
    await frame();
    calls.push('frame');
    await task();
    await task();
    expect(calls).toEqual(['frame', 'after']);
  });

  it('calls nothing once its signal aborted, before or after it was asked', async () => {
    const calls: string[] = [];
    const stop = new AbortController();
    afterRendering(() => calls.push('late'), stop.signal);
    stop.abort();
    afterRendering(() => calls.push('already'), stop.signal);
    await frame();
    await task();
    await task();
    expect(calls).toEqual([]);
  });
});
