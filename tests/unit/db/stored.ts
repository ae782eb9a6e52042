// What IndexedDB actually holds, read straight from the tables (never through the dataset cache).
import { chunkItems } from '@/lib/db/chunks';
import type { ChunkItems, ChunkKind } from '@/lib/db/records';
import type { ParallaxDB } from '@/lib/db/schema';

/** Every stored record of one kind, in stored order. */
export async function storedItems<K extends ChunkKind>(db: ParallaxDB, kind: K): Promise<ChunkItems[K][]> {
  const chunks = await db.packChunks.where('id').startsWith(`${kind}/`).toArray();
  return chunks.flatMap((chunk) => chunkItems(chunk, kind));
}

/** How many records of each kind are stored. */
export async function storedCounts(db: ParallaxDB): Promise<Record<'outlets' | ChunkKind, number>> {
  return {
    outlets: await db.outlets.count(),
    entities: (await storedItems(db, 'entities')).length,
    events: (await storedItems(db, 'events')).length,
    claims: (await storedItems(db, 'claims')).length,
    reports: (await storedItems(db, 'reports')).length,
  };
}

/** The stored entity with `id`, if any. */
export async function storedEntity(db: ParallaxDB, id: string): Promise<ChunkItems['entities'] | undefined> {
  return (await storedItems(db, 'entities')).find((e) => e.id === id);
}
