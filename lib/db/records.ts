/**
 * What each database table stores. Dataset records are pack records plus the
 * search keys that feed multi-entry indexes; user records are written by
 * features (flags, settings, mutes, wrong matches) and never by the pack loader.
 */
import type { Claim, Entity, Outlet, Pack, PackEvent, Report } from '../dataset/types';
import { wordPrefixKeys } from './keys';

/** An outlet with search keys over its name. */
export interface OutletRecord extends Outlet {
  nameKeys: string[];
}

/** An entity with search keys over its name and every alias. */
export interface EntityRecord extends Entity {
  aliasKeys: string[];
}

/** An event with search keys over its title. */
export interface EventRecord extends PackEvent {
  titleKeys: string[];
}

/** A claim with search keys over its statement. */
export interface ClaimRecord extends Claim {
  statementKeys: string[];
}

/** Reports are stored as they are in the pack. */
export type ReportRecord = Report;

/** Counts shown by `dataset:check` and the side panel's "about the dataset". */
export interface PackCounts {
  outlets: number;
  entities: number;
  aliases: number;
  events: number;
  claims: number;
  reports: number;
}

/** The installed pack, stored under `meta` key `pack`; written in the same transaction as the records. */
export interface PackMeta {
  version: string;
  date: string;
  counts: PackCounts;
  /** Always `complete` once written, because the write is atomic; anything else is reloaded. */
  state: 'complete';
  /** Epoch milliseconds of the load. */
  loadedAt: number;
}

/** One row of the key/value `meta` table. */
export interface MetaRecord {
  key: string;
  value: PackMeta;
}

/** A reader's flag; the flag feature extends this with selectors and notes. */
export interface FlagRecord {
  id: string;
  url: string;
  /** Epoch milliseconds. */
  createdAt: number;
  eventId?: string | null;
  [field: string]: unknown;
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

// Aliases are one to four words; statements and titles are searched by their first three words from any word.
const ALIAS_WINDOW = 4;
const TEXT_WINDOW = 3;

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

/** Builds every dataset row before the write transaction starts, so the transaction only awaits Dexie. */
export function toRecords(pack: Pack): {
  outlets: OutletRecord[];
  entities: EntityRecord[];
  events: EventRecord[];
  claims: ClaimRecord[];
  reports: ReportRecord[];
} {
  return {
    outlets: pack.outlets.map((o) => ({ ...o, nameKeys: wordPrefixKeys([o.name, ...o.domains], ALIAS_WINDOW) })),
    entities: pack.entities.map((e) => ({ ...e, aliasKeys: wordPrefixKeys([e.name, ...e.aliases.map((a) => a.text)], ALIAS_WINDOW) })),
    events: pack.events.map((ev) => ({ ...ev, titleKeys: wordPrefixKeys([ev.title], TEXT_WINDOW) })),
    claims: pack.claims.map((c) => ({ ...c, statementKeys: wordPrefixKeys([c.statement], TEXT_WINDOW) })),
    reports: pack.reports,
  };
}
