/**
 * Assembles a pack from its sources: the pack's own fields, the outlets, the
 * entities and one record per event holding its claims and reports. Events
 * keep the order of their start dates (then ids), so a pack builds the same
 * whatever order the files are read in.
 */
import type { Claim, Entity, Outlet, Pack, PackEvent, Report } from './types';

/** One event's source file. */
export interface EventSource {
  event: PackEvent;
  claims: Claim[];
  reports: Report[];
}

/** Every source of a pack, parsed. */
export interface PackSources {
  pack: Pick<Pack, 'schema' | 'version' | 'date'>;
  outlets: Outlet[];
  entities: Entity[];
  events: EventSource[];
}

/** The pack the sources describe (not yet validated: run `validatePack` on it). */
export function assemblePack(sources: PackSources): Pack {
  const events = [...sources.events].sort(
    (a, b) => a.event.date.start.localeCompare(b.event.date.start) || a.event.id.localeCompare(b.event.id),
  );
  return {
    ...sources.pack,
    outlets: sources.outlets,
    entities: sources.entities,
    events: events.map((e) => e.event),
    claims: events.flatMap((e) => e.claims),
    reports: events.flatMap((e) => e.reports),
  };
}

/** Splits a pack into its sources (the inverse of `assemblePack`, for moving a pack to source files). */
export function splitPack(pack: Pack): PackSources {
  return {
    pack: { schema: pack.schema, version: pack.version, date: pack.date },
    outlets: pack.outlets,
    entities: pack.entities,
    events: pack.events.map((event) => ({
      event,
      claims: pack.claims.filter((c) => c.eventId === event.id),
      reports: pack.reports.filter((r) => r.eventId === event.id),
    })),
  };
}
