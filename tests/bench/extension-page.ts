/**
 * Parallax in the browser, end to end: the built extension on a 6,000-word
 * article served from 127.0.0.1. Measures, per page load, when Parallax's
 * first scan is finished relative to DOMContentLoaded (goal: median ≤ 50 ms
 * with the bundled pack), the long tasks during its work (goal: none over
 * 50 ms), and how late the popover appears after its hover delay (goal: within
 * one frame). Baselines come from the same page loads: the moment the page's
 * own first task after DOMContentLoaded runs (a zero-delay timer it sets then:
 * no asynchronous work, Parallax's reply included, can run earlier, because
 * Chromium first lays out and paints the page), and the measured frame interval.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

import { synthPack } from '../../lib/dataset/synth';
import type { Pack } from '../../lib/dataset/types';
import { launchBareProfile, launchWithExtension, type ExtensionBrowser } from '../e2e/browser';
import { askBackground } from '../e2e/page-helpers';
import { startStaticServer } from '../e2e/server';
import {
  FLOOR_ANSWERED,
  FLOOR_IMPORTED,
  writeImportFloorExtension,
  writeReadingFloorExtension,
} from './floor-extensions';
import { median } from './measure';
import type { BenchRow } from './types';

const ROOT = resolve(import.meta.dirname, '../..');
/** Synthetic entities average about 3.17 aliases each: this many give about 100,000 aliases. */
const ALIASES_GOAL_ENTITIES = 31_600;
const SHOW_DELAY_MS = 500;
/** Service-worker restarts timed per pack (of three, the restart row swung from 62 to 103 ms between runs). */
const RESTARTS = 7;

async function writeArticle(dir: string, words: number): Promise<void> {
  const html = await readFile(resolve(ROOT, 'tests/fixtures/site/express-russia-mutiny.html'), 'utf8');
  const paragraphs: string[] = [];
  for (const file of [
    'huffpost-lpr-refusal',
    'express-russia-mutiny',
    'kyivpost-forced-conscription',
    'newsweek-morale',
    'beyondnews-massive-refusals',
  ]) {
    const source = await readFile(resolve(ROOT, `tests/fixtures/site/${file}.html`), 'utf8');
    for (const m of source.matchAll(/<p>([^<]{40,})<\/p>/g)) if (m[1]) paragraphs.push(m[1]);
  }
  const body: string[] = [];
  for (let i = 0, count = 0; count < words; i++) {
    const p = paragraphs[i % paragraphs.length] ?? '';
    body.push(`<p>${p}</p>`);
    count += p.split(/\s+/).length;
  }
  const page = html
    .replace(
      /<article>[\s\S]*<\/article>/,
      `<article><h1>Soldiers refuse to fight: six months of reports</h1>${body.join('\n')}</article>`,
    )
    .replace(
      '<link rel="stylesheet" href="site.css">',
      '<link rel="stylesheet" href="/site/site.css"><script>window.__longTasks=[];try{new PerformanceObserver(function(l){l.getEntries().forEach(function(e){window.__longTasks.push({start:e.startTime,duration:e.duration})})}).observe({type:"longtask",buffered:true})}catch(e){}' +
        'document.addEventListener("DOMContentLoaded",function(){setTimeout(function(){window.__firstTask=performance.now()},0)})</script>',
    );
  await writeFile(join(dir, 'article-6000.html'), page);
}

/**
 * Waits until `expression`, evaluated in the page, is true, without putting the test driver's own script in the page.
 * Playwright's selector and polling engine is compiled into a page the first time it is needed there: about 9 ms of
 * the page's main thread, which lands during Parallax's first scan and holds up its replies. A one-line expression
 * asked over the DevTools protocol every 10 ms costs a fraction of a millisecond.
 */
async function waitUntil(page: Page, expression: string, timeout = 30_000): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const until = Date.now() + timeout;
    for (;;) {
      const { result } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
      if (result.value === true) return;
      if (Date.now() > until) throw new Error(`The page never met ${expression} within ${timeout} ms.`);
      await new Promise((done) => setTimeout(done, 10));
    }
  } finally {
    await cdp.detach();
  }
}

const PARALLAX_READY = `document.documentElement.getAttribute('data-parallax-state') === 'ready'`;
const FIRST_TASK_RAN = `window.__firstTask !== undefined`;

/** Stops the extension's service worker, as the browser does after it has been idle. */
async function stopServiceWorker(browser: ExtensionBrowser): Promise<void> {
  const page = await browser.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await page.close();
}

/** When a floor extension's mark was set (NaN without one), and the page's own first task ran, in ms after DOMContentLoaded. */
interface MarkSample {
  markMs: number;
  firstTaskMs: number;
}

/**
 * Loads `url` in a new page `loads` times after one warm-up load, and reads, once `until` holds in the page, when
 * performance mark `mark` was set and when the page's own first task ran.
 */
async function timeLoads(
  newPage: () => Promise<Page>,
  url: string,
  loads: number,
  until: string,
  mark = '',
): Promise<MarkSample[]> {
  const samples: MarkSample[] = [];
  for (let i = 0; i <= loads; i++) {
    const page = await newPage();
    await page.goto(url);
    await waitUntil(page, until);
    const sample = await page.evaluate((name) => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const at = name ? (performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN) : Number.NaN;
      return {
        markMs: at - nav.domContentLoadedEventStart,
        firstTaskMs: (window as unknown as { __firstTask: number }).__firstTask - nav.domContentLoadedEventStart,
      };
    }, mark);
    if (i > 0) samples.push(sample);
    await page.close();
  }
  return samples;
}

/**
 * The same article in a Chromium profile launched alike without any extension: when the page's own first task after
 * DOMContentLoaded runs. Until then Chromium is laying out and painting the page, so no
 * extension's reply can be handled earlier; it bounds what any asynchronous design can reach.
 */
async function pageAloneFirstTask(url: string, loads: number): Promise<number> {
  const plain = await launchBareProfile();
  try {
    const samples = await timeLoads(() => plain.context.newPage(), url, loads, FIRST_TASK_RAN);
    return median(samples.map((s) => s.firstTaskMs));
  } finally {
    await plain.close();
  }
}

/**
 * The same article with a floor extension (floor-extensions.ts), written by `write`, instead of Parallax: how long
 * after the page's own first task it set `mark` (median per load), and when that task ran. The reading floor reads
 * the paragraphs once and asks a worker that answers at once: no scan that goes through the worker can end before
 * that answer is handled. The import floor imports an empty module: no part loaded on demand can run before the
 * import resolves.
 */
async function floorOn(
  url: string,
  loads: number,
  write: (dir: string) => Promise<void>,
  mark: string,
): Promise<{ pastFirstTaskMs: number; firstTaskMs: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'parallax-floor-'));
  await write(dir);
  const floor = await launchWithExtension({ extensionDir: dir });
  try {
    const samples = await timeLoads(() => floor.newPage(), url, loads, `${PARALLAX_READY} && ${FIRST_TASK_RAN}`, mark);
    return {
      pastFirstTaskMs: median(samples.map((s) => s.markMs - s.firstTaskMs)),
      firstTaskMs: median(samples.map((s) => s.firstTaskMs)),
    };
  } finally {
    await floor.close();
    await rm(dir, { recursive: true, force: true });
  }
}

interface LoadSample {
  afterDclMs: number;
  /** When the page's own first task after DOMContentLoaded ran, in ms after it. */
  firstTaskMs: number;
  /** Tasks over 50 ms during Parallax's work that its own time made long. */
  longTasks: number;
  /** Tasks over 50 ms during its work that were long without it (the page's own layout). */
  pageLongTasks: number;
  /** How long the background took to match the page (`parallax:matched`'s detail). */
  backgroundMs: number;
}

/** Runs the end-to-end page benchmark with the built extension: the bundled pack, then a synthetic pack of `synthEntities`. */
export async function benchExtensionPage(loads = 9, synthEntities = 100_000): Promise<BenchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'parallax-bench-'));
  await writeArticle(dir, 6000);
  const server = await startStaticServer({ gen: dir, site: resolve(ROOT, 'tests/fixtures/site') });
  const browser = await launchWithExtension();
  const samples: LoadSample[] = [];
  const popoverLate: number[] = [];
  const frames: number[] = [];
  const synthSamples: LoadSample[] = [];
  const restarts: { aliases: number; scanMs: number }[] = [];
  let searchMs = Number.NaN;
  let plainMs = Number.NaN;
  let bundledRestartMs = Number.NaN;
  let aloneFirstTask = Number.NaN;
  const noFloor = { pastFirstTaskMs: Number.NaN, firstTaskMs: Number.NaN };
  let readingFloor = noFloor;
  let importFloor = noFloor;
  const coldSamples: LoadSample[] = [];
  const measure = async (into: LoadSample[], withPopover: boolean, cold = false): Promise<void> => {
    for (let i = 0; i <= loads; i++) {
      // A worker stopped before the load: the page wakes it, as a reader's first article after a pause does.
      if (cold) await stopServiceWorker(browser);
      const page = await browser.newPage();
      await page.goto(server.url('gen', 'article-6000.html'));
      await waitUntil(page, PARALLAX_READY);
      const sample = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const scan = performance.getEntriesByName('parallax:first-scan')[0];
        const start = performance.getEntriesByName('parallax:start')[0]?.startTime ?? 0;
        const end = scan ? scan.startTime + scan.duration : Number.NaN;
        const firstTaskMs = (window as unknown as { __firstTask: number }).__firstTask - nav.domContentLoadedEventStart;
        // Parallax's own main-thread stretches: reading the article and sending it (in a task of its own after
        // the page's parsing task, or inside DOMContentLoaded if it started there), and drawing.
        const sent = performance.getEntriesByName('parallax:sent')[0]?.startTime ?? start;
        const drawn = performance.getEntriesByName('parallax:drawn')[0];
        const own: [number, number][] = [[start, sent]];
        if (start < nav.domContentLoadedEventEnd)
          own.push([nav.domContentLoadedEventStart, nav.domContentLoadedEventEnd]);
        if (drawn) own.push([drawn.startTime, drawn.startTime + drawn.duration]);
        const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
        const during = tasks.filter((t) => t.duration > 50 && t.start + t.duration > start && t.start < end);
        // A task is Parallax's doing when its own time in it took it past 50 ms; the page's layout alone can take longer.
        // (Written inline: a named helper would be renamed by the bundler to a function the page does not have.)
        const longTasks = during.filter(
          (t) =>
            t.duration -
              own.reduce(
                (sum, [a, b]) => sum + Math.max(0, Math.min(b, t.start + t.duration) - Math.max(a, t.start)),
                0,
              ) <=
            50,
        ).length;
        const matched = performance.getEntriesByName('parallax:matched')[0] as PerformanceMark | undefined;
        return {
          afterDclMs: end - nav.domContentLoadedEventStart,
          firstTaskMs,
          longTasks,
          pageLongTasks: during.length - longTasks,
          backgroundMs: (matched?.detail as { backgroundMs?: number } | undefined)?.backgroundMs ?? Number.NaN,
        };
      });
      // The first load also pays for compiling the index in a fresh service worker; it is a warm-up.
      if (i > 0) into.push(sample);
      if (withPopover && i > 0 && i <= 5) {
        const claim = page.locator('parallax-mark[data-parallax-kind="claim"]').nth(i);
        await claim.scrollIntoViewIfNeeded();
        await page.mouse.move(1, 1);
        // Watch for the popover's card. (A string,
        // because the bundler would wrap a named function here in a helper the page does not have.)
        await page.evaluate(`(() => {
          window.__shown = 0;
          document.addEventListener('pointerover', (e) => {
            if (e.target.closest('parallax-mark')) window.__entered ||= e.timeStamp;
          });
          // Parallax's UI is in a closed shadow root: it marks the moment a card is drawn.
          new PerformanceObserver((list) => {
            const drawn = list.getEntriesByName('parallax:popover-drawn')[0];
            if (drawn && !window.__shown) window.__shown = drawn.startTime;
          }).observe({ entryTypes: ['mark'] });
        })()`);
        await claim.hover();
        await page.waitForFunction(() => (window as unknown as { __shown: number }).__shown > 0, undefined, {
          timeout: 5_000,
        });
        popoverLate.push(
          await page.evaluate((delay) => {
            const w = window as unknown as { __entered: number; __shown: number };
            return w.__shown - w.__entered - delay;
          }, SHOW_DELAY_MS),
        );
        frames.push(
          await page.evaluate(
            () =>
              new Promise<number>((done) => requestAnimationFrame((a) => requestAnimationFrame((b) => done(b - a)))),
          ),
        );
      }
      await page.close();
    }
  };
  try {
    await measure(samples, true);
    await measure(coldSamples, false, true);
    aloneFirstTask = await pageAloneFirstTask(server.url('gen', 'article-6000.html'), loads);
    readingFloor = await floorOn(
      server.url('gen', 'article-6000.html'),
      loads,
      writeReadingFloorExtension,
      FLOOR_ANSWERED,
    );
    importFloor = await floorOn(
      server.url('gen', 'article-6000.html'),
      loads,
      writeImportFloorExtension,
      FLOOR_IMPORTED,
    );
    const tiny = {
      page: { text: 'Darya Dugina was killed near Moscow.', blocks: [{ start: 0, end: 36 }] },
      outlet: { hostname: 'example.com' },
      urls: ['https://example.com/'],
    };
    // After a restart, a scan waits for the worker to start and its index to be restored: with the
    // bundled pack (a tiny index) that is the baseline, so the difference is what a large index adds.
    const restartScan = async (): Promise<number> => {
      await askBackground(browser, 'page.scan', tiny); // the index is compiled and cached
      const times: number[] = [];
      for (let i = 0; i < RESTARTS; i++) {
        await stopServiceWorker(browser);
        times.push((await askBackground(browser, 'page.scan', tiny)).ms);
      }
      return median(times);
    };
    bundledRestartMs = await restartScan();
    const synth = JSON.stringify({ ...synthPack({ entities: synthEntities, claims: 10_000 }), version: '9.0.0' });
    const imported = await askBackground(browser, 'dataset.import', { text: synth });
    if (!imported.ok) throw new Error(`The synthetic pack was refused: ${imported.error?.message ?? ''}`);
    await measure(synthSamples, false);
    const restart = async (aliases: number): Promise<void> => {
      restarts.push({ aliases, scanMs: await restartScan() });
    };
    const big = JSON.parse(synth) as Pack;
    await restart(big.entities.reduce((n, e) => n + e.aliases.length, 0));
    // The side panel warms the search index when it opens; a reader's first search comes after.
    await stopServiceWorker(browser);
    await askBackground(browser, 'dataset.warm', {}, 120_000);
    const searches: number[] = [];
    const plain: number[] = [];
    for (const query of ['dug', 'ka', 'ро', 'zan', 'army']) {
      searches.push((await askBackground(browser, 'dataset.search', { query, limit: 20 })).ms);
      plain.push((await askBackground(browser, 'settings.get', {})).ms);
    }
    searchMs = Math.max(...searches);
    plainMs = median(plain);
    const small = synthPack({ entities: ALIASES_GOAL_ENTITIES, claims: 10_000 });
    const aliases = small.entities.reduce((n, e) => n + e.aliases.length, 0);
    const importedSmall = await askBackground(browser, 'dataset.import', {
      text: JSON.stringify({ ...small, version: '9.0.1' }),
    });
    if (!importedSmall.ok) throw new Error(`The 100k-alias pack was refused: ${importedSmall.error?.message ?? ''}`);
    await restart(aliases);
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
  const after = median(samples.map((s) => s.afterDclMs));
  const firstTask = median(samples.map((s) => s.firstTaskMs));
  // Per load, how long after the page's own first task the scan ended.
  const pastFirstTask = median(samples.map((s) => s.afterDclMs - s.firstTaskMs));
  const late = median(popoverLate);
  const frame = median(frames);
  const longTasks = samples.reduce((n, s) => n + s.longTasks, 0);
  const pageLong = samples.reduce((n, s) => n + s.pageLongTasks, 0);
  const coldAfter = median(coldSamples.map((s) => s.afterDclMs));
  const warmMatch = median(samples.map((s) => s.backgroundMs));
  const coldMatch = median(coldSamples.map((s) => s.backgroundMs));
  const synthAfter = median(synthSamples.map((s) => s.afterDclMs));
  const synthLong = synthSamples.reduce((n, s) => n + s.longTasks, 0);
  const synthPageLong = synthSamples.reduce((n, s) => n + s.pageLongTasks, 0);
  return [
    {
      name: "Chromium extension: 6,000-word article, first scan done after DOMContentLoaded (bundled pack), vs the page's own first task after it",
      ms: after,
      baselineMs: firstTask,
      ratio: after / firstTask,
      goal: 'median ≤ 50 ms',
      pass: after <= 50,
    },
    {
      name: "Chromium extension: that first scan done after the page's own first task (per load), vs the same for a content script that reads the article once and asks a worker that answers at once (the floor of any scan through the worker)",
      ms: pastFirstTask,
      baselineMs: readingFloor.pastFirstTaskMs,
      ratio: pastFirstTask / readingFloor.pastFirstTaskMs,
      goal: '≤ 15 ms',
      pass: pastFirstTask <= 15,
    },
    {
      name: "Chromium, a content script that reads the article once and asks a worker that answers at once: answer handled after the page's own first task (per load), vs that first task after DOMContentLoaded",
      ms: readingFloor.pastFirstTaskMs,
      baselineMs: readingFloor.firstTaskMs,
      ratio: readingFloor.pastFirstTaskMs / readingFloor.firstTaskMs,
    },
    {
      name: "Chromium, a content script that imports an empty module of its own once the page is parsed (as Parallax loads its parts): import resolved after the page's own first task (per load), vs that first task after DOMContentLoaded",
      ms: importFloor.pastFirstTaskMs,
      baselineMs: importFloor.firstTaskMs,
      ratio: importFloor.pastFirstTaskMs / importFloor.firstTaskMs,
    },
    {
      name: "Chromium without Parallax: the same article's own first task after DOMContentLoaded (no extension's reply can be handled earlier), vs with Parallax",
      ms: aloneFirstTask,
      baselineMs: firstTask,
      ratio: aloneFirstTask / firstTask,
    },
    {
      name: `Chromium extension: tasks over 50 ms made long by Parallax's work (${samples.length} loads; ${pageLong} more were over 50 ms without it), vs loads`,
      ms: longTasks,
      baselineMs: samples.length,
      ratio: longTasks / samples.length,
      goal: 'none',
      pass: longTasks === 0,
    },
    {
      name: 'Chromium extension: popover shown after its 500 ms delay, vs one frame',
      ms: late,
      baselineMs: frame,
      ratio: late / frame,
      goal: 'within one frame',
      pass: late <= Math.max(frame, 16.7),
    },
    {
      name: "Chromium extension: same article with the service worker stopped before each load (a reader's first article after a pause), first scan done after DOMContentLoaded, vs with the worker running",
      ms: coldAfter,
      baselineMs: after,
      ratio: coldAfter / after,
    },
    {
      name: 'Chromium extension: the service worker matching that article just after it woke, vs while it ran (matcher warmed between the quick look and the scan)',
      ms: coldMatch,
      baselineMs: warmMatch,
      ratio: coldMatch / warmMatch,
    },
    {
      name: `Chromium extension: same article with a ${synthEntities.toLocaleString('en-US')}-entity synthetic pack, first scan done after DOMContentLoaded, vs the bundled pack`,
      ms: synthAfter,
      baselineMs: after,
      ratio: synthAfter / after,
      goal: 'median ≤ 100 ms',
      pass: synthAfter <= 100,
    },
    {
      name: `Chromium extension: tasks over 50 ms made long by Parallax's work with the synthetic pack (${synthPageLong} more were over 50 ms without it), vs loads`,
      ms: synthLong,
      baselineMs: synthSamples.length,
      ratio: synthLong / synthSamples.length,
      goal: 'none',
      pass: synthLong === 0,
    },
    {
      name: `Chromium extension: slowest of 5 searches over the ${synthEntities.toLocaleString('en-US')}-entity pack after the panel opened, request to reply, vs a request that does no work`,
      ms: searchMs,
      baselineMs: plainMs,
      ratio: searchMs / plainMs,
      goal: '≤ 50 ms',
      pass: searchMs <= 50,
    },
    ...restarts.map((r, i): BenchRow => {
      const ready = r.scanMs - bundledRestartMs;
      const name = `Chromium extension: index ready after a service-worker restart, ${r.aliases.toLocaleString('en-US')} aliases (first scan after restart, minus the same with the bundled pack), vs the bundled pack's`;
      // The goal is stated for 100k aliases; the larger pack is reported for information.
      return i === restarts.length - 1
        ? {
            name,
            ms: ready,
            baselineMs: bundledRestartMs,
            ratio: ready / bundledRestartMs,
            goal: '≤ 100 ms at 100k aliases',
            pass: ready <= 100,
          }
        : { name, ms: ready, baselineMs: bundledRestartMs, ratio: ready / bundledRestartMs };
    }),
  ];
}
