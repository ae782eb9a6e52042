import { describe, expect, it } from 'vitest';

import { MatcherWarmer, WARM_CHARS } from '@/lib/background/warm';
import { compileIndex, type MatchIndex } from '@/lib/match';
import type { PageText } from '@/lib/match/types';
import { openingOf } from '@/lib/scan/opening';

const text = 'Headline here\n\nFirst paragraph of the story.';
const page: PageText = { text, blocks: [{ start: 0, end: text.length }], lang: 'en' };

describe('MatcherWarmer', () => {
  const index = (): MatchIndex => compileIndex({ entities: [], claims: [], events: [] });

  function setUp(): { warmer: MatcherWarmer; queued: (() => void)[]; matched: PageText[] } {
    const queued: (() => void)[] = [];
    const matched: PageText[] = [];
    const warmer = new MatcherWarmer(
      (work) => queued.push(work),
      (_index, warmPage) => matched.push(warmPage),
    );
    return { warmer, queued, matched };
  }

  it('matches the opening of the page after the reply, once per index', () => {
    const { warmer, queued, matched } = setUp();
    const first = index();
    warmer.before(first, page);
    expect(matched).toEqual([]);
    warmer.before(first, page);
    expect(queued).toHaveLength(1);
    queued[0]?.();
    expect(matched).toEqual([openingOf(page, WARM_CHARS)]);
    warmer.before(index(), page);
    expect(queued).toHaveLength(2);
  });

  it('leaves an index that already matched a page', () => {
    const { warmer, queued } = setUp();
    const warm = index();
    warmer.matched(warm);
    warmer.before(warm, page);
    expect(queued).toEqual([]);
  });

  it('keeps a failure of the warming to itself', () => {
    const queued: (() => void)[] = [];
    const warmer = new MatcherWarmer(
      (work) => queued.push(work),
      () => {
        throw new Error('broken index');
      },
    );
    warmer.before(index(), page);
    expect(() => queued[0]?.()).not.toThrow();
  });

  it('waits for a task of its own by default: the reply goes first', async () => {
    const matched: PageText[] = [];
    const warmer = new MatcherWarmer(undefined, (_index, warmPage) => matched.push(warmPage));
    warmer.before(index(), page);
    await Promise.resolve();
    expect(matched).toEqual([]);
    await new Promise((done) => setTimeout(done, 0));
    expect(matched).toEqual([openingOf(page, WARM_CHARS)]);
  });
});
