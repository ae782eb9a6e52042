/**
 * The cached form of a compiled index. Structured-cloning an index costs little
 * for its typed arrays but a lot for its hundreds of thousands of small strings
 * (alias texts, languages, vocabulary): restoring 300k aliases took ~600 ms.
 * Here every string list becomes one long string plus an Int32Array of lengths,
 * and the claim and event records one JSON text, so a restore is a few copies
 * and cheap slicing.
 */
import type { Claim, PackEvent } from '../dataset/types';
import { ARTICLE_SCORING } from './article-evidence';
import { DEFAULT_CLAIM_PARAMS, type ClaimIndex, type ClaimIndexParams } from './claim-index';
import { CLAIM_SCORING } from './claim-matcher';
import type { EntityIndex } from './entity-index';
import type { EventIndex } from './event-index';
import { hashString } from './hash';
import { INDEX_VERSION, type SerializedIndex } from './index-types';

/** Set by the build (wxt.config.ts, vitest.config.ts, see lib/build/matcher-source.ts): a hash of lib/match's files. */
declare const __MATCHER_SOURCE_HASH__: string | undefined;

/** This build's matcher source hash; scripts run without the build (tsx) store no cache and share one value. */
const MATCHER_SOURCE = typeof __MATCHER_SOURCE_HASH__ === 'string' ? __MATCHER_SOURCE_HASH__ : 'unbuilt';

/** The cache key of an index compiled by the matcher whose source hashes to `source`, with these scoring parameters. */
export function cacheKeyOf(source: string, parameters: unknown): string {
  return `${INDEX_VERSION}:${source}:${hashString(JSON.stringify(parameters)).toString(36)}`;
}

/**
 * The key a snapshot taken now carries: the layout version, the matcher's
 * source and the claim index, claim and article scoring parameters as they are
 * at this moment (a tuning run may change them). A snapshot with another key
 * is not restored: the index is compiled again.
 */
export function matcherCacheKey(): string {
  return cacheKeyOf(MATCHER_SOURCE, {
    claimIndex: DEFAULT_CLAIM_PARAMS,
    claim: CLAIM_SCORING,
    article: ARTICLE_SCORING,
  });
}

/** A string list as one string and the length of each item. */
interface PackedStrings {
  text: string;
  lengths: Int32Array;
}

type Strings<T, K extends keyof T> = Omit<T, K> & { [P in K]: PackedStrings };

/** A compiled index in its cacheable form. */
export interface IndexSnapshot {
  version: typeof INDEX_VERSION;
  /** `matcherCacheKey()` when the snapshot was taken. */
  key: string;
  entities: Strings<Omit<EntityIndex, 'vocab'>, 'entityIds' | 'aliasText' | 'aliasLang' | 'aliasExact'> & {
    vocab: { strings: PackedStrings; slots: Int32Array };
  };
  claims: Strings<Omit<ClaimIndex, 'terms'>, 'claimIds' | 'eventIds'> & {
    terms: { strings: PackedStrings; slots: Int32Array };
  };
  eventIndex: Strings<Omit<EventIndex, 'terms'>, 'eventIds'> & { terms: { strings: PackedStrings; slots: Int32Array } };
  /** `JSON.stringify({ claimSource, events })`. */
  records: string;
  params: ClaimIndexParams;
}

function pack(strings: readonly string[]): PackedStrings {
  const lengths = new Int32Array(strings.length);
  strings.forEach((s, i) => (lengths[i] = s.length));
  return { text: strings.join(''), lengths };
}

function unpack({ text, lengths }: PackedStrings): string[] {
  const out = new Array<string>(lengths.length);
  let at = 0;
  for (let i = 0; i < lengths.length; i++) {
    const end = at + (lengths[i] as number);
    out[i] = text.slice(at, end);
    at = end;
  }
  return out;
}

/** The cacheable form of a compiled index. */
export function toSnapshot(index: SerializedIndex): IndexSnapshot {
  const { entities: e, claims: c } = index;
  return {
    version: index.version,
    key: matcherCacheKey(),
    entities: {
      ...e,
      entityIds: pack(e.entityIds),
      aliasText: pack(e.aliasText),
      aliasLang: pack(e.aliasLang),
      aliasExact: pack(e.aliasExact),
      vocab: { strings: pack(e.vocab.strings), slots: e.vocab.slots },
    },
    claims: {
      ...c,
      claimIds: pack(c.claimIds),
      eventIds: pack(c.eventIds),
      terms: { strings: pack(c.terms.strings), slots: c.terms.slots },
    },
    eventIndex: {
      ...index.eventIndex,
      eventIds: pack(index.eventIndex.eventIds),
      terms: { strings: pack(index.eventIndex.terms.strings), slots: index.eventIndex.terms.slots },
    },
    records: JSON.stringify({ claimSource: index.claimSource, events: index.events }),
    params: index.params,
  };
}

/**
 * Defines `key` on `target` as computed on first read, then kept: what a page match
 * never touches (claim records, alias display strings) costs nothing at restore.
 */
function lazy<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  Object.defineProperty(target, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = compute();
      Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
      return value;
    },
  });
}

/** The compiled index a snapshot holds; throws on a snapshot taken by another matcher or with other parameters. */
export function fromSnapshot(snapshot: IndexSnapshot): SerializedIndex {
  const key = matcherCacheKey();
  if (snapshot.key !== key) throw new Error(`Match index key ${String(snapshot.key)} is not ${key}; recompile it.`);
  const { entities: e, claims: c } = snapshot;
  const { aliasText, aliasLang, aliasExact, ...eager } = e;
  const entities = {
    ...eager,
    entityIds: unpack(e.entityIds),
    vocab: { strings: unpack(e.vocab.strings), slots: e.vocab.slots },
  } as EntityIndex;
  // Only matched aliases are read from these, when explaining or breaking ties.
  lazy(entities, 'aliasText', () => unpack(aliasText));
  lazy(entities, 'aliasLang', () => unpack(aliasLang));
  lazy(entities, 'aliasExact', () => unpack(aliasExact));
  const index = {
    version: snapshot.version,
    entities,
    claims: {
      ...c,
      claimIds: unpack(c.claimIds),
      eventIds: unpack(c.eventIds),
      terms: { strings: unpack(c.terms.strings), slots: c.terms.slots },
    },
    eventIndex: {
      ...snapshot.eventIndex,
      eventIds: unpack(snapshot.eventIndex.eventIds),
      terms: { strings: unpack(snapshot.eventIndex.terms.strings), slots: snapshot.eventIndex.terms.slots },
    },
    params: snapshot.params,
  } as SerializedIndex;
  let records: { claimSource: Claim[]; events: PackEvent[] } | null = null;
  const parsed = (): { claimSource: Claim[]; events: PackEvent[] } =>
    (records ??= JSON.parse(snapshot.records) as { claimSource: Claim[]; events: PackEvent[] });
  // The records are needed only to add the reader's flags or to name suggestions.
  lazy(index, 'claimSource', () => parsed().claimSource);
  lazy(index, 'events', () => parsed().events);
  return index;
}
