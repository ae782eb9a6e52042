/**
 * Light by default, in Chromium: on a page that is no article, only the first
 * look runs; on an article about nothing Parallax knows, the first look asks
 * the background and stops there: neither the wiring nor the heavy part
 * (reading, drawing, the popover, the flag form) is loaded until the reader
 * starts a flag.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { writeLinkPages } from './generated-pages';
import { selectText, textBeforeAndAfter, waitForReady } from './page-helpers';
import { shadowClick, shadowClickButton, shadowFill, waitForShadow } from './shadow';
import { useFixtureSite } from './site';

const PAGE_MODULE = '/parallax-page.js';
const SENTENCE =
  "The repairs are expected to cost a little over two million pounds, most of it from a regional transport fund, with the rest taken from the council's own maintenance budget.";

/** Opens `url`, recording every request the page (and the content script in it) makes. */
async function openRecorded(page: Page, url: string): Promise<string[]> {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(url);
  await waitForReady(page);
  return requested;
}

/**
 * Which of Parallax's two parts are evaluated in the page's tab: read from the
 * content script's isolated world (found through the DevTools protocol), where
 * each part leaves itself on the global when evaluated.
 */
async function partsIn(page: Page, url: string): Promise<{ wiring: boolean; heavy: boolean }> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin.startsWith('chrome-extension://')) worlds.push(context.id);
  });
  await cdp.send('Runtime.enable');
  await page.goto(url);
  await waitForReady(page);
  // Time for a late import to show up, had there been one.
  await page.waitForTimeout(500);
  const [world] = worlds;
  if (world === undefined) throw new Error('The content script has no isolated world in the page.');
  const { result } = await cdp.send('Runtime.evaluate', {
    contextId: world,
    returnByValue: true,
    expression: `({ wiring: Symbol.for('parallax.look-module') in globalThis, heavy: Symbol.for('parallax.page-module') in globalThis })`,
  });
  await cdp.detach();
  return result.value as { wiring: boolean; heavy: boolean };
}

const isPageModule = (url: string): boolean =>
  url.startsWith('chrome-extension://') && new URL(url).pathname === PAGE_MODULE;

describe('light by default', () => {
  const site = useFixtureSite(async () => ({ gen: await writeLinkPages('tests/fixtures/site') }));

  it('evaluates only its first look on a page that is no article: no other part of Parallax loads', async () => {
    const page = await site.browser.newPage();
    expect(await partsIn(page, site.server.url('site', 'web-app.html'))).toEqual({ wiring: false, heavy: false });
    // The page's own script ran as it would without Parallax.
    expect(await page.locator('body').getAttribute('data-app-ready')).toBe('yes');
    expect(await page.locator('#messages li').count()).toBe(60);
    await page.close();
  });

  it('evaluates only its first look on an article with nothing to show', async () => {
    const page = await site.browser.newPage();
    expect(await partsIn(page, site.server.url('site', 'local-news.html'))).toEqual({ wiring: false, heavy: false });
    await page.close();
  });

  it('loads nothing more on an article with nothing to show, and leaves it as served', async () => {
    const page = await site.browser.newPage();
    const requested = await openRecorded(page, site.server.url('site', 'local-news.html'));
    // Time for a late import to show up, had there been one.
    await page.waitForTimeout(500);
    expect(await page.locator('parallax-mark').count()).toBe(0);
    expect(requested.filter(isPageModule)).toEqual([]);
    expect(await page.locator('parallax-flag, parallax-popover').count()).toBe(0);
    const { served, live } = await textBeforeAndAfter(page);
    expect(live).toBe(served);
    await page.close();
  });

  it('loads the heavy part at once on an article with something to show', async () => {
    const page = await site.browser.newPage();
    const requested = await openRecorded(page, site.server.url('site', 'huffpost-lpr-refusal.html'));
    // Chrome asks for it by its per-session address and serves it from the extension's own (a second entry, no second import).
    expect(requested.some(isPageModule)).toBe(true);
    expect(await page.locator('parallax-mark').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('reads no line that is only a link to another story: no claim is marked, and the heavy part is not loaded', async () => {
    // The same words as the article's own sentence are a report of the event: the control.
    const told = await site.browser.newPage();
    await told.goto(site.server.url('gen', 'local-news-told.html'));
    await waitForReady(told);
    const toldEvents = await told
      .locator('parallax-mark[data-parallax-kind="claim"]')
      .evaluateAll((marks) => marks.map((m) => m.getAttribute('data-parallax-event')));
    expect(toldEvents).toContain('darya-dugina-killing');
    await told.close();
    // A bold link to a report of it between the paragraphs, and a list of links at the end. (Before the flag
    // below: this page has the flagged sentence too, and a page with a reader's flag loads the heavy part.)
    const linked = await site.browser.newPage();
    const requested = await openRecorded(linked, site.server.url('gen', 'local-news-links.html'));
    await linked.waitForTimeout(500);
    expect(await linked.locator('parallax-mark[data-parallax-kind="claim"]').count()).toBe(0);
    expect(requested.some(isPageModule)).toBe(false);
    await linked.close();
  });

  it('still lets the reader flag a claim there: the flag form loads with the selection, and the flag is drawn', async () => {
    const page = await site.browser.newPage();
    const requested = await openRecorded(page, site.server.url('site', 'local-news.html'));
    expect(requested.some(isPageModule)).toBe(false);
    await selectText(page, SENTENCE);
    await shadowClick(page, 'parallax-flag', '.flag-button');
    await waitForShadow(page, 'parallax-flag', '.flag-form');
    // Chrome asks for it by its per-session address and serves it from the extension's own (a second entry, no second import).
    expect(requested.some(isPageModule)).toBe(true);
    await shadowFill(page, 'parallax-flag', '.flag-form textarea', 'Two million: is that the final figure?');
    await shadowClickButton(page, 'parallax-flag', 'Save');
    const flag = page.locator('parallax-mark[data-parallax-kind="flag"]');
    await expect.poll(() => flag.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect((await flag.allTextContents()).join('')).toBe(SENTENCE);
    await page.close();
  });

  it('raises no console error from the extension', () => {
    expect(site.browser.extensionErrors).toEqual([]);
  });
});
