/** Builds the comparison the popover and side panel show for one claim. */
import { findDiscrepancies, markRows } from './discrepancies';
import type { ClaimComparison, ClaimView, OutletReport } from './types';

function byDateDesc(a: OutletReport, b: OutletReport): number {
  return (b.report.date ?? '').localeCompare(a.report.date ?? '') || a.outlet.name.localeCompare(b.outlet.name);
}

/** Splits a claim's reports into this page's outlet and the others, with differences marked. */
export function compareClaim(view: ClaimView, hereOutletId: string | null): ClaimComparison {
  const rows = markRows([...view.reports].sort(byDateDesc));
  return {
    claim: view.claim,
    event: view.event,
    entities: view.entities,
    here: rows.filter((r) => r.outlet.id === hereOutletId),
    others: rows.filter((r) => r.outlet.id !== hereOutletId),
    discrepancies: findDiscrepancies(view.reports),
  };
}
