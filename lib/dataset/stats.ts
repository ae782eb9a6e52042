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

/**
 * How many distinct outlets must report each claim and each event of the shipped pack,
 * so that a reader on any outlet's page has others to compare with. A claim kept with
 * fewer says why (`Claim.fewerOutletsReason`); an event with fewer is merged into a
 * broader one of the same story.
 */
export const COVERAGE_RULES = { claimOutlets: 3, eventOutlets: 4 } as const;

/** Counts and coverage of a pack. */
export interface PackStats extends PackCounts {
  reportsPerEvent: { min: number; median: number; max: number };
  /** Distinct outlets reporting each event, by event id. */
  outletsPerEvent: Record<string, number>;
  /** Distinct outlets reporting each claim, by claim id. */
  outletsPerClaim: Record<string, number>;
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
  const outletsByClaim = new Map<string, Set<string>>(pack.claims.map((c) => [c.id, new Set<string>()]));
  for (const r of pack.reports) {
    reportsByEvent.set(r.eventId, (reportsByEvent.get(r.eventId) ?? 0) + 1);
    outletsByEvent.get(r.eventId)?.add(r.outletId);
    outletsByClaim.get(r.claimId)?.add(r.outletId);
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
    outletsPerClaim: Object.fromEntries([...outletsByClaim].map(([id, set]) => [id, set.size])),
    claimsWithoutReports: pack.claims.filter((c) => outletsByClaim.get(c.id)?.size === 0).map((c) => c.id),
  };
}

/**
 * Every claim and event of a pack below `COVERAGE_RULES`, one line each. A claim
 * with fewer outlets passes only with a written reason; a reason on a claim that
 * now meets the rule is reported too, so that no stale excuse stays in the pack.
 */
export function coverageIssues(pack: Pack, stats: PackStats = packStats(pack)): string[] {
  const { claimOutlets, eventOutlets } = COVERAGE_RULES;
  const issues: string[] = [];
  for (const claim of pack.claims) {
    const n = stats.outletsPerClaim[claim.id] ?? 0;
    if (n < claimOutlets && !claim.fewerOutletsReason)
      issues.push(
        `claim '${claim.id}' is reported by ${n} outlet(s); at least ${claimOutlets}, or a fewerOutletsReason, needed`,
      );
    if (n >= claimOutlets && claim.fewerOutletsReason)
      issues.push(`claim '${claim.id}' is reported by ${n} outlets and still gives a fewerOutletsReason; remove it`);
  }
  for (const event of pack.events) {
    const n = stats.outletsPerEvent[event.id] ?? 0;
    if (n < eventOutlets)
      issues.push(
        `event '${event.id}' is reported by ${n} outlet(s); at least ${eventOutlets} needed (merge it into a broader event of the same story)`,
      );
  }
  return issues;
}
