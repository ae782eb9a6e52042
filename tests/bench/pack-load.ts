/**
 * Pack loading and dataset reads in real Chromium: the bundled pack and a
 * 100k-entity synthetic pack go through the same `loadPack` and queries the
 * extension uses, on a real IndexedDB. Each row's baseline is measured in the
 * same run and is what the previous per-record layout did: one IndexedDB record
 * per pack record with multi-entry search-key indexes (a bare put loop to
 * write, `getAll` to read), and a linear scan over every search key. Load
 * times include `JSON.parse` of the pack file, as for a pack the reader imports.
 * Run standalone: `npx tsx tests/bench/pack-load.ts`.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

import { synthPack } from '../../lib/dataset/synth';
import type { Pack } from '../../lib/dataset/types';
import { launchPlainChromium } from '../e2e/browser';
import { median } from './measure';
import type { PageTiming, SearchTiming } from './pack-load-page';
import type { BenchRow } from './types';

/** Options for `benchPackLoad`. */
export interface PackLoadBenchOptions {
  /** Entities in the synthetic pack (default 100 000). */
  entities?: number;
  /** Claims in the synthetic pack (default 10 000). */
  claims?: number;
  /** Measured runs per row; the median is reported (default 3). */
  runs?: number;
  /** Runs of the per-record baseline on the synthetic pack, ~16 s each at 100k (default 1). */
  baselineRuns?: number;
  /** Chromium binary. */
  executablePath?: string;
}

/** The synthetic pack must load within this many milliseconds. */
export const SYNTH_GOAL_MS = 2000;

/** Each search of the synthetic dataset must answer within this many milliseconds. */
export const SEARCH_GOAL_MS = 50;

const ROOT = resolve(import.meta.dirname, '../..');

function round(ms: number): number {
  return ms < 10 ? Number(ms.toFixed(2)) : Math.round(ms);
}

function row(name: string, t: PageTiming, goalMs?: number): BenchRow {
  const ms = median(t.ms);
  const baselineMs = median(t.baselineMs);
  const out: BenchRow = {
    name,
    ms: round(ms),
    baselineMs: round(baselineMs),
    ratio: Number((ms / baselineMs).toFixed(3)),
  };
  if (goalMs !== undefined) Object.assign(out, { goal: `< ${goalMs} ms`, pass: ms < goalMs });
  return out;
}

async function bundlePage(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(ROOT, 'tests/bench/pack-load-page.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    minify: true,
    alias: { '@': ROOT },
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output');
  return file.text;
}

/** One letter to whole names, Latin and Cyrillic, common and absent prefixes, and names taken from the pack. */
function searchQueries(pack: Pack): string[] {
  const picked = [pack.entities[Math.floor(pack.entities.length / 2)], pack.entities[pack.entities.length - 1]];
  const names = picked.flatMap((e) => (e ? [e.name, e.aliases[1]?.text ?? e.name] : []));
  return [
    'k',
    'ka',
    'kar',
    'ro',
    'mir',
    'sk',
    'Каро',
    'лен',
    'я',
    'forces',
    'forces officials',
    'News',
    'outlet-1',
    'zzz',
    ...names,
  ];
}

/** Measures pack loading in Chromium and returns one row per measurement. */
export async function benchPackLoad(opts: PackLoadBenchOptions = {}): Promise<BenchRow[]> {
  const runs = opts.runs ?? 3;
  const entities = opts.entities ?? 100_000;
  const synth = synthPack({ entities, claims: opts.claims ?? 10_000, seed: 1 });
  const files: Record<string, { type: string; body: string }> = {
    '/': {
      type: 'text/html',
      body: '<!doctype html><meta charset="utf-8"><title>pack load</title><script type="module" src="/page.js"></script>',
    },
    '/page.js': { type: 'text/javascript', body: await bundlePage() },
    '/real.json': {
      type: 'application/json',
      body: readFileSync(resolve(ROOT, 'assets/pack/parallax.pack.json'), 'utf8'),
    },
    '/synth.json': { type: 'application/json', body: JSON.stringify(synth) },
  };
  const server = createServer((req, res) => {
    const file = files[req.url ?? '/'];
    res.writeHead(file ? 200 : 404, { 'content-type': file?.type ?? 'text/plain' });
    res.end(file?.body ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const browser = await launchPlainChromium(opts.executablePath);
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => 'parallaxBench' in globalThis);
    type Api = {
      benchLoad(url: string, runs: number, baselineRuns: number): Promise<PageTiming>;
      benchStartup(url: string, runs: number): Promise<PageTiming>;
      benchCache(runs: number): Promise<PageTiming>;
      benchSearch(queries: string[], repeats: number, limit: number): Promise<SearchTiming>;
    };
    const api = <K extends keyof Api>(fn: K, ...args: Parameters<Api[K]>): Promise<Awaited<ReturnType<Api[K]>>> =>
      page.evaluate(
        ([f, a]) => {
          const bench = (globalThis as unknown as { parallaxBench: Record<string, (...x: unknown[]) => unknown> })
            .parallaxBench;
          return bench[f]?.(...a);
        },
        [fn, args] as const,
      ) as Promise<Awaited<ReturnType<Api[K]>>>;
    const size = `${Math.round(entities / 1000)}k`;
    const rows: BenchRow[] = [
      row(
        'load bundled pack (vs per-record puts)',
        await api('benchLoad', '/real.json', Math.max(runs, 5), Math.max(runs, 5)),
      ),
    ];
    rows.push(
      row(
        `load synthetic ${size}-entity pack (vs per-record puts)`,
        await api('benchLoad', '/synth.json', runs, opts.baselineRuns ?? 1),
        SYNTH_GOAL_MS,
      ),
    );
    // Both databases now hold the synthetic pack.
    rows.push(
      row(`read whole ${size} dataset, fresh connection (vs per-record getAll)`, await api('benchCache', runs)),
    );
    const search = await api('benchSearch', searchQueries(synth), 7, 20);
    rows.push(row(`first search at ${size}, builds the keys (vs one linear scan)`, search.first));
    rows.push(
      row(`search at ${size}, slowest of ${search.queries} queries (vs linear scan)`, search.query, SEARCH_GOAL_MS),
    );
    rows.push(
      row(
        'startup with pack installed (vs one raw IndexedDB get)',
        await api('benchStartup', '/real.json', Math.max(runs, 5)),
      ),
    );
    return rows;
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  const rows = await benchPackLoad();
  console.table(rows.map((r) => ({ ...r, pass: r.pass === undefined ? '' : r.pass ? 'PASS' : 'FAIL' })));
  console.log(`(${((performance.now() - started) / 1000).toFixed(0)} s)`);
  if (rows.some((r) => r.pass === false)) process.exitCode = 1;
}
