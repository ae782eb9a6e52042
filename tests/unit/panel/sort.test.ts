import { describe, expect, it } from 'vitest';

import { ariaSortOf, nextSort, sortRows } from '@/lib/panel/sort';

import { casualtyComparison, KYIV } from './sample';

const rows = (here = KYIV.id) => {
  const claim = casualtyComparison(here).claims[0];
  if (!claim) throw new Error('sample has no claim');
  return [...claim.here, ...claim.others];
};
const names = (list: ReturnType<typeof rows>) => list.map((r) => r.outlet.name);

describe('comparison table sorting', () => {
  it('keeps the comparison’s own order (this page first) until a column is chosen', () => {
    expect(names(sortRows(rows(), null))).toEqual(['Kyiv Post', 'Daily Express', 'Newsweek']);
  });

  it('sorts by outlet name both ways', () => {
    expect(names(sortRows(rows(), { key: 'outlet', direction: 'ascending' }))).toEqual([
      'Daily Express',
      'Kyiv Post',
      'Newsweek',
    ]);
    expect(names(sortRows(rows(), { key: 'outlet', direction: 'descending' }))).toEqual([
      'Newsweek',
      'Kyiv Post',
      'Daily Express',
    ]);
  });

  it('sorts by date with undated reports last in both directions', () => {
    expect(names(sortRows(rows(), { key: 'date', direction: 'ascending' }))).toEqual([
      'Kyiv Post',
      'Daily Express',
      'Newsweek',
    ]);
    expect(names(sortRows(rows(), { key: 'date', direction: 'descending' }))).toEqual([
      'Daily Express',
      'Kyiv Post',
      'Newsweek',
    ]);
  });

  it('sorts by certainty from asserted to denied', () => {
    expect(sortRows(rows(), { key: 'certainty', direction: 'ascending' }).map((r) => r.report.certainty)).toEqual([
      'asserted',
      'attributed',
      'hedged',
    ]);
    expect(names(sortRows(rows(), { key: 'certainty', direction: 'ascending' }))).toEqual([
      'Daily Express',
      'Kyiv Post',
      'Newsweek',
    ]);
    expect(sortRows(rows(), { key: 'certainty', direction: 'descending' }).map((r) => r.report.certainty)).toEqual([
      'hedged',
      'attributed',
      'asserted',
    ]);
  });

  it('does not reorder the rows it was given', () => {
    const given = rows();
    sortRows(given, { key: 'outlet', direction: 'descending' });
    expect(names(given)).toEqual(['Kyiv Post', 'Daily Express', 'Newsweek']);
  });

  it('starts a new column ascending, flips the same column, and reports aria-sort only for it', () => {
    const first = nextSort(null, 'date');
    expect(first).toEqual({ key: 'date', direction: 'ascending' });
    const second = nextSort(first, 'date');
    expect(second.direction).toBe('descending');
    expect(nextSort(second, 'outlet')).toEqual({ key: 'outlet', direction: 'ascending' });
    expect(ariaSortOf(second, 'date')).toBe('descending');
    expect(ariaSortOf(second, 'outlet')).toBeUndefined();
    expect(ariaSortOf(null, 'date')).toBeUndefined();
  });
});
