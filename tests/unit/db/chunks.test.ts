import { afterEach, describe, expect, it } from 'vitest';

import { synthPack } from '@/lib/dataset/synth';
import { byId, CHUNK_SIZE } from '@/lib/db/chunks';
import { loadPack } from '@/lib/db/load';
import { getMatchData } from '@/lib/db/queries';
import { ParallaxDB } from '@/lib/db/schema';

import { storedItems } from './stored';

let db: ParallaxDB;
afterEach(() => db?.close());

describe('chunked dataset storage', () => {
  it('stores a large pack in a few chunked records that hold every record unchanged, in id order', async () => {
    const pack = synthPack({ entities: 2 * CHUNK_SIZE + 345, claims: 600, seed: 3 });
    db = new ParallaxDB();
    const loaded = await loadPack(db, pack);
    expect(loaded.ok).toBe(true);
    const chunks = await db.packChunks.toArray();
    const entityChunks = chunks.filter((c) => c.kind === 'entities');
    // Three IndexedDB records for 2,345 entities instead of 2,345.
    expect(entityChunks.map((c) => [c.id, c.count])).toEqual([
      ['entities/00000', CHUNK_SIZE],
      ['entities/00001', CHUNK_SIZE],
      ['entities/00002', 345],
    ]);
    expect(chunks.length).toBe(3 + 1 + 1 + 2); // 200 events, 600 claims, 1,800 reports
    expect(await storedItems(db, 'entities')).toEqual([...pack.entities].sort(byId));
    expect(await storedItems(db, 'reports')).toEqual([...pack.reports].sort(byId));
    expect(await db.outlets.count()).toBe(pack.outlets.length);
  });

  it('hands the matcher the same records as the pack, ordered by id as a per-record table would', async () => {
    const pack = synthPack({ entities: 1500, claims: 90, seed: 4 });
    db = new ParallaxDB();
    await loadPack(db, pack);
    const data = await getMatchData(db);
    expect(data.entities).toEqual([...pack.entities].sort(byId));
    expect(data.claims).toEqual([...pack.claims].sort(byId));
    expect(data.events).toEqual([...pack.events].sort(byId));
    // `ent-10` sorts before `ent-2`, as IndexedDB orders string keys.
    expect(data.entities.slice(0, 3).map((e) => e.id)).toEqual(['ent-0', 'ent-1', 'ent-10']);
    // Fresh arrays: a caller that reorders its copy does not reorder the next caller's.
    data.entities.reverse();
    expect((await getMatchData(db)).entities[0]?.id).toBe('ent-0');
  });

  it('replaces every chunk of a bigger pack when a smaller newer one arrives', async () => {
    db = new ParallaxDB();
    await loadPack(db, synthPack({ entities: 2500, claims: 30, seed: 5, version: '1.0.0' }));
    await loadPack(db, synthPack({ entities: 700, claims: 30, seed: 6, version: '1.1.0' }));
    const ids = (await db.packChunks.toArray()).filter((c) => c.kind === 'entities').map((c) => c.id);
    expect(ids).toEqual(['entities/00000']);
    expect(await storedItems(db, 'entities')).toHaveLength(700);
  });
});
