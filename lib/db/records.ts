/**
 * What each database table stores. Dataset records are stored in chunks of
 * many pack records each (see `chunks.ts` for why); user records are written
 * by features (flags, settings, mutes, wrong matches) and never by the pack loader.
 */
import type { PackCounts } from '../dataset/stats';
import type { Claim, Entity, Outlet, Pack, PackEvent, Report } from '../dataset/types';
import type { Flag } from '../flags/types';

/** Outlets are stored one per record, as they are in the pack (a few hundred at most). */
export type OutletRecord = Outlet;

/** Entities are handed out as they are in the pack. */
export type EntityRecord = Entity;

/** Events are handed out as they are in the pack. */
export type EventRecord = PackEvent;

/** Claims are handed out as they are in the pack. */
export type ClaimRecord = Claim;

/** Reports are handed out as they are in the pack. */
export type ReportRecord = Report;

/** The pack record type stored in each kind of chunk. */
export interface ChunkItems {
  entities: Entity;
  events: PackEvent;
  claims: Claim;
  reports: Report;
}

/** A kind of chunked dataset record. */
export type ChunkKind = keyof ChunkItems;

/**
 * Many pack records of one kind in one IndexedDB record; `id` is
 * `${kind}/${five-digit number}`. The records are stored as JSON text, not as
 * objects: Chromium structured-clones a string far faster than the same data
 * as 1,000 nested objects (measured: 100k entities, ~0.2 s to stringify and
 * write as text against ~0.7 s as objects; reading back is faster too).
 */
export interface ChunkRecord {
  id: string;
  kind: ChunkKind;
  /** How many records `json` holds. */
  count: number;
  /** A JSON array of `ChunkItems[kind]`, in id order. */
  json: string;
}

/** Counts shown by `dataset:check` and the side panel's "about the dataset". */
export type { PackCounts } from '../dataset/stats';

/** The installed pack, stored under `meta` key `pack`; written in the same transaction as the records. */
export interface PackMeta {
  version: string;
  date: string;
  counts: PackCounts;
  /** Always `complete` once written, because the write is atomic; anything else is reloaded. */
  state: 'complete';
  /** Epoch milliseconds of the load; strictly increases from one load to the next, so it also identifies the load. */
  loadedAt: number;
}

/** One row of the key/value `meta` table. */
export interface MetaRecord {
  key: string;
  value: PackMeta;
}

/** Derived data rebuilt from the dataset when missing or stale (`stamp` names the pack load it came from). */
export interface CacheRecord {
  key: string;
  stamp: string;
  value: unknown;
}

/** A reader's flag as stored, with what the last visit to its page found. */
export interface FlagRecord extends Flag {
  /** True when the last scan of the flag's page could not find the passage; the flag is kept. */
  orphaned?: boolean;
}

/** One setting, such as per-site switches. */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/** An entity the reader chose not to see highlighted. */
export interface MuteRecord {
  entityId: string;
  createdAt: number;
}

/** A highlight the reader marked as wrong; id is `${kind}:${targetId}:${urlOrTextHash}`. */
export interface WrongMatchRecord {
  id: string;
  kind: 'entity' | 'claim' | 'flag';
  targetId: string;
  createdAt: number;
  [field: string]: unknown;
}

/** Counts a pack's records. */
export function countPack(pack: Pack): PackCounts {
  let aliases = 0;
  for (const e of pack.entities) aliases += e.aliases.length;
  return {
    outlets: pack.outlets.length,
    entities: pack.entities.length,
    aliases,
    events: pack.events.length,
    claims: pack.claims.length,
    reports: pack.reports.length,
  };
}
