import { describe, expect, it } from 'vitest';

import type { TimelineEntry } from '@/lib/compare/types';
import { daysAfterFirst, firstExactDate, timelinePositions } from '@/lib/panel/timeline';

const entry = (outletId: string, date: string | null): TimelineEntry => ({
  date,
  outletId,
  outletName: outletId,
  headline: null,
  url: `https://${outletId}.example/`,
  claimIds: [],
});

describe('timeline placement', () => {
  const entries = [entry('a', '2022-08-01'), entry('b', '2022-08-11'), entry('c', '2022-08-21'), entry('d', null)];

  it('places dated entries from 0 to 1 and leaves undated ones off the bar', () => {
    expect(timelinePositions(entries)).toEqual([0, 0.5, 1, null]);
  });

  it('puts everything at the start when all reports share a day, and nothing when none is dated', () => {
    expect(timelinePositions([entry('a', '2022-08-20'), entry('b', '2022-08-20')])).toEqual([0, 0]);
    expect(timelinePositions([entry('a', null)])).toEqual([null]);
  });

  it('counts days from the earliest exact date, never for month-only dates', () => {
    const mixed = [entry('month', '2022-08'), entry('first', '2022-08-09'), entry('later', '2022-08-20')];
    expect(firstExactDate(mixed)).toBe('2022-08-09');
    expect(mixed.map((e) => daysAfterFirst(mixed, e))).toEqual([null, null, 11]);
    expect(daysAfterFirst(entries, entries[3] as TimelineEntry)).toBeNull();
  });
});
