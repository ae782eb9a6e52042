/**
 * Long tasks on real pages, with and without Parallax: every saved real page
 * (Mozilla Readability's test pages, outside the repository) is loaded several
 * times in Chromium with the built extension and in a Chromium profile launched
 * alike without it, in the same run and in alternation, and its long tasks
 * (over 50 ms, Long Tasks API) are counted from navigation until the page
 * settled. A page whose mean count with Parallax differs from its mean without
 * it is loaded again, more times (twice as many when the first recheck leaves
 * it unclear), and counts against Parallax only when, over all its loads, it
 * has more long tasks with it than chance explains: a one-sided permutation
 * test at p < 0.05. A page whose own parsing task takes about 50 ms has a long
 * task on half its loads in either profile, which flips medians from run to
 * run; a cost shows as more long tasks over many loads. Goal: no page.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';

import { launchBareProfile, launchWithExtension } from '../e2e/browser';
import { startStaticServer } from '../e2e/server';
import { mean, median, permutationPValue } from './measure';
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

/** Long-task counts and total durations of a page's loads, with and without Parallax. */
interface Loads {
  counts: { with: number[]; without: number[] };
  totals: { with: number[]; without: number[] };
}

/** Loads `url` `times` times in each context, in alternation, adding to `into`. */
async function measure(
  withParallax: BrowserContext,
  without: BrowserContext,
  url: string,
  times: number,
  into: Loads,
): Promise<Loads> {
  for (let i = 0; i < times; i++) {
    const a = await longTasks(withParallax, url);
    const b = await longTasks(without, url);
    into.counts.with.push(a.length);
    into.counts.without.push(b.length);
    into.totals.with.push(a.reduce((sum, d) => sum + d, 0));
    into.totals.without.push(b.reduce((sum, d) => sum + d, 0));
  }
  return into;
}

/** Below this chance of a difference at least as large arising by itself, a page has more long tasks with Parallax. */
const SIGNIFICANCE = 0.05;
/** Up to this chance, a page is loaded `recheck` times more again before it is judged. */
const UNCLEAR = 0.25;

/** Whether a page has more long tasks with Parallax than chance explains (one-sided permutation test). */
const moreWith = (loads: Loads): { more: boolean; less: boolean; p: number } => {
  const p = permutationPValue(loads.counts.with, loads.counts.without);
  const less = permutationPValue(loads.counts.without, loads.counts.with) < SIGNIFICANCE;
  return { more: p < SIGNIFICANCE, less, p };
};

/**
 * Rows: pages with more long tasks with Parallax than without beyond chance (over `repeats` loads each, and
 * `repeats + recheck` for a page whose first means differ).
 */
export async function benchRealPages(dir: string, repeats = 3, recheck = 8): Promise<BenchRow[]> {
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
  const bare = await launchBareProfile();
  try {
    const without = bare.context;
    await prepare(withParallax.context);
    await prepare(without);
    // The first load after install also stores the pack and compiles the index: not a page's cost.
    await longTasks(withParallax.context, server.url('real', `${pages[0] ?? ''}/source.html`));
    let worse = 0;
    let better = 0;
    let rechecked = 0;
    let extraMs = 0;
    const lines: string[] = [];
    for (const name of pages) {
      const url = server.url('real', `${name}/source.html`);
      const empty = (): Loads => ({ counts: { with: [], without: [] }, totals: { with: [], without: [] } });
      const loads = await measure(withParallax.context, without, url, repeats, empty());
      const first = `with ${loads.counts.with.join('/')} vs without ${loads.counts.without.join('/')}`;
      const loadedAgain = mean(loads.counts.with) !== mean(loads.counts.without);
      if (loadedAgain) {
        rechecked += 1;
        await measure(withParallax.context, without, url, recheck, loads);
        // Still unclear: measured longer again, rather than called noise too soon.
        if (moreWith(loads).p < UNCLEAR) await measure(withParallax.context, without, url, recheck, loads);
      }
      const { more, less, p } = moreWith(loads);
      if (loadedAgain)
        lines.push(
          `    ${name}: long tasks ${first}; over ${loads.counts.with.length} loads, mean ${mean(loads.counts.with).toFixed(2)} with vs ${mean(loads.counts.without).toFixed(2)} without (p = ${p.toFixed(3)})`,
        );
      if (more) worse += 1;
      if (less) better += 1;
      extraMs += median(loads.totals.with) - median(loads.totals.without);
    }
    if (lines.length > 0) console.log(`  pages whose first means differed, loaded again:\n${lines.join('\n')}`);
    if (withParallax.extensionErrors.length > 0)
      throw new Error(`The extension raised errors: ${withParallax.extensionErrors.join('; ')}`);
    return [
      {
        name: `Chromium, ${pages.length} saved real pages, ${repeats} loads each with and without Parallax (${rechecked} pages whose means differed loaded ${recheck} or ${2 * recheck} more times): pages with more long tasks with it than chance explains (p < ${SIGNIFICANCE}), vs pages (${better} had fewer: noise)`,
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
    await bare.close();
    await server.close();
  }
}
