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
 * writes are read (see `reportedSpans`).
 */
export function latestWrittenDay(text: string, blocks?: readonly TextSpan[]): string | undefined {
  let latest = 0;
  const counted = blocks ? reportedSpans(text, blocks) : [{ start: 0, end: text.length }];
  for (const span of counted) {
    const part = text.slice(span.start, span.end);
    for (const d of [...findDatesWithYear(part), ...findMonthsWithYear(part)])
      latest = Math.max(latest, (d.year as number) * 10000 + d.month * 100 + d.day);
  }
  if (latest === 0) return undefined;
  const s = String(latest);
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

/** True when the text reports a day so long after the event that the page is about something later. */
export function writtenLater(ev: EventIndex, e: number, latest: string | undefined): boolean {
  return latest !== undefined && publishedAgainst(ev, e, latest) === 'later';
}

/** Words (letters only) a block needs beside its dates and times to be prose the article writes. */
const PROSE_WORDS = 4;

/**
 * The blocks whose days the article reports: its prose, and before the prose begins, its date line. A day
 * standing alone, or nearly, in a block after the prose began is a listing's (the date of another story
 * teased below the article, a comment's): it says nothing of when this article was written.
 */
function reportedSpans(text: string, blocks: readonly TextSpan[]): TextSpan[] {
  const out: TextSpan[] = [];
  let prose = false;
  for (const block of blocks) {
    const words = text.slice(block.start, block.end).match(/\p{L}{2,}/gu)?.length ?? 0;
    if (words >= PROSE_WORDS) prose = true;
    else if (prose) continue;
    out.push(block);
  }
  return out;
}
