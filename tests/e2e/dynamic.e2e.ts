import { rm } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchWithExtension, type ExtensionBrowser } from './browser';
import { writeGeneratedPages } from './generated-pages';
import { openArticle, readMarks, textBeforeAndAfter, waitForReady } from './page-helpers';
import { startStaticServer, type StaticServer } from './server';

/** Long tasks (over 50 ms) that began while Parallax was working, per its User Timing marks. */
async function longTasksDuringParallax(page: Page): Promise<{ start: number; duration: number }[]> {
  return page.evaluate(() => {
    const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
    const start = performance.getEntriesByName('parallax:start')[0]?.startTime ?? Infinity;
    const scan = performance.getEntriesByName('parallax:first-scan')[0];
    const end = scan ? scan.startTime + scan.duration : Infinity;
    return tasks.filter((t) => t.start + t.duration > start && t.start < end && t.duration > 50);
  });
}

describe('pages that change and pages that are huge', () => {
  let server: StaticServer;
  let browser: ExtensionBrowser;
  let generated: string;

  beforeAll(async () => {
    generated = await writeGeneratedPages('tests/fixtures/site');
    server = await startStaticServer({ site: 'tests/fixtures/site', gen: generated });
    browser = await launchWithExtension();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await rm(generated, { recursive: true, force: true });
  });

  it('highlights paragraphs that arrive after the first scan, and never outside the article', async () => {
    const page = await openArticle(browser, server.url('site', 'live-updates.html'));
    await expect
      .poll(async () => (await readMarks(page)).filter((m) => m.event === 'darya-dugina-killing').length, {
        timeout: 10_000,
      })
      .toBeGreaterThan(0);
    const marks = await readMarks(page);
    expect(marks.every((m) => m.insideArticle)).toBe(true);
    expect(await page.locator('aside parallax-mark, nav parallax-mark').count()).toBe(0);
    await page.close();
  });

  it("reads a story the page's own script renders after the page loaded", async () => {
    const page = await browser.newPage();
    await page.goto(server.url('gen', 'client-rendered.html'));
    // Parsed, the page holds no article; the story comes 300 ms after its load event.
    await expect
      .poll(async () => (await readMarks(page)).filter((m) => m.kind === 'claim').map((m) => m.event), {
        timeout: 10_000,
      })
      .toContain('lpr-unit-refusal-video');
    expect(await page.locator('article h1').count()).toBe(1);
    await page.close();
  });

  it('scans the new story after an in-page navigation', async () => {
    const page = await openArticle(browser, server.url('site', 'live-updates.html'));
    await page.click('#next-story');
    await expect.poll(() => page.url()).toContain('kharkiv-story');
    await expect
      .poll(async () => (await readMarks(page)).filter((m) => m.event === 'kharkiv-counteroffensive').length, {
        timeout: 10_000,
      })
      .toBeGreaterThan(0);
    await page.close();
  });

  it('reads a 100,000-word page without a long task, caps the highlights and leaves the text intact', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('gen', 'huge.html'));
    await waitForReady(page, 60_000);
    const marks = await readMarks(page);
    expect(marks.length).toBeGreaterThan(50);
    const hits = new Set(
      await page.$$eval('parallax-mark', (ms) => ms.map((m) => m.getAttribute('data-parallax-hit'))),
    );
    expect(hits.size).toBeLessThanOrEqual(300);
    expect(await longTasksDuringParallax(page)).toEqual([]);
    const stretch = await page.evaluate(
      () =>
        (
          (performance.getEntriesByName('parallax:first-scan')[0] as PerformanceMeasure | undefined)?.detail as
            { longestStretchMs?: number } | undefined
        )?.longestStretchMs ?? -1,
    );
    expect(stretch).toBeGreaterThan(0);
    expect(stretch).toBeLessThan(50);
    const { served, live } = await textBeforeAndAfter(page);
    expect(live).toBe(served);
    await page.close();
  });

  it('stays out of the way of a mutation storm', async () => {
    const page = await openArticle(browser, server.url('gen', 'storm.html'));
    await page.waitForTimeout(2_000);
    const long = await page.evaluate(() =>
      (window as unknown as { __longTasks: { duration: number }[] }).__longTasks.filter((t) => t.duration > 50),
    );
    expect(long).toEqual([]);
    expect(await page.locator('parallax-mark').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('raises no console error from the extension', () => {
    expect(browser.errors).toEqual([]);
  });
});
