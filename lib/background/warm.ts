/**
 * The first match a service worker runs is several times slower than the
 * next: the regular expressions for figures and dates are compiled at their
 * first use, the index's lazy tables are built, and the engine has not yet
 * optimised the matcher's loops. A worker is stopped after half a minute
 * idle, so a reader's first article after a pause paid all of it inside the
 * scan it waits for.
 *
 * A probe that finds something to show means the page's scan follows, once
 * the page has loaded the part of Parallax that reads and draws. The worker
 * is idle meanwhile: that is when the matcher is warmed, on the first part of
 * the very text it is about to see (its language, its kind of figures and
 * dates). Once per index: a warm worker skips it.
 */
import { matchPage, type MatchIndex } from '../match';
import type { PageText } from '../match/types';
import { openingOf } from '../scan/opening';

/**
 * The first this many characters of the probe's text are matched to warm the matcher: about as long as
 * the page takes to send its scan, so the scan seldom waits for the warming to end.
 */
export const WARM_CHARS = 2000;

/** Runs `work` once the current task and its reply are done. */
export type Later = (work: () => void) => void;

/** Warms each index once; `matched` tells it an index already matched a page. */
export class MatcherWarmer {
  private readonly warm = new WeakSet<MatchIndex>();

  constructor(
    private readonly later: Later = (work) => void setTimeout(work, 0),
    private readonly match: (index: MatchIndex, page: PageText) => unknown = matchPage,
  ) {}

  /** After the current reply, matches the opening of `page` against `index`, unless the index is warm. */
  before(index: MatchIndex, page: PageText): void {
    if (this.warm.has(index)) return;
    this.warm.add(index);
    this.later(() => {
      try {
        this.match(index, openingOf(page, WARM_CHARS));
      } catch {
        // Warming is only for speed: the scan that follows reports any failure of its own.
      }
    });
  }

  /** `index` matched a page: it is warm. */
  matched(index: MatchIndex): void {
    this.warm.add(index);
  }
}
