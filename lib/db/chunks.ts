/**
 * Dataset records are stored many to an IndexedDB record ("chunks") instead of
 * one record each. Chromium's IndexedDB costs tens of microseconds per put
 * (measured ~60 µs), so a 100k-entity pack written one record per entity takes
 * ~16 s; in chunks of ~1,000 it takes a fraction of a second (the per-request
 * cost, not the bytes, is what makes IndexedDB slow:
 * https://rxdb.info/slow-indexeddb.html). Each chunk holds
 * its records as JSON text (see `ChunkRecord` for the measurement). Nothing reads a
 * single dataset record from IndexedDB: reads go through the in-memory cache
 * (`cache.ts`), which reads every chunk once.
 */
import type { Pack } from '../dataset/types';
import type { ChunkItems, ChunkKind, ChunkRecord, OutletRecord } from './records';

/** Pack records per chunk: in Chromium 250, 1,000, 4,000 and 20,000 were tried; 1,000 wrote and read fastest. */
export const CHUNK_SIZE = 1000;

/** The chunked kinds, in the order the loader writes them. */
export const CHUNK_KINDS: readonly ChunkKind[] = ['entities', 'events', 'claims', 'reports'];

/** The id of chunk `n` of `kind`; zero-padded so ids sort in chunk order. */
export function chunkId(kind: ChunkKind, n: number): string {
  return `${kind}/${String(n).padStart(5, '0')}`;
}

/** Orders by id the way IndexedDB orders string keys (UTF-16 code units), so chunked reads come back as a per-record table would. */
export function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The records of a chunk written by `chunksOf`, which only ever holds validated pack records of `kind`. */
export function chunkItems<K extends ChunkKind>(chunk: ChunkRecord, kind: K): ChunkItems[K][] {
  if (chunk.kind !== kind) throw new Error(`chunk ${chunk.id} holds ${chunk.kind}, not ${kind}`);
  return JSON.parse(chunk.json) as ChunkItems[K][];
}

/** A pack's records sorted by id, ready to be cut into chunks. */
export type SortedPack = { outlets: OutletRecord[] } & { [K in ChunkKind]: ChunkItems[K][] };

/** Sorts each kind by id (copies; the pack is left as it is). */
export function sortPack(pack: Pack): SortedPack {
  return {
    outlets: pack.outlets,
    entities: [...pack.entities].sort(byId),
    events: [...pack.events].sort(byId),
    claims: [...pack.claims].sort(byId),
    reports: [...pack.reports].sort(byId),
  };
}

/**
 * Cuts id-ordered records into chunks of `size`, one at a time: the loader
 * writes each chunk as soon as it is built, so Chromium stores one chunk while
 * the next is being turned into JSON.
 */
export function* chunksOf<K extends ChunkKind>(
  kind: K,
  sorted: readonly ChunkItems[K][],
  size = CHUNK_SIZE,
): Generator<ChunkRecord> {
  for (let start = 0, n = 0; start < sorted.length; start += size, n++) {
    const slice = sorted.slice(start, start + size);
    yield { id: chunkId(kind, n), kind, count: slice.length, json: JSON.stringify(slice) };
  }
}
