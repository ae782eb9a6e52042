import { describe, expect, it } from 'vitest';

import { mergeFlags } from '@/lib/flags/exchange';

import { bareFlag, casualtyFlag } from './sample-flags';

describe('merging imported flags', () => {
  it('adds new flags after the reader’s own, and counts them', () => {
    const mine = [casualtyFlag()];
    const result = mergeFlags(mine, [bareFlag()]);
    expect(result.flags.map((flag) => flag.id)).toEqual(['flag-lx2k9a0b1c2d3e', 'flag-0a1b2c3d4e']);
    expect(result).toMatchObject({ added: 1, updated: 0, unchanged: 0 });
  });

  it('treats the same id as the same flag: a newer copy replaces, an older or equal one is ignored', () => {
    const mine = casualtyFlag();
    const newer = casualtyFlag({ note: 'Edited on another device.', updatedAt: mine.updatedAt + 1 });
    const older = casualtyFlag({ note: 'Stale.', updatedAt: mine.updatedAt - 1 });
    expect(mergeFlags([mine], [newer])).toEqual({ flags: [newer], added: 0, updated: 1, unchanged: 0 });
    expect(mergeFlags([mine], [older])).toEqual({ flags: [mine], added: 0, updated: 0, unchanged: 1 });
    expect(mergeFlags([mine], [mine])).toEqual({ flags: [mine], added: 0, updated: 0, unchanged: 1 });
  });

  it('treats the same quote in the same context on the same URL as the same flag, keeping the reader’s id', () => {
    const mine = casualtyFlag();
    const theirs = casualtyFlag({
      id: 'flag-fromelsewhere',
      label: 'misleading',
      createdAt: mine.createdAt - 1000,
      updatedAt: mine.updatedAt + 5000,
    });
    const result = mergeFlags([mine], [theirs]);
    expect(result).toMatchObject({ added: 0, updated: 1, unchanged: 0 });
    expect(result.flags).toEqual([{ ...theirs, id: mine.id, createdAt: mine.createdAt - 1000 }]);
  });

  it('keeps flags of the same quote on another page, or in another context, apart', () => {
    const mine = casualtyFlag();
    const otherPage = casualtyFlag({ id: 'flag-other-page', url: 'https://express.example/story' });
    const otherContext = casualtyFlag({
      id: 'flag-other-context',
      selectors: { ...mine.selectors, quote: { ...mine.selectors.quote, prefix: 'US sources say ' } },
    });
    expect(mergeFlags([mine], [otherPage, otherContext])).toMatchObject({ added: 2, updated: 0, unchanged: 0 });
  });

  it('counts a flag repeated within one import once', () => {
    const first = bareFlag({ id: 'flag-a' });
    const again = bareFlag({ id: 'flag-b', updatedAt: first.updatedAt + 1, note: 'later' });
    const result = mergeFlags([], [first, again, first]);
    expect(result).toMatchObject({ added: 1, updated: 0, unchanged: 2 });
    expect(result.flags).toEqual([{ ...again, id: 'flag-a' }]);
  });
});
