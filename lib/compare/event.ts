/** Builds the side panel's comparison of a whole event. */
import type { Outlet } from '../dataset/types';
import { compareClaim } from './comparison';
import type { EventComparison, EventView, OutletReport, TimelineEntry } from './types';

function earlier(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a <= b ? a : b;
}

/** Who reported the event when, one entry per outlet at its earliest report. */
export function buildTimeline(reports: readonly OutletReport[]): TimelineEntry[] {
  const byOutlet = new Map<string, TimelineEntry>();
  for (const { report, outlet } of reports) {
    const entry = byOutlet.get(outlet.id);
    if (!entry) {
      byOutlet.set(outlet.id, {
        date: report.date,
        outletId: outlet.id,
        outletName: outlet.name,
        headline: report.headline,
        url: report.url,
        claimIds: [report.claimId],
      });
      continue;
    }
    const date = earlier(entry.date, report.date);
    if (date !== entry.date)
      Object.assign(entry, { date, headline: report.headline ?? entry.headline, url: report.url });
    if (!entry.claimIds.includes(report.claimId)) entry.claimIds.push(report.claimId);
  }
  return [...byOutlet.values()].sort(
    (a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.outletName.localeCompare(b.outletName),
  );
}

/** Compares every claim of an event and lists who reported it when, and who did not. */
export function compareEvent(
  input: EventView,
  hereOutletId: string | null,
  relatedOutlets: readonly Outlet[],
): EventComparison {
  const claims = input.claims
    .map((claim) => ({ claim, reports: input.reports.filter((r) => r.report.claimId === claim.id) }))
    .filter(({ reports }) => reports.length > 0)
    .map(({ claim, reports }) =>
      compareClaim({ claim, event: input.event, reports, entities: input.entities }, hereOutletId),
    );
  const reporting = new Set(input.reports.map((r) => r.outlet.id));
  const silent = new Map(relatedOutlets.filter((o) => !reporting.has(o.id)).map((o) => [o.id, o]));
  return {
    event: input.event,
    entities: input.entities,
    claims,
    timeline: buildTimeline(input.reports),
    silentOutlets: [...silent.values()].sort((a, b) => a.name.localeCompare(b.name)),
  };
}
