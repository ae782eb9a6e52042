/** Figures about a pack's coverage, printed by `dataset:check` and used to keep curation honest. */
import type { Pack } from './types';

/** How many records of each kind a pack holds. */
export interface PackCounts {
  outlets: number;
  entities: number;
  aliases: number;
  events: number;
  claims: number;
  reports: number;
}

/** Counts and coverage of a pack. */
export interface PackStats extends PackCounts {
  reportsPerEvent: { min: number; median: number; max: number };
  /** Distinct outlets reporting each event, by event id. */
  outletsPerEvent: Record<string, number>;
  /** Claims no outlet reports yet (still matchable, but with nothing to compare). */
  claimsWithoutReports: string[];
}

function median(sorted: readonly number[]): number {
  if (sorted.length === 0) return 0;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Computes counts and coverage for a valid pack. */
export function packStats(pack: Pack): PackStats {
  const reportsByEvent = new Map<string, number>(pack.events.map((e) => [e.id, 0]));
  const outletsByEvent = new Map<string, Set<string>>(pack.events.map((e) => [e.id, new Set<string>()]));
  const reportedClaims = new Set<string>();
  for (const r of pack.reports) {
    reportsByEvent.set(r.eventId, (reportsByEvent.get(r.eventId) ?? 0) + 1);
    outletsByEvent.get(r.eventId)?.add(r.outletId);
    reportedClaims.add(r.claimId);
  }
  const perEvent = [...reportsByEvent.values()].sort((a, b) => a - b);
  return {
    outlets: pack.outlets.length,
    entities: pack.entities.length,
    aliases: pack.entities.reduce((n, e) => n + e.aliases.length, 0),
    events: pack.events.length,
    claims: pack.claims.length,
    reports: pack.reports.length,
    reportsPerEvent: { min: perEvent[0] ?? 0, median: median(perEvent), max: perEvent[perEvent.length - 1] ?? 0 },
    outletsPerEvent: Object.fromEntries([...outletsByEvent].map(([id, set]) => [id, set.size])),
    claimsWithoutReports: pack.claims.filter((c) => !reportedClaims.has(c.id)).map((c) => c.id),
  };
}
