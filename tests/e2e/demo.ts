/**
 * `npm run demo`: serves the bundled demo articles on 127.0.0.1 and opens one in
 * Chromium with Parallax loaded. With a display, a window stays open for the
 * reader to explore; without one, screenshots are written to a folder it names.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';

import { launchWithExtension } from './browser';
import { startStaticServer } from './server';
import { waitForShadow } from './shadow';

/** Longer than the popover's fade-in (popover.css). */
const POPOVER_FADE_MS = 400;

const OUT_DIR = resolve(process.env.PARALLAX_DEMO_DIR ?? 'demo-output');
const ARTICLE = 'express-russia-mutiny.html';

async function main(): Promise<void> {
  const headed = Boolean(process.env.DISPLAY) && process.env.CI !== 'true' && !process.argv.includes('--headless');
  const server = await startStaticServer({ site: 'tests/fixtures/site' });
  const browser = await launchWithExtension({ headed });
  const page = await browser.newPage();
  await page.goto(server.url('site', ARTICLE));
  await page.waitForSelector('html[data-parallax-state="ready"]', { timeout: 30_000 });
  const claims = await page.locator('parallax-mark[data-parallax-kind="claim"]').count();
  const entities = await page.locator('parallax-mark[data-parallax-kind="entity"]').count();
  console.log(`Parallax highlighted ${claims} claim and ${entities} entity passages on ${ARTICLE}.`);

  if (headed) {
    console.log('A Chromium window is open: hover a highlight to compare outlets. Close the window to finish.');
    await new Promise<void>((done) => browser.context.on('close', () => done()));
    await server.close();
    return;
  }

  await mkdir(OUT_DIR, { recursive: true });
  await page.screenshot({ path: resolve(OUT_DIR, '1-highlighted-article.png'), fullPage: false });
  const claim = page.locator('parallax-mark[data-parallax-kind="claim"]').first();
  await claim.scrollIntoViewIfNeeded();
  await claim.hover();
  await waitForShadow(page, 'parallax-popover', '.popover .card');
  // The popover fades in: the screenshot waits for it to be whole.
  await page.waitForTimeout(POPOVER_FADE_MS);
  await page.screenshot({ path: resolve(OUT_DIR, '2-claim-popover.png') });
  await page.mouse.move(5, 5);
  const entity = page.locator('parallax-mark[data-parallax-kind="entity"]').first();
  await entity.scrollIntoViewIfNeeded();
  await page.waitForTimeout(400);
  await entity.hover();
  await waitForShadow(page, 'parallax-popover', '.popover .card');
  // The popover fades in: the screenshot waits for it to be whole.
  await page.waitForTimeout(POPOVER_FADE_MS);
  await page.screenshot({ path: resolve(OUT_DIR, '3-entity-popover.png') });
  // The side panel for the article's tab, opened as a page of its own (?tabId=N).
  const worker = browser.context.serviceWorkers()[0];
  // Without the tabs permission URLs are hidden: the article is the active tab, the one just read.
  const tabs =
    (await worker?.evaluate(() =>
      (
        globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<{ id: number }[]> } } }
      ).chrome.tabs.query({ active: true }),
    )) ?? [];
  const articleTab = tabs[0];
  if (articleTab) {
    const panel = await browser.newPage();
    await panel.setViewportSize({ width: 480, height: 900 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${articleTab.id}`);
    await panel.locator('[data-event-id]').first().waitFor({ timeout: 10_000 });
    await panel.screenshot({ path: resolve(OUT_DIR, '4-side-panel.png') });
  }
  if (browser.errors.length) console.warn(`Console errors:\n${browser.errors.join('\n')}`);
  await browser.close();
  await server.close();
  console.log(`No display here: screenshots written to ${OUT_DIR}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
