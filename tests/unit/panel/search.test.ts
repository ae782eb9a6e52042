import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { groupHits, LatestSearch, type SearchHit } from '@/lib/panel/search';

/** A backend whose replies the test releases by hand, in any order. */
function controllable() {
  const asked: string[] = [];
  const pending = new Map<string, (value: string) => void>();
  const run = (query: string) =>
    new Promise<string>((resolve) => {
      asked.push(query);
      pending.set(query, resolve);
    });
  const answer = (query: string) => pending.get(query)?.(`results for ${query}`);
  return { asked, run, answer };
}

describe('search as you type', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a pause in typing and sends only the last query', async () => {
    const backend = controllable();
    const shown: string[] = [];
    const search = new LatestSearch({ delayMs: 80, blank: '', run: backend.run, onResult: (_q, v) => shown.push(v) });
    search.input('d');
    await vi.advanceTimersByTimeAsync(40);
    search.input('du');
    await vi.advanceTimersByTimeAsync(40);
    search.input('dug');
    expect(backend.asked).toEqual([]);
    await vi.advanceTimersByTimeAsync(80);
    expect(backend.asked).toEqual(['dug']);
    backend.answer('dug');
    await vi.runAllTimersAsync();
    expect(shown).toEqual(['results for dug']);
  });

  it('ignores a slow answer to an older query that arrives after the newer one', async () => {
    const backend = controllable();
    const shown: string[] = [];
    const search = new LatestSearch({ delayMs: 80, blank: '', run: backend.run, onResult: (_q, v) => shown.push(v) });
    search.input('dug');
    await vi.advanceTimersByTimeAsync(80);
    search.input('dugina');
    await vi.advanceTimersByTimeAsync(80);
    expect(backend.asked).toEqual(['dug', 'dugina']);
    backend.answer('dugina');
    await vi.runAllTimersAsync();
    backend.answer('dug');
    await vi.runAllTimersAsync();
    expect(shown).toEqual(['results for dugina']);
  });

  it('clears at once on a blank query, and a pending answer no longer lands', async () => {
    const backend = controllable();
    const shown: string[] = [];
    const search = new LatestSearch({
      delayMs: 80,
      blank: 'nothing',
      run: backend.run,
      onResult: (_q, v) => shown.push(v),
    });
    search.input('lpr');
    await vi.advanceTimersByTimeAsync(80);
    search.input('  ');
    expect(shown).toEqual(['nothing']);
    backend.answer('lpr');
    await vi.runAllTimersAsync();
    expect(shown).toEqual(['nothing']);
  });

  it('delivers nothing after it is disposed', async () => {
    const backend = controllable();
    const shown: string[] = [];
    const search = new LatestSearch({ delayMs: 80, blank: '', run: backend.run, onResult: (_q, v) => shown.push(v) });
    search.input('lpr');
    await vi.advanceTimersByTimeAsync(80);
    search.dispose();
    backend.answer('lpr');
    await vi.runAllTimersAsync();
    expect(shown).toEqual([]);
  });
});

describe('grouping results', () => {
  const hit = (kind: SearchHit['kind'], id: string): SearchHit => ({ kind, id, label: id, exact: false });

  it('groups by kind, events first, keeping the ranking within each kind and dropping empty kinds', () => {
    const groups = groupHits([
      hit('entity', 'darya-dugina'),
      hit('claim', 'c1'),
      hit('event', 'dugina-killing'),
      hit('entity', 'alexander-dugin'),
    ]);
    expect(groups.map((g) => [g.kind, g.hits.map((h) => h.id)])).toEqual([
      ['event', ['dugina-killing']],
      ['entity', ['darya-dugina', 'alexander-dugin']],
      ['claim', ['c1']],
    ]);
    expect(groupHits([])).toEqual([]);
  });
});
