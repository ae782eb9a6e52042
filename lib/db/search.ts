/**
 * The side panel's dataset search: a prefix typed in any script finds
 * entities (by any alias), events (by title), claims (by statement) and outlets
 * (by name or domain), each through a multi-entry index range query.
 */
import type { Collection } from 'dexie';
import { normalizeKey } from './keys';
import type { ParallaxDB } from './schema';

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

const KIND_ORDER: Record<SearchHit['kind'], number> = { entity: 0, event: 1, claim: 2, outlet: 3 };

async function firstMatches<T, K, I>(collection: Collection<T, K, I>, limit: number): Promise<T[]> {
  // A record matches once per key, so ask for distinct primary keys.
  return collection.distinct().limit(limit).toArray();
}

function isExact(keys: readonly string[], query: string): boolean {
  return keys.includes(query);
}

/** Finds up to `limit` records whose alias, title, statement or name has a word starting with `query`. */
export async function searchDataset(db: ParallaxDB, query: string, limit = 20): Promise<SearchHit[]> {
  const q = normalizeKey(query);
  if (q === '' || limit <= 0) return [];
  const [entities, events, claims, outlets] = await Promise.all([
    firstMatches(db.entities.where('aliasKeys').startsWith(q), limit),
    firstMatches(db.events.where('titleKeys').startsWith(q), limit),
    firstMatches(db.claims.where('statementKeys').startsWith(q), limit),
    firstMatches(db.outlets.where('nameKeys').startsWith(q), limit),
  ]);
  const hits: SearchHit[] = [
    ...entities.map((e): SearchHit => ({ kind: 'entity', id: e.id, label: e.name, detail: e.kind, exact: isExact(e.aliasKeys, q) })),
    ...events.map((e): SearchHit => ({ kind: 'event', id: e.id, label: e.title, exact: isExact(e.titleKeys, q) })),
    ...claims.map((c): SearchHit => ({ kind: 'claim', id: c.id, label: c.statement, detail: c.eventId, exact: isExact(c.statementKeys, q) })),
    ...outlets.map((o): SearchHit => ({ kind: 'outlet', id: o.id, label: o.name, exact: isExact(o.nameKeys, q) })),
  ];
  // Exact names first, then entities before events, claims and outlets; stable within a kind.
  hits.sort((a, b) => Number(b.exact) - Number(a.exact) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  return hits.slice(0, limit);
}
