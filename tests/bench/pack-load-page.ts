/**
 * Runs inside Chromium for `pack-load.ts`: loads a pack with the real
 * `loadPack` and, as the baseline, writes the same rows with a bare IndexedDB
 * put loop into stores with the same indexes.
 */
import Dexie from 'dexie';
import { ParallaxDB } from '../../lib/db/schema';
import { loadPack, ensurePackLoaded } from '../../lib/db/load';
import { toRecords } from '../../lib/db/records';
import type { Pack } from '../../lib/dataset/types';

/** Median milliseconds of the subject and of the baseline. */
export interface PageTiming {
  ms: number[];
  baselineMs: number[];
}

const RAW_STORES: Record<string, { key: string; indexes: [string, string, boolean][] }> = {
  outlets: { key: 'id', indexes: [['nameKeys', 'nameKeys', true], ['domains', 'domains', true]] },
  entities: { key: 'id', indexes: [['aliasKeys', 'aliasKeys', true]] },
  events: { key: 'id', indexes: [['entityIds', 'entityIds', true], ['titleKeys', 'titleKeys', true]] },
  claims: { key: 'id', indexes: [['eventId', 'eventId', false], ['statementKeys', 'statementKeys', true]] },
  reports: { key: 'id', indexes: [['claimId', 'claimId', false], ['eventId', 'eventId', false], ['outletId', 'outletId', false]] },
};

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function rawLoad(text: string): Promise<void> {
  const rows = toRecords(JSON.parse(text) as Pack) as unknown as Record<string, object[]>;
  const open = indexedDB.open('raw-bench', 1);
  open.onupgradeneeded = () => {
    for (const [name, def] of Object.entries(RAW_STORES)) {
      const store = open.result.createObjectStore(name, { keyPath: def.key });
      for (const [index, path, multiEntry] of def.indexes) store.createIndex(index, path, { multiEntry });
    }
  };
  const db = await request(open);
  const tx = db.transaction(Object.keys(RAW_STORES), 'readwrite');
  for (const name of Object.keys(RAW_STORES)) {
    const store = tx.objectStore(name);
    for (const row of rows[name] ?? []) store.put(row);
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

async function fresh(name: string): Promise<void> {
  await Dexie.delete(name);
}

async function time(run: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Loads the pack at `url` `runs` times into a fresh database, alternating with the raw baseline. */
async function benchLoad(url: string, runs: number): Promise<PageTiming> {
  const text = await (await fetch(url)).text();
  const out: PageTiming = { ms: [], baselineMs: [] };
  for (let i = 0; i < runs; i++) {
    await fresh('raw-bench');
    out.baselineMs.push(await time(() => rawLoad(text)));
    await fresh('parallax-bench');
    out.ms.push(
      await time(async () => {
        const db = new ParallaxDB('parallax-bench');
        const result = await loadPack(db, JSON.parse(text));
        db.close();
        if (!result.ok) throw new Error(result.error.message);
      }),
    );
  }
  return out;
}

/** Startup with the pack already installed: `ensurePackLoaded` against a bare read of one IndexedDB record. */
async function benchStartup(url: string, runs: number): Promise<PageTiming> {
  const pack: unknown = JSON.parse(await (await fetch(url)).text());
  await fresh('parallax-bench');
  const setup = new ParallaxDB('parallax-bench');
  await loadPack(setup, pack);
  setup.close();
  const out: PageTiming = { ms: [], baselineMs: [] };
  for (let i = 0; i < runs; i++) {
    out.baselineMs.push(
      await time(async () => {
        const db = await request(indexedDB.open('parallax-bench'));
        await request(db.transaction('meta').objectStore('meta').get('pack'));
        db.close();
      }),
    );
    out.ms.push(
      await time(async () => {
        const db = new ParallaxDB('parallax-bench');
        const result = await ensurePackLoaded(db, pack);
        db.close();
        if (!result.ok || !result.value.skipped) throw new Error('expected the installed pack to be kept');
      }),
    );
  }
  return out;
}

Object.assign(globalThis, { parallaxBench: { benchLoad, benchStartup } });
