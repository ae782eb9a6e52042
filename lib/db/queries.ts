/**
 * Read helpers for the background and the side panel: each returns a complete
 * view in plain pack types, so callers never see search keys or table layout.
 */
import type { Claim, Entity, Outlet, PackEvent, Report } from '../dataset/types';
import type { ClaimRecord, EntityRecord, EventRecord, OutletRecord, PackMeta } from './records';
import type { ParallaxDB } from './schema';
import { getInstalledPack } from './load';

export { searchDataset } from './search';
export type { SearchHit } from './search';

/** What the matcher needs: every entity, claim and event. */
export interface MatchData {
  entities: Entity[];
  claims: Claim[];
  events: PackEvent[];
}

/** A report with the outlet that published it. */
export interface ReportWithOutlet {
  report: Report;
  outlet: Outlet;
}

/** One claim with its event, every report of it and the entities it involves. */
export interface ClaimView {
  claim: Claim;
  event: PackEvent;
  reports: ReportWithOutlet[];
  entities: Entity[];
}

/** One event with its claims, every report of them and its entities. */
export interface EventView {
  event: PackEvent;
  claims: Claim[];
  reports: ReportWithOutlet[];
  entities: Entity[];
}

/** One entity with the events that involve it and how many outlets reported those. */
export interface EntityView {
  entity: Entity;
  events: PackEvent[];
  outletCount: number;
}

/** Plain-record converters. */
export const plain = {
  entity: ({ aliasKeys: _keys, ...entity }: EntityRecord): Entity => entity,
  event: ({ titleKeys: _keys, ...event }: EventRecord): PackEvent => event,
  claim: ({ statementKeys: _keys, ...claim }: ClaimRecord): Claim => claim,
  outlet: ({ nameKeys: _keys, ...outlet }: OutletRecord): Outlet => outlet,
};

function defined<T>(value: T | undefined): value is T {
  return value !== undefined;
}

/** Reads everything the matcher needs, in one read transaction so the three lists agree. */
export async function getMatchData(db: ParallaxDB): Promise<MatchData> {
  return db.transaction('r', [db.entities, db.claims, db.events], async () => {
    const [entities, claims, events] = await Promise.all([db.entities.toArray(), db.claims.toArray(), db.events.toArray()]);
    return { entities: entities.map(plain.entity), claims: claims.map(plain.claim), events: events.map(plain.event) };
  });
}

async function withOutlets(db: ParallaxDB, reports: Report[]): Promise<ReportWithOutlet[]> {
  const outletIds = [...new Set(reports.map((r) => r.outletId))];
  const outlets = new Map((await db.outlets.bulkGet(outletIds)).filter(defined).map((o) => [o.id, plain.outlet(o)]));
  const rows: ReportWithOutlet[] = [];
  for (const report of reports) {
    const outlet = outlets.get(report.outletId);
    if (outlet) rows.push({ report, outlet });
  }
  // Oldest first, undated last: the order a timeline reads.
  return rows.sort((a, b) => (a.report.date ?? '9999').localeCompare(b.report.date ?? '9999') || a.outlet.name.localeCompare(b.outlet.name));
}

async function entitiesById(db: ParallaxDB, ids: readonly string[]): Promise<Entity[]> {
  return (await db.entities.bulkGet([...new Set(ids)])).filter(defined).map(plain.entity);
}

/** The claim, its event, every report with its outlet and the claim's entities; null when unknown. */
export async function getClaimView(db: ParallaxDB, claimId: string): Promise<ClaimView | null> {
  const claim = await db.claims.get(claimId);
  if (!claim) return null;
  const [event, reports] = await Promise.all([db.events.get(claim.eventId), db.reports.where('claimId').equals(claimId).toArray()]);
  if (!event) return null;
  return {
    claim: plain.claim(claim),
    event: plain.event(event),
    reports: await withOutlets(db, reports),
    entities: await entitiesById(db, [...claim.hints.entityIds, ...event.entityIds]),
  };
}

/** The event, its claims, every report with its outlet and its entities; null when unknown. */
export async function getEventView(db: ParallaxDB, eventId: string): Promise<EventView | null> {
  const event = await db.events.get(eventId);
  if (!event) return null;
  const [claims, reports] = await Promise.all([
    db.claims.where('eventId').equals(eventId).toArray(),
    db.reports.where('eventId').equals(eventId).toArray(),
  ]);
  return {
    event: plain.event(event),
    claims: claims.map(plain.claim),
    reports: await withOutlets(db, reports),
    entities: await entitiesById(db, [...event.entityIds, ...claims.flatMap((c) => c.hints.entityIds)]),
  };
}

/** The entity, the events that involve it (newest first) and how many outlets reported them; null when unknown. */
export async function getEntityView(db: ParallaxDB, entityId: string): Promise<EntityView | null> {
  const entity = await db.entities.get(entityId);
  if (!entity) return null;
  const events = await db.events.where('entityIds').equals(entityId).toArray();
  const reports = await db.reports.where('eventId').anyOf(events.map((e) => e.id)).toArray();
  events.sort((a, b) => b.date.start.localeCompare(a.date.start));
  return { entity: plain.entity(entity), events: events.map(plain.event), outletCount: new Set(reports.map((r) => r.outletId)).size };
}

/** The installed pack's version, date and counts; null before the first load. */
export async function getDatasetInfo(db: ParallaxDB): Promise<PackMeta | null> {
  return getInstalledPack(db);
}
