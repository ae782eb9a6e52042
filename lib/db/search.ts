/**
 * The side panel's dataset search: a prefix typed in any script finds
 * entities (by any alias), events (by title), claims (by statement, in any
 * language it is written in) and outlets
 * (by name or domain). Keys are the same word-start keys IndexedDB indexes held
 * before (`keys.ts`), kept in memory and searched by binary search
 * (`search-index.ts`); they are built on the first search of each cached load,
 * not with the cache, because only the side panel searches.
 */
import { datasetCache, type DatasetCache } from './cache';
import { normalizeKey } from './keys';
import type { ParallaxDB } from './schema';
import { ALIAS_WINDOW, buildPrefixIndex, prefixMatches, TEXT_WINDOW, type PrefixIndex } from './search-index';

/** One search result. */
export interface SearchHit {
  kind: 'entity' | 'event' | 'claim' | 'outlet';
  id: string;
  /** What to show: the entity's or outlet's name, the event's title, the claim's statement. */
  label: string;
  /** For a claim, its event; for an entity, its kind. */
  detail?: string;
  /** True when the query equals a whole key (an exact alias) rather than its start. */
  exact: boolean;
}

/** The prefix index of each kind of record. */
export type SearchIndex = Record<SearchHit['kind'], PrefixIndex>;

const KIND_ORDER: Record<SearchHit['kind'], number> = { entity: 0, event: 1, claim: 2, outlet: 3 };

const indexes = new WeakMap<DatasetCache, SearchIndex>();

/** Builds (once per cached load) the keys of every record. */
export function searchIndexOf(cache: DatasetCache): SearchIndex {
  let index = indexes.get(cache);
  if (!index) {
    index = {
      entity: buildPrefixIndex(
        cache.entities.map((e) => [e.name, ...e.aliases.map((a) => a.text)]),
        ALIAS_WINDOW,
      ),
      event: buildPrefixIndex(
        cache.events.map((e) => [e.title]),
        TEXT_WINDOW,
      ),
      claim: buildPrefixIndex(
        cache.claims.map((c) => [c.statement, ...Object.values(c.statements ?? {}).filter((t) => t !== undefined)]),
        TEXT_WINDOW,
      ),
      outlet: buildPrefixIndex(
        cache.outlets.map((o) => [o.name, ...o.domains]),
        ALIAS_WINDOW,
      ),
    };
    indexes.set(cache, index);
  }
  return index;
}

/** Searches a cached load; `searchDataset` without the database round trip. */
export function searchCache(cache: DatasetCache, query: string, limit = 20): SearchHit[] {
  const q = normalizeKey(query);
  if (q === '' || limit <= 0) return [];
  const index = searchIndexOf(cache);
  const hits: SearchHit[] = [];
  // Each kind contributes at most `limit` records before ranking, as the per-table index queries did.
  for (const { ref, exact } of prefixMatches(index.entity, q, limit)) {
    const e = cache.entities[ref];
    if (e) hits.push({ kind: 'entity', id: e.id, label: e.name, detail: e.kind, exact });
  }
  for (const { ref, exact } of prefixMatches(index.event, q, limit)) {
    const e = cache.events[ref];
    if (e) hits.push({ kind: 'event', id: e.id, label: e.title, exact });
  }
  for (const { ref, exact } of prefixMatches(index.claim, q, limit)) {
    const c = cache.claims[ref];
    if (c) hits.push({ kind: 'claim', id: c.id, label: c.statement, detail: c.eventId, exact });
  }
  for (const { ref, exact } of prefixMatches(index.outlet, q, limit)) {
    const o = cache.outlets[ref];
    if (o) hits.push({ kind: 'outlet', id: o.id, label: o.name, exact });
  }
  // Exact names first, then entities before events, claims and outlets; stable within a kind.
  hits.sort((a, b) => Number(b.exact) - Number(a.exact) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  return hits.slice(0, limit);
}

/** Finds up to `limit` records whose alias, title, statement or name has a word starting with `query`. */
export async function searchDataset(db: ParallaxDB, query: string, limit = 20): Promise<SearchHit[]> {
  if (normalizeKey(query) === '' || limit <= 0) return [];
  return searchCache(await datasetCache(db), query, limit);
}
