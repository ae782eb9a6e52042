/**
 * Runs inside Chromium for `pack-load.ts`. Subjects go through the real
 * `loadPack` and queries; baselines are what the per-record layout did: one
 * IndexedDB record per pack record, with multi-entry search-key indexes,
 * written with a bare put loop and read with `getAll`, and a linear scan over
 * every search key.
 */
import Dexie from 'dexie';

import type { Pack } from '../../lib/dataset/types';
import { datasetCache } from '../../lib/db/cache';
import { normalizeKey, wordPrefixKeys } from '../../lib/db/keys';
import { ensurePackLoaded, loadPack } from '../../lib/db/load';
import { getMatchData, searchDataset, type SearchHit } from '../../lib/db/queries';
import { ParallaxDB } from '../../lib/db/schema';

/** Milliseconds of each run of the subject and of the baseline. */
export interface PageTiming {
  ms: number[];
  baselineMs: number[];
}

const RAW_DB = 'raw-bench';
const SUBJECT_DB = 'parallax-bench';

const RAW_STORES: Record<string, { key: string; indexes: [string, string, boolean][] }> = {
  outlets: {
    key: 'id',
    indexes: [
      ['nameKeys', 'nameKeys', true],
      ['domains', 'domains', true],
    ],
  },
  entities: { key: 'id', indexes: [['aliasKeys', 'aliasKeys', true]] },
  events: {
    key: 'id',
    indexes: [
      ['entityIds', 'entityIds', true],
      ['titleKeys', 'titleKeys', true],
    ],
  },
  claims: {
    key: 'id',
    indexes: [
      ['eventId', 'eventId', false],
      ['statementKeys', 'statementKeys', true],
    ],
  },
  reports: {
    key: 'id',
    indexes: [
      ['claimId', 'claimId', false],
      ['eventId', 'eventId', false],
      ['outletId', 'outletId', false],
    ],
  },
};

/** The per-record rows of the previous layout: pack records plus their search keys. */
function perRecordRows(pack: Pack): Record<string, object[]> {
  return {
    outlets: pack.outlets.map((o) => ({ ...o, nameKeys: wordPrefixKeys([o.name, ...o.domains], 4) })),
    entities: pack.entities.map((e) => ({
      ...e,
      aliasKeys: wordPrefixKeys([e.name, ...e.aliases.map((a) => a.text)], 4),
    })),
    events: pack.events.map((ev) => ({ ...ev, titleKeys: wordPrefixKeys([ev.title], 3) })),
    claims: pack.claims.map((c) => ({ ...c, statementKeys: wordPrefixKeys([c.statement], 3) })),
    reports: pack.reports,
  };
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

async function rawLoad(text: string): Promise<void> {
  const rows = perRecordRows(JSON.parse(text) as Pack);
  const open = indexedDB.open(RAW_DB, 1);
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
  await done(tx);
  db.close();
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function loadSubject(pack: unknown): Promise<void> {
  const db = new ParallaxDB(SUBJECT_DB);
  const result = await loadPack(db, pack);
  db.close();
  if (!result.ok) throw new Error(result.error.message);
}

/**
 * Loads the pack at `url` into a fresh database `runs` times (parse, validation
 * and write, as the extension does), and `baselineRuns` times the per-record
 * way. Leaves both databases holding the pack for `benchCache`.
 */
async function benchLoad(url: string, runs: number, baselineRuns: number): Promise<PageTiming> {
  const text = await (await fetch(url)).text();
  const out: PageTiming = { ms: [], baselineMs: [] };
  for (let i = 0; i < Math.max(runs, baselineRuns); i++) {
    if (i < baselineRuns) {
      await Dexie.delete(RAW_DB);
      out.baselineMs.push(await time(() => rawLoad(text)));
    }
    if (i < runs) {
      await Dexie.delete(SUBJECT_DB);
      out.ms.push(await time(() => loadSubject(JSON.parse(text))));
    }
  }
  return out;
}

/** Startup with the pack already installed: `ensurePackLoaded` against a bare read of one IndexedDB record. */
async function benchStartup(url: string, runs: number): Promise<PageTiming> {
  const pack: unknown = JSON.parse(await (await fetch(url)).text());
  await Dexie.delete(SUBJECT_DB);
  await loadSubject(pack);
  const out: PageTiming = { ms: [], baselineMs: [] };
  for (let i = 0; i < runs; i++) {
    out.baselineMs.push(
      await time(async () => {
        const db = await request(indexedDB.open(SUBJECT_DB));
        await request(db.transaction('meta').objectStore('meta').get('pack'));
        db.close();
      }),
    );
    out.ms.push(
      await time(async () => {
        const db = new ParallaxDB(SUBJECT_DB);
        // As the service worker does: the pack file is fetched and read only when it must be installed.
        const result = await ensurePackLoaded(db, (pack as { version: string }).version, async () =>
          JSON.parse(await (await fetch(url)).text()),
        );
        db.close();
        if (!result.ok || !result.value.skipped) throw new Error('expected the installed pack to be kept');
      }),
    );
  }
  return out;
}

/**
 * Reading the whole dataset on a fresh connection: the first `getMatchData`
 * (reads every chunk, builds the lookups) against `getAll` of every store of the
 * per-record layout. Needs `benchLoad` of the same pack first.
 */
async function benchCache(runs: number): Promise<PageTiming> {
  const out: PageTiming = { ms: [], baselineMs: [] };
  for (let i = 0; i < runs; i++) {
    out.baselineMs.push(
      await time(async () => {
        const db = await request(indexedDB.open(RAW_DB));
        const tx = db.transaction(Object.keys(RAW_STORES), 'readonly');
        await Promise.all(Object.keys(RAW_STORES).map((name) => request(tx.objectStore(name).getAll())));
        db.close();
      }),
    );
    out.ms.push(
      await time(async () => {
        const db = new ParallaxDB(SUBJECT_DB);
        const data = await getMatchData(db);
        db.close();
        if (data.entities.length === 0) throw new Error('no pack installed: run benchLoad first');
      }),
    );
  }
  return out;
}

const KINDS: SearchHit['kind'][] = ['entity', 'event', 'claim', 'outlet'];

/** The baseline search: every key of every record in one unsorted list, scanned in full for each query. */
function linearSearcher(pack: {
  entities: Pack['entities'];
  events: Pack['events'];
  claims: Pack['claims'];
  outlets: Pack['outlets'];
}) {
  const entries: { key: string; hit: Omit<SearchHit, 'exact'>; rank: number }[] = [];
  const add = (hit: Omit<SearchHit, 'exact'>, rank: number, keys: string[]): void => {
    for (const key of keys) entries.push({ key, hit, rank });
  };
  pack.entities.forEach((e, i) =>
    add(
      { kind: 'entity', id: e.id, label: e.name, detail: e.kind },
      i,
      wordPrefixKeys([e.name, ...e.aliases.map((a) => a.text)], 4),
    ),
  );
  pack.events.forEach((e, i) => add({ kind: 'event', id: e.id, label: e.title }, i, wordPrefixKeys([e.title], 3)));
  pack.claims.forEach((c, i) =>
    add({ kind: 'claim', id: c.id, label: c.statement, detail: c.eventId }, i, wordPrefixKeys([c.statement], 3)),
  );
  pack.outlets.forEach((o, i) =>
    add({ kind: 'outlet', id: o.id, label: o.name }, i, wordPrefixKeys([o.name, ...o.domains], 4)),
  );
  return (query: string, limit: number): SearchHit[] => {
    const q = normalizeKey(query);
    const found = entries.filter((e) => e.key.startsWith(q));
    found.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.rank - b.rank));
    const hits: SearchHit[] = [];
    for (const kind of KINDS) {
      const seen = new Set<string>();
      for (const e of found) {
        if (e.hit.kind !== kind || seen.has(e.hit.id) || seen.size >= limit) continue;
        seen.add(e.hit.id);
        hits.push({ ...e.hit, exact: e.key === q });
      }
    }
    hits.sort((a, b) => Number(b.exact) - Number(a.exact) || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));
    return hits.slice(0, limit);
  };
}

/** Search timings: the first search of a fresh connection, then the slowest per-query median. */
export interface SearchTiming {
  first: PageTiming;
  query: PageTiming;
  queries: number;
}

/**
 * `searchDataset` on the installed pack against the linear scan, over queries
 * from one letter to several words in both scripts; every answer is checked
 * against the scan's. Needs `benchLoad` of the pack first.
 */
async function benchSearch(queries: string[], repeats: number, limit: number): Promise<SearchTiming> {
  const db = new ParallaxDB(SUBJECT_DB);
  const cache = await datasetCache(db);
  let scan = linearSearcher(cache);
  const first: PageTiming = {
    ms: [await time(() => searchDataset(db, queries[0] ?? 'a', limit))],
    baselineMs: [await time(async () => scan(queries[0] ?? 'a', limit))],
  };
  const perQuery: PageTiming = { ms: [], baselineMs: [] };
  for (const query of queries) {
    const ms: number[] = [];
    const baselineMs: number[] = [];
    for (let i = 0; i < repeats; i++) {
      let got: SearchHit[] = [];
      let want: SearchHit[] = [];
      baselineMs.push(await time(async () => (want = scan(query, limit))));
      ms.push(await time(async () => (got = await searchDataset(db, query, limit))));
      if (JSON.stringify(got) !== JSON.stringify(want))
        throw new Error(`search '${query}' differs from the linear scan`);
    }
    perQuery.ms.push(ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)] ?? NaN);
    perQuery.baselineMs.push(baselineMs.sort((a, b) => a - b)[Math.floor(baselineMs.length / 2)] ?? NaN);
  }
  scan = () => [];
  db.close();
  // The slowest query is what the goal is about.
  return {
    first,
    query: { ms: [Math.max(...perQuery.ms)], baselineMs: [Math.max(...perQuery.baselineMs)] },
    queries: queries.length,
  };
}

Object.assign(globalThis, { parallaxBench: { benchLoad, benchStartup, benchCache, benchSearch } });
