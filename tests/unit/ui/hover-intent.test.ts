import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { HoverIntent } from '@/lib/ui/hover-intent';

function setup() {
  const log: string[] = [];
  const intent = new HoverIntent<string>({
    prepare: (t) => log.push(`prepare ${t}`),
    show: (t) => log.push(`show ${t}`),
    hide: () => log.push('hide'),
  });
  return { log, intent };
}

describe('HoverIntent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('prepares after 150 ms and shows after 500 ms', () => {
    const { log, intent } = setup();
    intent.enter('a');
    vi.advanceTimersByTime(149);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['prepare a']);
    vi.advanceTimersByTime(350);
    expect(log).toEqual(['prepare a', 'show a']);
  });

  it('counts the delays from when the pointer arrived, when the page handed the event over late', () => {
    const { log, intent } = setup();
    intent.enter('a', performance.now() - 40);
    vi.advanceTimersByTime(109);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['prepare a']);
    vi.advanceTimersByTime(350);
    expect(log).toEqual(['prepare a', 'show a']);
  });

  it('ignores a time stamp from another clock', () => {
    const { log, intent } = setup();
    intent.enter('a', performance.now() + 10_000);
    intent.enter('b', Date.now() - 1_000_000);
    vi.advanceTimersByTime(499);
    expect(log).toEqual(['prepare b']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['prepare b', 'show b']);
  });

  it('does nothing when the pointer only sweeps across a highlight', () => {
    const { log, intent } = setup();
    intent.enter('a');
    vi.advanceTimersByTime(100);
    intent.leave();
    vi.advanceTimersByTime(2000);
    expect(log).toEqual([]);
  });

  it('keeps the popover while the pointer travels onto it within the grace period', () => {
    const { log, intent } = setup();
    intent.enter('a');
    vi.advanceTimersByTime(500);
    intent.leave();
    vi.advanceTimersByTime(200);
    intent.enterPopover();
    vi.advanceTimersByTime(2000);
    expect(log).toEqual(['prepare a', 'show a']);
    intent.leave();
    vi.advanceTimersByTime(300);
    expect(log.at(-1)).toBe('hide');
  });

  it('hides 300 ms after leaving, not before', () => {
    const { log, intent } = setup();
    intent.enter('a');
    vi.advanceTimersByTime(500);
    intent.leave();
    vi.advanceTimersByTime(299);
    expect(log).not.toContain('hide');
    vi.advanceTimersByTime(1);
    expect(log).toContain('hide');
  });

  it('shows at once for keyboard focus and hides at once on Escape', () => {
    const { log, intent } = setup();
    intent.showNow('b');
    expect(log).toEqual(['prepare b', 'show b']);
    expect(intent.current).toBe('b');
    intent.hideNow();
    expect(log.at(-1)).toBe('hide');
    expect(intent.current).toBeNull();
  });

  it('stops every timer when its signal aborts', () => {
    const log: string[] = [];
    const controller = new AbortController();
    const intent = new HoverIntent<string>(
      { prepare: () => log.push('p'), show: () => log.push('s'), hide: () => log.push('h') },
      undefined,
      controller.signal,
    );
    intent.enter('a');
    controller.abort();
    vi.advanceTimersByTime(1000);
    expect(log).toEqual([]);
  });
});
