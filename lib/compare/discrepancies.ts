/**
 * Finds what sets outlets apart on one claim: figures that differ, a claim one
 * outlet states as fact while others attribute it, and who is cited.
 */
import type { Certainty, Figure } from '../dataset/types';
import { formatFigure, measureKey } from './measures';
import type { ComparisonRow, Discrepancy, OutletReport, RowMark } from './types';

const ATTRIBUTING: readonly Certainty[] = ['attributed', 'hedged'];
const DOUBTING: readonly Certainty[] = ['disputed', 'denied'];

interface MeasureGroup {
  /** Per outlet id: the figures it gives for this measure. */
  byOutlet: Map<string, Figure[]>;
}

function groupFigures(rows: readonly OutletReport[]): Map<string, MeasureGroup> {
  const groups = new Map<string, MeasureGroup>();
  for (const { report } of rows) {
    for (const figure of report.figures) {
      const key = measureKey(figure);
      const group = groups.get(key) ?? { byOutlet: new Map() };
      const list = group.byOutlet.get(report.outletId) ?? [];
      list.push(figure);
      group.byOutlet.set(report.outletId, list);
      groups.set(key, group);
    }
  }
  return groups;
}

function valuesOf(figures: readonly Figure[]): string {
  return [...new Set(figures.map((f) => f.value))].sort((a, b) => a - b).join('|');
}

function describe(figures: readonly Figure[]): string {
  const sorted = [...figures].sort((a, b) => a.value - b.value);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return '';
  const amount = first.value === last.value ? formatFigure(first) : `${formatFigure(first)}–${formatFigure(last)}`;
  return `${amount} ${first.what.replace(/^(lower|upper) end of /i, '').replace(/\s*\((lower|upper) end\)$/i, '')}, citing ${first.source}`;
}

/** Measures for which at least two outlets give different values. */
function differingMeasures(groups: Map<string, MeasureGroup>): [string, MeasureGroup][] {
  return [...groups].filter(([, g]) => g.byOutlet.size > 1 && new Set([...g.byOutlet.values()].map(valuesOf)).size > 1);
}

/** Marks each row with what differs from the other outlets. */
export function markRows(rows: readonly OutletReport[]): ComparisonRow[] {
  const groups = groupFigures(rows);
  const differing = new Map(differingMeasures(groups));
  return rows.map((row) => {
    const marks: RowMark[] = [];
    const others = rows.filter((r) => r.outlet.id !== row.outlet.id);
    for (const figure of row.report.figures) {
      const group = differing.get(measureKey(figure));
      if (!group) continue;
      const otherFigures = [...group.byOutlet].filter(([id]) => id !== row.outlet.id).flatMap(([, f]) => f);
      if (otherFigures.some((f) => f.value !== figure.value))
        marks.push({ kind: 'figure-differs', figure, others: otherFigures });
    }
    const othersAttributing = others.filter((r) => ATTRIBUTING.includes(r.report.certainty)).length;
    if (row.report.certainty === 'asserted' && othersAttributing > 0)
      marks.push({ kind: 'asserted-vs-attributed', othersAttributing });
    if (DOUBTING.includes(row.report.certainty) && others.some((r) => !DOUBTING.includes(r.report.certainty))) {
      marks.push({ kind: 'stronger-doubt', certainty: row.report.certainty });
    }
    return { ...row, marks };
  });
}

/** Explains, in plain sentences, where the outlets disagree. */
export function findDiscrepancies(rows: readonly OutletReport[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const [, group] of differingMeasures(groupFigures(rows))) {
    const parts = [...group.byOutlet].map(([outletId, figures]) => {
      const name = rows.find((r) => r.outlet.id === outletId)?.outlet.name ?? outletId;
      return `${name} gives ${describe(figures)}`;
    });
    out.push({ kind: 'figures', text: `${parts.join('; ')}.`, outletIds: [...group.byOutlet.keys()] });
  }
  const asserting = rows.filter((r) => r.report.certainty === 'asserted');
  const attributing = rows.filter((r) => ATTRIBUTING.includes(r.report.certainty));
  if (asserting.length > 0 && attributing.length > 0) {
    const names = asserting.map((r) => r.outlet.name).join(', ');
    const sources = [...new Set(attributing.flatMap((r) => r.report.attributedTo))].slice(0, 3).join(', ');
    out.push({
      kind: 'certainty',
      text: `${names} ${asserting.length === 1 ? 'states' : 'state'} it as fact; ${attributing.length} other ${attributing.length === 1 ? 'outlet attributes' : 'outlets attribute'} it${sources ? ` (to ${sources})` : ''}.`,
      outletIds: [...asserting, ...attributing].map((r) => r.outlet.id),
    });
  }
  const bySource = new Map<string, string[]>();
  for (const r of rows)
    for (const s of r.report.attributedTo) bySource.set(s, [...(bySource.get(s) ?? []), r.outlet.name]);
  if (bySource.size > 1) {
    const parts = [...bySource].slice(0, 4).map(([source, outlets]) => `${source} (${outlets.join(', ')})`);
    out.push({
      kind: 'attribution',
      text: `Outlets cite different sources: ${parts.join('; ')}.`,
      outletIds: rows.map((r) => r.outlet.id),
    });
  }
  return out;
}
