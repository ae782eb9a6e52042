/**
 * Long tasks on real pages, with and without Parallax: every saved real page
 * (Mozilla Readability's test pages, outside the repository) is loaded several
 * times in Chromium with the built extension and in Chromium without it, in
 * the same run and in alternation, and its long tasks (over 50 ms, Long Tasks
 * API) are counted from navigation until the page settled. A page counts
 * against Parallax only when its median count with it is above its median
 * without it, so one noisy load is told apart from a cost. Goal: no page.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';

import { launchPlainChromium, launchWithExtension } from '../e2e/browser';
import { startStaticServer } from '../e2e/server';
import { median } from './measure';
import type { BenchRow } from './types';

/** Settling time after the load event, for Parallax's scan and drawing to be done. */
const SETTLE_MS = 800;

const LONG_TASKS = `window.__longTasks = [];
try {
  new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (e) { window.__longTasks.push(e.duration); });
  }).observe({ type: 'longtask', buffered: true });
} catch (e) {}`;

/** Long tasks of one load of `url`. */
async function longTasks(context: BrowserContext, url: string): Promise<number[]> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  await page.close();
  return tasks;
}

async function prepare(context: BrowserContext): Promise<void> {
  await context.addInitScript(LONG_TASKS);
  // The saved pages point at their sites' scripts, images and fonts; nothing leaves the machine.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
}

/** Rows: pages with more long tasks with Parallax than without (median of `repeats` loads each). */
export async function benchRealPages(dir: string, repeats = 3): Promise<BenchRow[]> {
  if (!existsSync(dir)) throw new Error(`No saved real pages at ${dir}: pass the folder of Readability's test pages.`);
  const pages = readdirSync(dir)
    .filter((name) => existsSync(resolve(dir, name, 'source.html')))
    .sort();
  // The pages' own scripts are kept from running, as in the real-page suite: the DOM holds still.
  const server = await startStaticServer(
    { real: dir },
    { headers: { 'content-security-policy': "script-src 'none'" } },
  );
  const withParallax = await launchWithExtension();
  const plain = await launchPlainChromium();
  try {
    const without = await plain.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    await prepare(withParallax.context);
    await prepare(without);
    // The first load after install also stores the pack and compiles the index: not a page's cost.
    await longTasks(withParallax.context, server.url('real', `${pages[0] ?? ''}/source.html`));
    let worse = 0;
    let better = 0;
    let extraMs = 0;
    const lines: string[] = [];
    for (const name of pages) {
      const url = server.url('real', `${name}/source.html`);
      const counts = { with: [] as number[], without: [] as number[] };
      const totals = { with: [] as number[], without: [] as number[] };
      for (let i = 0; i < repeats; i++) {
        const a = await longTasks(withParallax.context, url);
        const b = await longTasks(without, url);
        counts.with.push(a.length);
        counts.without.push(b.length);
        totals.with.push(a.reduce((sum, d) => sum + d, 0));
        totals.without.push(b.reduce((sum, d) => sum + d, 0));
      }
      const more = median(counts.with) - median(counts.without);
      if (more > 0) worse += 1;
      if (more < 0) better += 1;
      extraMs += median(totals.with) - median(totals.without);
      if (more !== 0)
        lines.push(`    ${name}: long tasks with ${counts.with.join('/')} vs without ${counts.without.join('/')}`);
    }
    if (lines.length > 0) console.log(`  pages whose median count differs:\n${lines.join('\n')}`);
    if (withParallax.extensionErrors.length > 0)
      throw new Error(`The extension raised errors: ${withParallax.extensionErrors.join('; ')}`);
    return [
      {
        name: `Chromium, ${pages.length} saved real pages, ${repeats} loads each with and without Parallax: pages with more long tasks with it (median), vs pages (${better} had fewer: noise)`,
        ms: worse,
        baselineMs: pages.length,
        ratio: worse / pages.length,
        goal: 'none',
        pass: worse === 0,
      },
      {
        name: `Chromium, the same pages: long-task time added by Parallax, summed over pages (difference of medians), vs pages`,
        ms: extraMs,
        baselineMs: pages.length,
        ratio: extraMs / pages.length,
      },
    ];
  } finally {
    await withParallax.close();
    await plain.close();
    await server.close();
  }
}
