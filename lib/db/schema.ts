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
 */
import Dexie from 'dexie';
import type { EntityTable } from 'dexie';
import type {
  ClaimRecord,
  EntityRecord,
  EventRecord,
  FlagRecord,
  MetaRecord,
  MuteRecord,
  OutletRecord,
  ReportRecord,
  SettingRecord,
  WrongMatchRecord,
} from './records';

/** IndexedDB database name. */
export const DB_NAME = 'parallax';

/** The tables the pack loader replaces; user tables are never in this list. */
export const DATASET_TABLES = ['outlets', 'entities', 'events', 'claims', 'reports'] as const;

/** The tables that hold the reader's own data; the pack loader never touches them. */
export const USER_TABLES = ['flags', 'settings', 'mutes', 'wrongMatches'] as const;

/** The typed Dexie database. */
export class ParallaxDB extends Dexie {
  outlets!: EntityTable<OutletRecord, 'id'>;
  entities!: EntityTable<EntityRecord, 'id'>;
  events!: EntityTable<EventRecord, 'id'>;
  claims!: EntityTable<ClaimRecord, 'id'>;
  reports!: EntityTable<ReportRecord, 'id'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  flags!: EntityTable<FlagRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  mutes!: EntityTable<MuteRecord, 'entityId'>;
  wrongMatches!: EntityTable<WrongMatchRecord, 'id'>;

  constructor(name: string = DB_NAME) {
    // Take the IndexedDB factory at construction time, not at import time, so a
    // fresh factory (a new test profile) is honoured.
    super(name, { indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
    this.version(1).stores({
      outlets: 'id, *nameKeys, *domains',
      entities: 'id, *aliasKeys',
      events: 'id, *entityIds, *titleKeys',
      claims: 'id, eventId, *statementKeys',
      reports: 'id, claimId, eventId, outletId',
      meta: 'key',
      flags: 'id, url, createdAt, eventId',
      settings: 'key',
      mutes: 'entityId',
      wrongMatches: 'id, kind, targetId, createdAt',
    });
  }
}
