// Every saved real page (Mozilla Readability's test pages: news sites, blogs, docs)
// loaded in Chromium with Parallax: highlights only inside the article that
// Readability extracts, the page text untouched, no error from the extension,
// no long task from Parallax's work, within its time budget.
// Pages are read from PARALLAX_READABILITY_DIR (default ../shared/fixtures/readability).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectInsideArticle, READABILITY_DIR, savedPages } from '../real/saved-pages';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { firstScanMs } from './in-page';
import { readMarks, textBeforeAndAfter, waitForReady } from './page-helpers';
import { startStaticServer, type StaticServer } from './server';

const DIR = READABILITY_DIR;
const PAGES = savedPages();
/** Parallax's own work on one page (find, read, match, draw), wall-clock, on a loaded 2-core machine. */
const BUDGET_MS = 400;

interface PageResult {
  name: string;
  marks: number;
  ms: number;
}

describe(`saved real pages from ${DIR}`, () => {
  let server: StaticServer;
  let browser: ExtensionBrowser;
  const results: PageResult[] = [];

  beforeAll(async () => {
    // The saved pages' own scripts are kept from running (they would write tracking pixels and
    // time stamps into the page), so the page text is the same every time it is served.
    server = await startStaticServer({ real: DIR }, { headers: { 'content-security-policy': "script-src 'none'" } });
    browser = await launchWithExtension();
    // The saved pages point at their sites' scripts, images and fonts; nothing leaves the machine.
    await browser.context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    // The first page after install also waits for the pack to be stored and the index compiled
    // (the bench's pack-load and restart rows measure that): warm up once, so each page's budget
    // measures its own scan.
    await (await open(PAGES[0] ?? '')).close();
  }, 120_000);

  afterAll(async () => {
    console.table(results);
    await browser?.close();
    await server?.close();
  });

  /** A saved page, loaded in a new tab, once Parallax is done with it. */
  async function open(name: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(server.url('real', `${name}/source.html`), { waitUntil: 'domcontentloaded' });
    await waitForReady(page);
    return page;
  }

  /** Loads a saved page in a new tab and returns its first scan's time. */
  async function scanOnce(name: string): Promise<number> {
    const page = await open(name);
    const timing = await page.evaluate(firstScanMs);
    await page.close();
    return timing;
  }

  it('finds the fixture pages', () => {
    expect(PAGES.length).toBeGreaterThan(30);
  });

  for (const name of PAGES) {
    it(name, async () => {
      const page = await open(name);
      const marks = await readMarks(page, 'html');
      expectInsideArticle(
        name,
        marks.map((mark) => mark.text),
      );
      const { served, live } = await textBeforeAndAfter(page);
      expect(live).toBe(served);
      let timing = await page.evaluate(firstScanMs);
      expect(timing).toBeGreaterThanOrEqual(0);
      await page.close();
      // One wall-clock sample on a shared 2-core machine can fall on another process's work: a page over
      // budget is loaded once more, and the faster of the two loads is its time.
      if (timing >= BUDGET_MS) timing = Math.min(timing, await scanOnce(name));
      expect(timing).toBeLessThan(BUDGET_MS);
      results.push({ name, marks: marks.length, ms: Math.round(timing) });
      expect(browser.extensionErrors).toEqual([]);
    });
  }
});
