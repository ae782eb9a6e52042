/**
 * The Parallax database. Only the background and extension pages open it: a
 * database opened in a content script would belong to the page's origin.
 *
 * Versions are kept forever, because a reader may still have any of them. To
 * change the schema, add a new version below the old one and leave the old one
 * untouched, for example:
 *
 *   this.version(2)
 *     .stores({ flags: 'id, url, createdAt, eventId, label' }) // only the tables that change
 *     .upgrade(async (tx) => {
 *       await tx.table('flags').toCollection().modify((flag) => { flag.label ??= ''; });
 *     });
 *
 * Dataset tables need no upgrade code: the pack loader rewrites them whenever
 * the pack version changes. See https://dexie.org/docs/Tutorial/Design#database-versioning
 *
 * Dataset layout: entities, events, claims and reports live in `packChunks`,
 * about a thousand pack records per IndexedDB record, because Chromium costs
 * ~60 µs per put and a large pack stored one record each took seconds to load
 * (see `chunks.ts`). They carry no indexes: queries and search run on an
 * in-memory cache (`cache.ts`). Outlets, a few hundred at most, keep one record
 * each with a `domains` index so the page's outlet is found by hostname.
 */
import Dexie, { type EntityTable } from 'dexie';

import type {
  CacheRecord,
  ChunkRecord,
  FlagRecord,
  MetaRecord,
  MuteRecord,
  OutletRecord,
  SettingRecord,
  WrongMatchRecord,
} from './records';

/** IndexedDB database name. */
export const DB_NAME = 'parallax';

/** The tables the pack loader replaces; user tables are never in this list. */
export const DATASET_TABLES = ['outlets', 'packChunks'] as const;

/** The tables that hold the reader's own data; the pack loader never touches them. */
export const USER_TABLES = ['flags', 'settings', 'mutes', 'wrongMatches'] as const;

/** The typed Dexie database. */
export class ParallaxDB extends Dexie {
  outlets!: EntityTable<OutletRecord, 'id'>;
  packChunks!: EntityTable<ChunkRecord, 'id'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  /** Derived data kept across service-worker restarts (the compiled match index); safe to drop. */
  derived!: EntityTable<CacheRecord, 'key'>;
  flags!: EntityTable<FlagRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  mutes!: EntityTable<MuteRecord, 'entityId'>;
  wrongMatches!: EntityTable<WrongMatchRecord, 'id'>;

  constructor(name: string = DB_NAME) {
    // Take the IndexedDB factory at construction time, not at import time, so a
    // fresh factory (a new test profile) is honoured.
    super(name, { indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
    this.version(1).stores({
      outlets: 'id, *domains',
      packChunks: 'id',
      meta: 'key',
      flags: 'id, url, pageUrl, createdAt, eventId',
      settings: 'key',
      mutes: 'entityId, createdAt',
      wrongMatches: 'id, kind, targetId, createdAt',
      derived: 'key',
    });
    // Pack schema 2 (events' distinctive terms, multilingual recognition): indexes compiled
    // from schema-1 data by the old matcher are dropped and rebuilt. The reader's flags,
    // settings, mutes and wrong-match marks are left exactly as they are.
    this.version(2)
      .stores({})
      .upgrade(async (tx) => {
        await tx.table('derived').clear();
      });
  }
}
