/** Places a timeline's entries on a line from the first report to the last, for the visual bar. */
import type { TimelineEntry } from '../compare/types';

const DAY_MS = 86_400_000;

function dayOf(date: string): number | null {
  // A month-only date (`2022-08`) stands at the month's first day.
  const full = /^\d{4}-\d{2}$/.test(date) ? `${date}-01` : date;
  const time = Date.parse(`${full}T00:00:00Z`);
  return Number.isNaN(time) ? null : Math.round(time / DAY_MS);
}

/** Each entry's position from 0 (first report) to 1 (last); null for undated entries. */
export function timelinePositions(entries: readonly TimelineEntry[]): (number | null)[] {
  const days = entries.map((e) => (e.date ? dayOf(e.date) : null));
  const known = days.filter((d): d is number => d !== null);
  if (known.length === 0) return days.map(() => null);
  const first = Math.min(...known);
  const span = Math.max(...known) - first;
  return days.map((d) => (d === null ? null : span === 0 ? 0 : (d - first) / span));
}

const EXACT = /^\d{4}-\d{2}-\d{2}$/;

/** The earliest exact (day-precise) date of the timeline, the base for distances; null if none. */
export function firstExactDate(entries: readonly TimelineEntry[]): string | null {
  const exact = entries.flatMap((e) => (e.date && EXACT.test(e.date) ? [e.date] : [])).sort();
  return exact[0] ?? null;
}

/**
 * Days from the earliest exact date to `entry`'s. Null for the earliest entry
 * itself and for entries known only to the month, whose distance in days
 * would be invented.
 */
export function daysAfterFirst(entries: readonly TimelineEntry[], entry: TimelineEntry): number | null {
  const base = firstExactDate(entries);
  if (base === null || !entry.date || !EXACT.test(entry.date)) return null;
  const days = (dayOf(entry.date) ?? 0) - (dayOf(base) ?? 0);
  return days > 0 ? days : null;
}
