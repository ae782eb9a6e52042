/**
 * The dataset in memory, one copy per open database. Dataset records sit in
 * IndexedDB as chunks without indexes (see `chunks.ts`), so every query reads
 * from this cache: built on first use by reading all chunks in one read
 * transaction, then looked up through Maps.
 *
 * Staleness: each query first reads the `meta` row (one small get) and compares
 * its load stamp with the cache's. That catches loads made through this
 * connection and through any other one, such as the background replacing the
 * pack while the side panel holds a cache.
 */
import type { Claim, Entity, Outlet, PackEvent, Report } from '../dataset/types';
import { chunkItems } from './chunks';
import { PACK_META_KEY, packStamp, readPackMeta } from './meta';
import type { ChunkRecord } from './records';
import type { ParallaxDB } from './schema';

/** Every dataset record of one load, with lookups by id and by the ids queries follow. */
export interface DatasetCache {
  /** The load this cache was read from; null when no pack is installed. */
  stamp: string | null;
  /** Every record, in id order (the order a per-record table would return). */
  entities: Entity[];
  events: PackEvent[];
  claims: Claim[];
  reports: Report[];
  outlets: Outlet[];
  entityById: Map<string, Entity>;
  eventById: Map<string, PackEvent>;
  claimById: Map<string, Claim>;
  outletById: Map<string, Outlet>;
  /** Lists in id order. */
  claimsByEvent: Map<string, Claim[]>;
  reportsByClaim: Map<string, Report[]>;
  reportsByEvent: Map<string, Report[]>;
  eventsByEntity: Map<string, PackEvent[]>;
}

interface Entry {
  stamp: string | null;
  cache: Promise<DatasetCache>;
}

// Keyed by connection so tests and benchmarks with several databases never share a cache.
const entries = new WeakMap<ParallaxDB, Entry>();

function group<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    // A list may name the same id twice; a multi-entry index would list the record once.
    for (const key of new Set(keysOf(item))) {
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  }
  return map;
}

function byIdMap<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Builds the lookups over records already in id order. */
export function buildCache(stamp: string | null, chunks: readonly ChunkRecord[], outlets: Outlet[]): DatasetCache {
  const entities: Entity[] = [];
  const events: PackEvent[] = [];
  const claims: Claim[] = [];
  const reports: Report[] = [];
  // Chunks arrive in id order (`entities/00000`, `entities/00001`, …) and hold id-ordered records.
  for (const chunk of chunks) {
    if (chunk.kind === 'entities') for (const item of chunkItems(chunk, 'entities')) entities.push(item);
    else if (chunk.kind === 'events') for (const item of chunkItems(chunk, 'events')) events.push(item);
    else if (chunk.kind === 'claims') for (const item of chunkItems(chunk, 'claims')) claims.push(item);
    else for (const item of chunkItems(chunk, 'reports')) reports.push(item);
  }
  return {
    stamp,
    entities,
    events,
    claims,
    reports,
    outlets,
    entityById: byIdMap(entities),
    eventById: byIdMap(events),
    claimById: byIdMap(claims),
    outletById: byIdMap(outlets),
    claimsByEvent: group(claims, (c) => [c.eventId]),
    reportsByClaim: group(reports, (r) => [r.claimId]),
    reportsByEvent: group(reports, (r) => [r.eventId]),
    eventsByEntity: group(events, (e) => e.entityIds),
  };
}

async function readCache(db: ParallaxDB): Promise<DatasetCache> {
  // One read transaction, so the stamp, chunks and outlets all come from the same load.
  const { meta, chunks, outlets } = await db.transaction('r', [db.meta, db.packChunks, db.outlets], async () => {
    const [row, chunkRows, outletRows] = await Promise.all([
      db.meta.get(PACK_META_KEY),
      db.packChunks.toArray(),
      db.outlets.toArray(),
    ]);
    return { meta: row?.value ?? null, chunks: chunkRows, outlets: outletRows };
  });
  return buildCache(packStamp(meta), chunks, outlets);
}

/** The dataset of the currently installed load, read from IndexedDB only when that load is not cached yet. */
export async function datasetCache(db: ParallaxDB): Promise<DatasetCache> {
  const stamp = packStamp(await readPackMeta(db));
  const entry = entries.get(db);
  // Concurrent first queries share one pending read instead of each reading every chunk.
  if (entry && entry.stamp === stamp) return entry.cache;
  const fresh: Entry = { stamp, cache: readCache(db) };
  entries.set(db, fresh);
  fresh.cache.then(
    // A load may land between the meta read and the read transaction: label the cache with what it holds.
    (cache) => (fresh.stamp = cache.stamp),
    // A failed read is not kept: the next query tries again.
    () => entries.get(db) === fresh && entries.delete(db),
  );
  return fresh.cache;
}

/** Drops the cache of `db`, so the next query reads the dataset again; the loader calls it after writing. */
export function invalidateDatasetCache(db: ParallaxDB): void {
  entries.delete(db);
}
