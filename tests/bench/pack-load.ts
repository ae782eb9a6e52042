/**
 * Pack loading in real Chromium: the bundled pack and a 100k-entity synthetic
 * pack go through the same `loadPack` the extension uses, into a real
 * IndexedDB. Each row's baseline is measured in the same run: the same rows
 * written with a bare IndexedDB put loop into stores with the same indexes.
 * Run standalone: `npx tsx tests/bench/pack-load.ts`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { synthPack } from '../../lib/dataset/synth';
import type { BenchRow } from './types';
import type { PageTiming } from './pack-load-page';

/** Options for `benchPackLoad`. */
export interface PackLoadBenchOptions {
  /** Entities in the synthetic pack (default 100 000). */
  entities?: number;
  /** Claims in the synthetic pack (default 10 000). */
  claims?: number;
  /** Measured runs per row; the median is reported (default 3). */
  runs?: number;
  /** Chromium binary. */
  executablePath?: string;
}

/** The synthetic pack must load within this many milliseconds. */
export const SYNTH_GOAL_MS = 2000;

const ROOT = resolve(import.meta.dirname, '../..');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function row(name: string, t: PageTiming, goalMs?: number): BenchRow {
  const ms = median(t.ms);
  const baselineMs = median(t.baselineMs);
  const out: BenchRow = { name, ms: Math.round(ms), baselineMs: Math.round(baselineMs), ratio: Number((ms / baselineMs).toFixed(2)) };
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

/** Measures pack loading in Chromium and returns one row per measurement. */
export async function benchPackLoad(opts: PackLoadBenchOptions = {}): Promise<BenchRow[]> {
  const runs = opts.runs ?? 3;
  const files: Record<string, { type: string; body: string }> = {
    '/': { type: 'text/html', body: '<!doctype html><meta charset="utf-8"><title>pack load</title><script type="module" src="/page.js"></script>' },
    '/page.js': { type: 'text/javascript', body: await bundlePage() },
    '/real.json': { type: 'application/json', body: readFileSync(resolve(ROOT, 'assets/pack/parallax.pack.json'), 'utf8') },
    '/synth.json': { type: 'application/json', body: JSON.stringify(synthPack({ entities: opts.entities ?? 100_000, claims: opts.claims ?? 10_000, seed: 1 })) },
  };
  const server = createServer((req, res) => {
    const file = files[req.url ?? '/'];
    res.writeHead(file ? 200 : 404, { 'content-type': file?.type ?? 'text/plain' });
    res.end(file?.body ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: opts.executablePath ?? '/usr/lib/chromium/chromium',
    headless: true,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => 'parallaxBench' in globalThis);
    type Api = { benchLoad(url: string, runs: number): Promise<PageTiming>; benchStartup(url: string, runs: number): Promise<PageTiming> };
    const call = (fn: 'benchLoad' | 'benchStartup', url: string, n: number): Promise<PageTiming> =>
      page.evaluate(([f, u, r]) => (globalThis as unknown as { parallaxBench: Api }).parallaxBench[f](u, r), [fn, url, n] as const);
    const entities = opts.entities ?? 100_000;
    return [
      row('load bundled pack (vs raw IndexedDB puts)', await call('benchLoad', '/real.json', Math.max(runs, 5))),
      row(`load synthetic ${entities}-entity pack (vs raw IndexedDB puts)`, await call('benchLoad', '/synth.json', runs), SYNTH_GOAL_MS),
      row('startup with pack installed (vs one raw IndexedDB get)', await call('benchStartup', '/real.json', Math.max(runs, 5))),
    ];
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await benchPackLoad();
  console.table(rows);
  if (rows.some((r) => r.pass === false)) process.exitCode = 1;
}
