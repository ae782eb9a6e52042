/**
 * Sorting of a comparison table's rows by outlet, date or certainty. The
 * unsorted order is the comparison's own: this page's outlet first, then the
 * others, most recent first.
 */
import type { ComparisonRow } from '../compare/types';
import { CERTAINTIES } from '../dataset/types';

/** The columns a reader can sort by. */
export type SortKey = 'outlet' | 'date' | 'certainty';

/** A column and a direction, named as `aria-sort` names them. */
export interface SortState {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

const RANK = new Map(CERTAINTIES.map((c, i) => [c, i]));

function compareKey(a: ComparisonRow, b: ComparisonRow, key: SortKey): number {
  switch (key) {
    case 'outlet':
      return a.outlet.name.localeCompare(b.outlet.name, 'en', { sensitivity: 'base' });
    case 'date':
      return (a.report.date ?? '').localeCompare(b.report.date ?? '');
    case 'certainty':
      return (RANK.get(a.report.certainty) ?? 0) - (RANK.get(b.report.certainty) ?? 0);
  }
}

/**
 * Rows in the order `state` asks for; `null` keeps the given order. Undated
 * rows go last in both directions, since "no date" is not earlier than any date.
 * Ties keep the given order, so a second sort refines rather than shuffles.
 */
export function sortRows(rows: readonly ComparisonRow[], state: SortState | null): ComparisonRow[] {
  if (!state) return [...rows];
  const sign = state.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      if (state.key === 'date') {
        const missing = Number(a.row.report.date === null) - Number(b.row.report.date === null);
        if (missing !== 0) return missing;
      }
      return sign * compareKey(a.row, b.row, state.key) || a.index - b.index;
    })
    .map(({ row }) => row);
}

/** The state after a click on `key`'s header: a new column starts ascending, the same one flips. */
export function nextSort(current: SortState | null, key: SortKey): SortState {
  if (current?.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: 'ascending' };
}

/** The `aria-sort` value of `key`'s header, or undefined when another column (or none) is sorted. */
export function ariaSortOf(state: SortState | null, key: SortKey): SortState['direction'] | undefined {
  return state?.key === key ? state.direction : undefined;
}
