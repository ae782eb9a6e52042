import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';

import { getInstalledPack, loadPack } from '@/lib/db/load';
import { DB_NAME, ParallaxDB } from '@/lib/db/schema';

import { asSchema, realPack } from '../dataset/real-pack';

let open: Dexie[] = [];
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});

/** The database as version 1 of the extension created it, with a schema-1 pack and the reader's data. */
async function versionOneProfile(): Promise<void> {
  const v1 = new Dexie(DB_NAME, { indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
  open.push(v1);
  v1.version(1).stores({
    outlets: 'id, *domains',
    packChunks: 'id',
    meta: 'key',
    flags: 'id, url, pageUrl, createdAt, eventId',
    settings: 'key',
    mutes: 'entityId, createdAt',
    wrongMatches: 'id, kind, targetId, createdAt',
    derived: 'key',
  });
  await v1.open();
  const old = asSchema(realPack(), 1);
  const db = v1 as unknown as ParallaxDB;
  await loadPack(db, old);
  await v1.table('flags').add({
    id: 'flag-kept01',
    url: 'https://example.com/a',
    pageUrl: 'https://example.com/a',
    createdAt: 1,
    updatedAt: 1,
    note: 'mine',
    eventId: null,
  });
  await v1.table('settings').put({ key: 'settings', value: { schema: 1 } });
  await v1.table('mutes').put({ entityId: 'vladimir-putin', createdAt: 2 });
  await v1
    .table('wrongMatches')
    .put({ id: 'entity:darya-dugina:abc123', kind: 'entity', targetId: 'darya-dugina', createdAt: 3 });
  await v1.table('derived').put({ key: 'match-index', value: 'compiled by the old matcher' });
  v1.close();
}

describe('the database upgrade to pack schema 2', () => {
  it('keeps every flag, setting, mute and wrong-match mark, drops the stale compiled index, and takes the new pack', async () => {
    await versionOneProfile();
    const db = new ParallaxDB();
    open.push(db);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.flags.toArray()).toEqual([expect.objectContaining({ id: 'flag-kept01', note: 'mine' })]);
    expect(await db.settings.toArray()).toEqual([{ key: 'settings', value: { schema: 1 } }]);
    expect(await db.mutes.toArray()).toEqual([{ entityId: 'vladimir-putin', createdAt: 2 }]);
    expect(await db.wrongMatches.toArray()).toEqual([
      { id: 'entity:darya-dugina:abc123', kind: 'entity', targetId: 'darya-dugina', createdAt: 3 },
    ]);
    expect(await db.derived.count()).toBe(0);
    // The schema-2 pack (with event terms) replaces the schema-1 one when its version is newer.
    const next = { ...realPack(), version: '1.1.0' };
    const loaded = await loadPack(db, next);
    expect(loaded).toMatchObject({ ok: true, value: { outcome: 'loaded', previousVersion: '1.0.0' } });
    expect((await getInstalledPack(db))?.version).toBe('1.1.0');
    expect(await db.flags.count()).toBe(1);
  });
});
