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

/**
 * The first this many characters of the probe's text are matched to warm the matcher: about as long as
 * the page takes to send its scan, so the scan seldom waits for the warming to end.
 */
export const WARM_CHARS = 2000;

/** The first `chars` characters of `page`, as a page of its own: the blocks that begin there, cut at its end. */
export function openingOf(page: PageText, chars = WARM_CHARS): PageText {
  const end = Math.min(chars, page.text.length);
  const blocks = page.blocks.filter((b) => b.start < end).map((b) => ({ start: b.start, end: Math.min(b.end, end) }));
  const opening: PageText = { text: page.text.slice(0, end), blocks };
  if (page.headline && page.headline.end <= end) opening.headline = page.headline;
  if (page.lang) opening.lang = page.lang;
  if (page.published) opening.published = page.published;
  return opening;
}

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
        this.match(index, openingOf(page));
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
