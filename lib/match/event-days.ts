/**
 * A page's days against an event's: where its publication day falls against
 * the event's news window, and, on a page that declares no day, the latest day
 * its text reports, which bounds when it was published.
 */
import { ARTICLE_SCORING } from './article-evidence';
import { dayNumber, findDatesWithYear, findMonthsWithYear } from './dates';
import type { EventIndex } from './event-index';
import type { TextSpan } from './types';

/** Where the publication day falls against an event: within its news window, much later or before it. */
export function publishedAgainst(
  ev: EventIndex,
  e: number,
  published: string | undefined,
): 'within' | 'later' | 'before' | null {
  const from = ev.dates[e * 2] as number;
  const to = ev.dates[e * 2 + 1] as number;
  if (!published || from === 0) return null;
  const day = dayNumber(Number(published.replaceAll('-', '')));
  if (!Number.isFinite(day)) return null;
  if (day < dayNumber(from) - ARTICLE_SCORING.earlyDays) return 'before';
  const after = day - dayNumber(to);
  if (after > ARTICLE_SCORING.laterDays) return 'later';
  return after <= ARTICLE_SCORING.newsWindowDays ? 'within' : null;
}

/**
 * The latest day written in full (with its year) in the text, or the first day of the latest month written with
 * its year ("in May 2024"), as `YYYY-MM-DD`: a page is published no earlier than the last day it reports. Read
 * only when the page declares no publication day. With the page's `blocks`, only the days the article itself
 * writes are read (see `listedDay`).
 */
export function latestWrittenDay(text: string, blocks?: readonly TextSpan[]): string | undefined {
  const listed = blocks ? listedDay(text, blocks) : () => false;
  let latest = 0;
  for (const d of [...findDatesWithYear(text), ...findMonthsWithYear(text)])
    if (!listed(d.start) && !isDeadline(text, d.start))
      latest = Math.max(latest, (d.year as number) * 10000 + d.month * 100 + d.day);
  if (latest === 0) return undefined;
  const s = String(latest);
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

/**
 * Words that make the day after them the end of a span or a deadline, in the languages the matcher analyses:
 * "phased in until 1 January 2026", "до 1 января 2026 года", "bis Ende 2025". Such a day is often still to come
 * when the page is written (a law's last stage, a plan's target), so it says nothing of when the page was.
 */
const DEADLINE_BEFORE =
  /(?:^|[^\p{L}])(?:to|until|till|through|by|bis|до|по|do|jusqu['’]au|jusqu['’]à|au|hasta|fino al|entro|tot|până la|până în)\s+(?:the\s+|el\s+|il\s+)?(?:\d{1,2}(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?)?$/iu;

/** How far before a day (or a month with its year, after its day) its span's last word may begin. */
const DEADLINE_CHARS = 24;

/** Whether the day written at `at` in `text` ends a span or sets a deadline (see DEADLINE_BEFORE). */
function isDeadline(text: string, at: number): boolean {
  return DEADLINE_BEFORE.test(text.slice(Math.max(0, at - DEADLINE_CHARS), at));
}

/** True when the text reports a day so long after the event that the page is about something later. */
export function writtenLater(ev: EventIndex, e: number, latest: string | undefined): boolean {
  return latest !== undefined && publishedAgainst(ev, e, latest) === 'later';
}

/** Words (letters only) a block needs beside its dates and times to be prose the article writes. */
const PROSE_WORDS = 4;

const WORD = /\p{L}{2,}/gu;

/** Whether `block` of `text` has as many words as prose does. */
function isProse(text: string, block: TextSpan): boolean {
  const part = text.slice(block.start, block.end);
  let words = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(part)) if (++words >= PROSE_WORDS) return true;
  return false;
}

/**
 * Whether a day found at a position of `text` is a listing's: it stands alone, or nearly, in a block after the
 * article's prose began (the date of another story teased below the article, a comment's), or in no block of
 * the article (a teaser left out, see teasers.ts), and says nothing of when this article was written. A date
 * line before the prose, and a day written in prose, are the article's. Only the blocks that hold a day are judged.
 */
function listedDay(text: string, blocks: readonly TextSpan[]): (at: number) => boolean {
  const first = blocks.findIndex((block) => isProse(text, block));
  if (first < 0) return () => false;
  const proseFrom = (blocks[first] as TextSpan).start;
  return (at) => {
    if (at < proseFrom) return false;
    // The block holding `at`: blocks are in text order.
    let lo = first;
    let hi = blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((blocks[mid] as TextSpan).start <= at) lo = mid;
      else hi = mid - 1;
    }
    const block = blocks[lo] as TextSpan;
    return at >= block.end || !isProse(text, block);
  };
}
