/**
 * A page's days against an event's: where its publication day falls against
 * the event's news window, and, on a page that declares no day, the latest day
 * its text reports, which bounds when it was published.
 */
import { ARTICLE_SCORING } from './article-evidence';
import { dayNumber, findDatesWithYear, findMonthsWithYear } from './dates';
import type { EventIndex } from './event-index';

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
 * only when the page declares no publication day.
 */
export function latestWrittenDay(text: string): string | undefined {
  let latest = 0;
  for (const d of [...findDatesWithYear(text), ...findMonthsWithYear(text)])
    latest = Math.max(latest, (d.year as number) * 10000 + d.month * 100 + d.day);
  if (latest === 0) return undefined;
  const s = String(latest);
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

/** True when the text reports a day so long after the event that the page is about something later. */
export function writtenLater(ev: EventIndex, e: number, latest: string | undefined): boolean {
  return latest !== undefined && publishedAgainst(ev, e, latest) === 'later';
}
