/**
 * Read helpers for the background and the side panel: each returns a complete
 * view in plain pack types, so callers never see chunks or table layout. All of
 * them read the in-memory dataset cache (`cache.ts`); the records they return
 * are shared with it and must be treated as read-only.
 */
import type { ClaimView, EntityView, EventView, OutletReport } from '../compare/types';
import type { Claim, Entity, Outlet, PackEvent, Report } from '../dataset/types';
import type { MatchData as MatchInput } from '../match/index-types';
import { datasetCache, type DatasetCache } from './cache';
import { readPackMeta } from './meta';
import type { ClaimRecord, EntityRecord, EventRecord, OutletRecord, PackMeta } from './records';
import type { ParallaxDB } from './schema';

export { searchDataset } from './search';
export type { SearchHit } from './search';

export type { ClaimView, EntityView, EventView } from '../compare/types';

/** What the matcher needs: every entity, claim and event. */
type MatchData = Required<MatchInput>;

/** Plain-record converters; records are stored as plain pack records, so these only copy the fields. */
export const plain = {
  entity: (entity: EntityRecord): Entity => ({ ...entity }),
  event: (event: EventRecord): PackEvent => ({ ...event }),
  claim: (claim: ClaimRecord): Claim => ({ ...claim }),
  outlet: (outlet: OutletRecord): Outlet => ({ ...outlet }),
};

function defined<T>(value: T | undefined): value is T {
  return value !== undefined;
}

/** Everything the matcher needs, from one load, so the three lists agree; fresh arrays, in id order. */
export async function getMatchData(db: ParallaxDB): Promise<MatchData> {
  const cache = await datasetCache(db);
  return { entities: [...cache.entities], claims: [...cache.claims], events: [...cache.events] };
}

function withOutlets(cache: DatasetCache, reports: readonly Report[]): OutletReport[] {
  const rows: OutletReport[] = [];
  for (const report of reports) {
    const outlet = cache.outletById.get(report.outletId);
    if (outlet) rows.push({ report, outlet });
  }
  // Oldest first, undated last: the order a timeline reads.
  return rows.sort(
    (a, b) =>
      (a.report.date ?? '9999').localeCompare(b.report.date ?? '9999') || a.outlet.name.localeCompare(b.outlet.name),
  );
}

function entitiesById(cache: DatasetCache, ids: readonly string[]): Entity[] {
  return [...new Set(ids)].map((id) => cache.entityById.get(id)).filter(defined);
}

/** The claim, its event, every report with its outlet and the claim's entities; null when unknown. */
export async function getClaimView(db: ParallaxDB, claimId: string): Promise<ClaimView | null> {
  const cache = await datasetCache(db);
  const claim = cache.claimById.get(claimId);
  const event = claim && cache.eventById.get(claim.eventId);
  if (!claim || !event) return null;
  return {
    claim,
    event,
    reports: withOutlets(cache, cache.reportsByClaim.get(claimId) ?? []),
    entities: entitiesById(cache, [...claim.hints.entityIds, ...event.entityIds]),
  };
}

/** The event, its claims, every report with its outlet and its entities; null when unknown. */
export async function getEventView(db: ParallaxDB, eventId: string): Promise<EventView | null> {
  const cache = await datasetCache(db);
  const event = cache.eventById.get(eventId);
  if (!event) return null;
  const claims = [...(cache.claimsByEvent.get(eventId) ?? [])];
  return {
    event,
    claims,
    reports: withOutlets(cache, cache.reportsByEvent.get(eventId) ?? []),
    entities: entitiesById(cache, [...event.entityIds, ...claims.flatMap((c) => c.hints.entityIds)]),
  };
}

/** The entity, the events that involve it (newest first) and how many outlets reported them; null when unknown. */
export async function getEntityView(db: ParallaxDB, entityId: string): Promise<EntityView | null> {
  const cache = await datasetCache(db);
  const entity = cache.entityById.get(entityId);
  if (!entity) return null;
  // Copied before sorting: the cached list stays in id order.
  const events = [...(cache.eventsByEntity.get(entityId) ?? [])].sort((a, b) =>
    b.date.start.localeCompare(a.date.start),
  );
  const outlets = new Set<string>();
  for (const event of events)
    for (const report of cache.reportsByEvent.get(event.id) ?? []) outlets.add(report.outletId);
  return { entity, events, outletCount: outlets.size };
}

/** The installed pack's version, date and counts; null before the first load. */
export async function getDatasetInfo(db: ParallaxDB): Promise<PackMeta | null> {
  return readPackMeta(db);
}
