import { afterEach, describe, expect, it } from 'vitest';

import type { Pack } from '@/lib/dataset/types';
import { chunkId } from '@/lib/db/chunks';
import { ensurePackLoaded, getInstalledPack, loadPack } from '@/lib/db/load';
import { getEntityView } from '@/lib/db/queries';
import type { FlagRecord } from '@/lib/db/records';
import { ParallaxDB } from '@/lib/db/schema';

import { realPack } from '../dataset/real-pack';
import { storedCounts, storedEntity, storedItems } from './stored';

let db: ParallaxDB;
afterEach(() => db?.close());

function open(): ParallaxDB {
  db = new ParallaxDB();
  return db;
}

const datasetCounts = storedCounts;

/** A 1.1.0 pack: one entity renamed, one claim (and its reports) dropped, one entity added. */
function upgradedPack(): Pack {
  const pack = realPack();
  pack.version = '1.1.0';
  const dugina = pack.entities.find((e) => e.id === 'darya-dugina');
  if (dugina) dugina.description = 'Updated description.';
  pack.claims = pack.claims.filter((c) => c.id !== 'gatilov-diplomatic-solution-harder');
  pack.reports = pack.reports.filter((r) => r.claimId !== 'gatilov-diplomatic-solution-harder');
  pack.entities.push({
    id: 'new-entity',
    kind: 'person',
    name: 'New Person',
    aliases: [{ text: 'New Person', lang: 'en' }],
    description: 'Added in 1.1.0.',
  });
  return pack;
}

const quote = { type: 'TextQuoteSelector' as const, exact: 'refused to fight', prefix: 'unit ', suffix: ' in Donetsk' };
const savedFlag: FlagRecord = {
  id: 'flag-1',
  url: 'https://example.com/a',
  pageUrl: 'https://example.com/a',
  outletId: null,
  outletName: null,
  title: 'A page',
  publishedAt: null,
  quote: quote.exact,
  selectors: { quote, position: { type: 'TextPositionSelector', start: 10, end: 26 } },
  note: 'mine',
  label: 'disputed',
  claimId: null,
  eventId: null,
  createdAt: 1,
  updatedAt: 1,
};

async function addUserData(d: ParallaxDB): Promise<void> {
  await d.flags.add(structuredClone(savedFlag));
  await d.settings.put({ key: 'sites', value: { 'example.com': false } });
  await d.mutes.put({ entityId: 'vladimir-putin', createdAt: 2 });
  await d.wrongMatches.put({
    id: 'entity:darya-dugina:abc123',
    kind: 'entity',
    targetId: 'darya-dugina',
    createdAt: 3,
  });
}

describe('loadPack', () => {
  it('installs the bundled pack and records its version and counts', async () => {
    const pack = realPack();
    const result = await loadPack(open(), pack);
    expect(result).toMatchObject({
      ok: true,
      value: { skipped: false, outcome: 'loaded', version: '1.0.0', previousVersion: null },
    });
    expect(await datasetCounts(db)).toEqual({
      outlets: pack.outlets.length,
      entities: pack.entities.length,
      events: pack.events.length,
      claims: pack.claims.length,
      reports: pack.reports.length,
    });
    expect(await getInstalledPack(db)).toMatchObject({
      version: '1.0.0',
      date: '2026-11-21',
      state: 'complete',
      counts: { reports: pack.reports.length },
    });
  });

  it('rejects an invalid pack with a readable error and writes nothing', async () => {
    const pack = realPack();
    const claim = pack.claims[3];
    if (claim) claim.eventId = 'foo';
    const result = await loadPack(open(), pack);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('pack-invalid');
      expect(result.error.message).toContain("claims[3].eventId: no event with id 'foo'");
      expect(result.error.issues).toContainEqual({ path: 'claims[3].eventId', message: "no event with id 'foo'" });
    }
    expect(await datasetCounts(db)).toEqual({ outlets: 0, entities: 0, events: 0, claims: 0, reports: 0 });
    expect(await getInstalledPack(db)).toBeNull();
  });

  it('keeps the installed pack when a bad pack arrives later', async () => {
    await loadPack(open(), realPack());
    const before = await datasetCounts(db);
    const result = await loadPack(db, { ...realPack(), version: '2.0.0', schema: 7 });
    expect(result.ok).toBe(false);
    expect(await datasetCounts(db)).toEqual(before);
    expect((await getInstalledPack(db))?.version).toBe('1.0.0');
  });

  it('does nothing when the same version is already installed', async () => {
    await loadPack(open(), realPack());
    const loadedAt = (await getInstalledPack(db))?.loadedAt;
    await db.packChunks.delete(chunkId('entities', 0)); // a change a reload would undo
    const again = await ensurePackLoaded(db, realPack().version, () => Promise.resolve(realPack()));
    expect(again).toMatchObject({
      ok: true,
      value: { skipped: true, outcome: 'same-version', previousVersion: '1.0.0' },
    });
    expect(await storedEntity(db, 'darya-dugina')).toBeUndefined();
    expect((await getInstalledPack(db))?.loadedAt).toBe(loadedAt);
  });

  it('reloads the same version when forced', async () => {
    await loadPack(open(), realPack());
    await db.packChunks.delete(chunkId('entities', 0));
    const forced = await loadPack(db, realPack(), { force: true });
    expect(forced).toMatchObject({ ok: true, value: { skipped: false, outcome: 'loaded' } });
    expect(await storedEntity(db, 'darya-dugina')).toBeDefined();
  });

  it('never downgrades to an older pack', async () => {
    await loadPack(open(), upgradedPack());
    const older = await loadPack(db, realPack());
    expect(older).toMatchObject({
      ok: true,
      value: { skipped: true, outcome: 'older-version', previousVersion: '1.1.0' },
    });
    expect(await storedEntity(db, 'new-entity')).toBeDefined();
  });

  it('upgrades 1.0.0 to 1.1.0: replaces every dataset record and keeps every user record', async () => {
    await loadPack(open(), realPack());
    await addUserData(db);
    const result = await loadPack(db, upgradedPack());
    expect(result).toMatchObject({ ok: true, value: { skipped: false, version: '1.1.0', previousVersion: '1.0.0' } });
    expect((await storedEntity(db, 'darya-dugina'))?.description).toBe('Updated description.');
    expect(await storedEntity(db, 'new-entity')).toBeDefined();
    expect((await storedItems(db, 'claims')).map((c) => c.id)).not.toContain('gatilov-diplomatic-solution-harder');
    expect(
      (await storedItems(db, 'reports')).filter((r) => r.claimId === 'gatilov-diplomatic-solution-harder'),
    ).toEqual([]);
    expect(await datasetCounts(db)).toMatchObject({
      entities: realPack().entities.length + 1,
      claims: realPack().claims.length - 1,
    });
    expect(await db.flags.toArray()).toEqual([savedFlag]);
    expect(await db.settings.get('sites')).toEqual({ key: 'sites', value: { 'example.com': false } });
    expect(await db.mutes.toArray()).toEqual([{ entityId: 'vladimir-putin', createdAt: 2 }]);
    expect(await db.wrongMatches.count()).toBe(1);
  });

  it('rolls back an upgrade interrupted mid-transaction, then completes it on the next load', async () => {
    await loadPack(open(), realPack());
    await addUserData(db);
    const before = await datasetCounts(db);
    const controller = new AbortController();
    const steps: string[] = [];
    const interrupted = await loadPack(db, upgradedPack(), {
      signal: controller.signal,
      onProgress: (step) => {
        steps.push(step.table);
        // Entities are already replaced at this point: the abort must undo them too.
        if (step.table === 'entities') controller.abort();
      },
    });
    expect(interrupted).toMatchObject({ ok: false, error: { code: 'pack-load-aborted' } });
    expect(steps).toEqual(['clear', 'outlets', 'entities']);
    expect(await datasetCounts(db)).toEqual(before);
    expect(await storedEntity(db, 'new-entity')).toBeUndefined();
    expect((await storedEntity(db, 'darya-dugina'))?.description).not.toBe('Updated description.');
    expect((await getInstalledPack(db))?.version).toBe('1.0.0');
    expect(await db.flags.count()).toBe(1);
    // Queries keep answering from the previous pack.
    expect(await getEntityView(db, 'new-entity')).toBeNull();
    expect((await getEntityView(db, 'darya-dugina'))?.entity.description).not.toBe('Updated description.');

    const resumed = await ensurePackLoaded(db, '1.1.0', () => Promise.resolve(upgradedPack()));
    expect(resumed).toMatchObject({ ok: true, value: { skipped: false, version: '1.1.0' } });
    expect(await storedEntity(db, 'new-entity')).toBeDefined();
    expect((await getInstalledPack(db))?.version).toBe('1.1.0');
    expect((await getEntityView(db, 'new-entity'))?.entity.name).toBe('New Person');
  });

  it('rolls back when a write fails partway (an exception inside the transaction)', async () => {
    const interrupted = await loadPack(open(), realPack(), {
      onProgress: (step) => {
        if (step.table === 'claims') throw new Error('worker stopped');
      },
    });
    expect(interrupted).toMatchObject({ ok: false, error: { code: 'pack-write-failed' } });
    if (!interrupted.ok) expect(interrupted.error.message).toContain('worker stopped');
    expect(await datasetCounts(db)).toEqual({ outlets: 0, entities: 0, events: 0, claims: 0, reports: 0 });
    expect(await getInstalledPack(db)).toBeNull();
    expect((await loadPack(db, realPack())).ok).toBe(true);
    expect((await datasetCounts(db)).claims).toBe(realPack().claims.length);
  });
});

describe('ensurePackLoaded', () => {
  /** A pack reader that counts its reads. */
  function reader(pack: () => unknown): { read: () => Promise<unknown>; reads: () => number } {
    let reads = 0;
    return {
      read: () => {
        reads += 1;
        return Promise.resolve(pack());
      },
      reads: () => reads,
    };
  }

  it('reads and installs the pack on a fresh profile', async () => {
    const bundled = reader(realPack);
    const result = await ensurePackLoaded(open(), '1.0.0', bundled.read);
    expect(result).toMatchObject({ ok: true, value: { skipped: false, outcome: 'loaded', version: '1.0.0' } });
    expect(bundled.reads()).toBe(1);
    expect((await datasetCounts(db)).claims).toBe(realPack().claims.length);
  });

  it('does not read the pack when its version, or a newer one, is installed', async () => {
    await loadPack(open(), realPack());
    const installed = await getInstalledPack(db);
    const bundled = reader(realPack);
    const same = await ensurePackLoaded(db, '1.0.0', bundled.read);
    expect(same).toEqual({
      ok: true,
      value: expect.objectContaining({
        skipped: true,
        outcome: 'same-version',
        previousVersion: '1.0.0',
        counts: installed?.counts,
      }) as unknown,
    });
    const older = await ensurePackLoaded(db, '0.9.0', bundled.read);
    expect(older).toMatchObject({ ok: true, value: { skipped: true, outcome: 'older-version' } });
    expect(bundled.reads()).toBe(0);
    expect((await getInstalledPack(db))?.loadedAt).toBe(installed?.loadedAt);
  });

  it('reads the pack when a newer version comes with an update, and keeps the reader’s records', async () => {
    await loadPack(open(), realPack());
    await addUserData(db);
    const bundled = reader(upgradedPack);
    const result = await ensurePackLoaded(db, '1.1.0', bundled.read);
    expect(result).toMatchObject({ ok: true, value: { skipped: false, version: '1.1.0', previousVersion: '1.0.0' } });
    expect(bundled.reads()).toBe(1);
    expect(await db.flags.toArray()).toEqual([savedFlag]);
  });

  it('says clearly when the pack cannot be read, and keeps the installed one', async () => {
    await loadPack(open(), realPack());
    const before = await datasetCounts(db);
    const result = await ensurePackLoaded(db, '1.1.0', () => Promise.reject(new Error('HTTP 404')));
    expect(result).toEqual({
      ok: false,
      error: { code: 'pack-unreadable', message: 'The bundled dataset could not be read (HTTP 404).' },
    });
    expect(await datasetCounts(db)).toEqual(before);
    expect((await getInstalledPack(db))?.version).toBe('1.0.0');
  });

  it('refuses a pack file whose content is invalid, writing nothing', async () => {
    const result = await ensurePackLoaded(open(), '1.0.0', () => Promise.resolve({ schema: 4, version: '1.0.0' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'pack-invalid' } });
    expect(await getInstalledPack(db)).toBeNull();
  });
});
