import { afterEach, describe, expect, it } from 'vitest';

import type { Pack } from '@/lib/dataset/types';
import { loadPack } from '@/lib/db/load';
import { getClaimView, getEntityView, getMatchData, searchDataset } from '@/lib/db/queries';
import { ParallaxDB } from '@/lib/db/schema';

import { realPack } from '../dataset/real-pack';

const open: ParallaxDB[] = [];
afterEach(() => {
  for (const d of open.splice(0)) d.close();
});

function connect(): ParallaxDB {
  const d = new ParallaxDB();
  open.push(d);
  return d;
}

function renamedPack(version: string, name: string): Pack {
  const pack = realPack();
  pack.version = version;
  const dugina = pack.entities.find((e) => e.id === 'darya-dugina');
  if (dugina) {
    dugina.name = name;
    dugina.aliases.push({ text: name, lang: 'en' });
  }
  return pack;
}

describe('dataset cache', () => {
  it('answers before any pack is installed with nothing, then with the pack once it is loaded', async () => {
    const db = connect();
    expect(await getMatchData(db)).toEqual({ entities: [], claims: [], events: [] });
    expect(await getEntityView(db, 'darya-dugina')).toBeNull();
    await loadPack(db, realPack());
    expect((await getEntityView(db, 'darya-dugina'))?.entity.name).toBe('Darya Dugina');
  });

  it('shows a newer pack loaded through the same connection', async () => {
    const db = connect();
    await loadPack(db, realPack());
    expect((await getEntityView(db, 'darya-dugina'))?.entity.name).toBe('Darya Dugina');
    await loadPack(db, renamedPack('1.1.0', 'Daria Qwerkova'));
    expect((await getEntityView(db, 'darya-dugina'))?.entity.name).toBe('Daria Qwerkova');
    expect((await searchDataset(db, 'qwerkova', 5)).map((h) => h.id)).toEqual(['darya-dugina']);
  });

  it('refreshes a stale cache after another connection (the background) loads a new version', async () => {
    const panel = connect();
    const background = connect();
    await loadPack(background, realPack());
    // The side panel builds its cache from 1.0.0 …
    expect((await getEntityView(panel, 'darya-dugina'))?.entity.name).toBe('Darya Dugina');
    expect(await searchDataset(panel, 'qwerkova', 5)).toEqual([]);
    // … then the background installs 1.1.0 through its own connection.
    await loadPack(background, renamedPack('1.1.0', 'Daria Qwerkova'));
    expect((await getEntityView(panel, 'darya-dugina'))?.entity.name).toBe('Daria Qwerkova');
    expect(
      (await getClaimView(panel, 'ukraine-denies-dugina-involvement'))?.entities.find((e) => e.id === 'darya-dugina')
        ?.name,
    ).toBe('Daria Qwerkova');
    expect((await searchDataset(panel, 'qwerkova', 5)).map((h) => h.id)).toEqual(['darya-dugina']);
  });

  it('refreshes even when the same version is force-reloaded with different content', async () => {
    const panel = connect();
    const background = connect();
    await loadPack(background, realPack());
    expect((await getEntityView(panel, 'darya-dugina'))?.entity.name).toBe('Darya Dugina');
    await loadPack(background, renamedPack('1.0.0', 'Repaired Name'), { force: true });
    expect((await getEntityView(panel, 'darya-dugina'))?.entity.name).toBe('Repaired Name');
  });

  it('reads the chunks once per load: later queries are answered from memory', async () => {
    const db = connect();
    await loadPack(db, realPack());
    expect((await getEntityView(db, 'darya-dugina'))?.entity.name).toBe('Darya Dugina');
    // Emptied behind the cache's back, without a new load: queries do not go back to IndexedDB.
    await db.packChunks.clear();
    expect((await getMatchData(db)).entities).toHaveLength(realPack().entities.length);
    expect((await searchDataset(db, 'dugina', 5)).map((h) => h.id)).toContain('darya-dugina');
  });

  it('serves concurrent first queries from one consistent read', async () => {
    const db = connect();
    await loadPack(db, realPack());
    const [a, b, c] = await Promise.all([getMatchData(db), getEntityView(db, 'darya-dugina'), getMatchData(db)]);
    expect(a.entities.length).toBe(realPack().entities.length);
    expect(c.entities).toEqual(a.entities);
    expect(b?.entity).toBe(a.entities.find((e) => e.id === 'darya-dugina'));
  });
});
