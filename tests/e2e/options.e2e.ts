import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { seriousA11yProblems } from './axe';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { popoverText, textBeforeAndAfter, waitForReady } from './page-helpers';
import { startStaticServer, type StaticServer } from './server';
import { shadowClick } from './shadow';

const ARTICLE = 'huffpost-lpr-refusal.html';
const MARKS = 'parallax-mark';
const CLAIMS = 'parallax-mark[data-parallax-kind="claim"]';
const ENTITIES = 'parallax-mark[data-parallax-kind="entity"]';

const count = (page: Page, selector: string): Promise<number> => page.locator(selector).count();

/** The look of the first claim highlight, as the page draws it; null while there is none. */
function claimLook(page: Page): Promise<{ line: string; decoration: string; background: string } | null> {
  return page.evaluate((selector) => {
    const mark = document.querySelector(selector);
    if (!mark) return null;
    const style = getComputedStyle(mark);
    return { line: style.textDecorationLine, decoration: style.textDecorationColor, background: style.backgroundColor };
  }, CLAIMS);
}

describe('the options page and the toolbar popup in Chromium', () => {
  let server: StaticServer;
  let browser: ExtensionBrowser;
  let profile: string;

  beforeAll(async () => {
    server = await startStaticServer({ site: 'tests/fixtures/site' });
    // Our own profile folder, so the browser can be restarted on it.
    profile = await mkdtemp(join(tmpdir(), 'parallax-options-'));
    browser = await launchWithExtension({ userDataDir: profile });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  async function openArticle(): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(server.url('site', ARTICLE));
    await waitForReady(page);
    expect(await count(page, MARKS)).toBeGreaterThan(0);
    return page;
  }

  async function openOptions(): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.locator('#enabled').waitFor();
    return page;
  }

  async function saved(options: Page): Promise<void> {
    await expect
      .poll(() => options.locator('[role="status"]').first().textContent())
      .toMatch(/^(Saved|Settings reset to defaults)$/);
  }

  /** The tab id of `page`, found as the one tab that appeared when it opened (tab URLs are hidden without `tabs`). */
  async function tabIds(): Promise<number[]> {
    const [worker] = browser.context.serviceWorkers();
    if (!worker) throw new Error('No service worker.');
    return worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { query: (q: object) => Promise<{ id?: number }[]> } };
      };
      return (await chrome.tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
    });
  }

  async function resetAll(options: Page): Promise<void> {
    await options.locator('#section-reset button').click();
    await options.locator('#section-reset button.danger').click();
    await saved(options);
  }

  it('turns Parallax off for 127.0.0.1 and on again, on an open article, without reloading it', async () => {
    const article = await openArticle();
    const options = await openOptions();
    await options.locator('#site-input').fill('127.0.0.1');
    await options.locator('#site-input').press('Enter');
    await saved(options);
    expect(await options.locator('.site-list .site-name').allTextContents()).toEqual(['127.0.0.1']);

    await article.waitForSelector('html[data-parallax-state="off"]', { state: 'attached' });
    expect(await count(article, MARKS)).toBe(0);
    const text = await textBeforeAndAfter(article);
    expect(text.live).toBe(text.served);

    await options.locator('.site[data-site="127.0.0.1"] button').click();
    await saved(options);
    await waitForReady(article);
    await expect.poll(() => count(article, MARKS)).toBeGreaterThan(0);
    await options.close();
    await article.close();
  });

  it('switches the site off and on from the popup', async () => {
    const known = new Set(await tabIds());
    const article = await browser.newPage();
    const tabId = (await tabIds()).find((id) => !known.has(id));
    await article.goto(server.url('site', ARTICLE));
    await waitForReady(article);
    const popup = await browser.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId ?? -1}`);
    // No `tabs` permission: the site comes from the article's own content script.
    const siteSwitch = popup.getByRole('switch', { name: 'On for 127.0.0.1' });
    await siteSwitch.waitFor();
    expect(await siteSwitch.isChecked()).toBe(true);
    expect(await popup.locator('.dataset-line').textContent()).toMatch(/^Dataset \d+\.\d+\.\d+/);
    await siteSwitch.click();
    await article.waitForSelector('html[data-parallax-state="off"]', { state: 'attached' });
    expect(await count(article, MARKS)).toBe(0);
    await siteSwitch.click();
    await waitForReady(article);
    await expect.poll(() => count(article, MARKS)).toBeGreaterThan(0);
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await popup.close();
    await article.close();
  });

  it('changes the look of highlights on an open article, and hides entities', async () => {
    const article = await openArticle();
    expect(await claimLook(article)).toMatchObject({ background: 'rgba(255, 193, 7, 0.18)' });
    const options = await openOptions();

    await options.getByRole('radio', { name: 'Underline' }).check();
    await saved(options);
    await expect
      .poll(() => claimLook(article))
      .toMatchObject({ line: 'underline', decoration: 'rgba(255, 193, 7, 0.9)', background: 'rgba(0, 0, 0, 0)' });

    await options.getByRole('radio', { name: 'Colour-blind safe' }).check();
    await saved(options);
    // Okabe–Ito orange.
    await expect
      .poll(() => claimLook(article))
      .toMatchObject({ line: 'underline', decoration: 'rgba(230, 159, 0, 0.9)' });
    // The preview on the options page draws the same look.
    expect(
      await options
        .locator('.preview parallax-mark[data-parallax-kind="claim"]')
        .evaluate((m) => getComputedStyle(m).textDecorationColor),
    ).toBe('rgba(230, 159, 0, 0.9)');

    expect(await count(article, ENTITIES)).toBeGreaterThan(0);
    await options.getByRole('checkbox', { name: 'Entities' }).uncheck();
    await saved(options);
    await expect.poll(() => count(article, ENTITIES)).toBe(0);
    await expect.poll(() => count(article, CLAIMS)).toBeGreaterThan(0);

    await resetAll(options);
    await expect.poll(() => count(article, ENTITIES)).toBeGreaterThan(0);
    await expect.poll(() => claimLook(article)).toMatchObject({ background: 'rgba(255, 193, 7, 0.18)' });
    await options.close();
    await article.close();
  });

  it('lists an entity muted from a popover, and Unmute brings its highlights back', async () => {
    const article = await openArticle();
    const entity = article.locator(ENTITIES).first();
    const entityId = await entity.getAttribute('data-parallax-id');
    const ofEntity = `parallax-mark[data-parallax-kind="entity"][data-parallax-id="${entityId ?? ''}"]`;
    await entity.scrollIntoViewIfNeeded();
    await entity.hover();
    await popoverText(article);
    await shadowClick(article, 'parallax-popover', '.action-mute');
    await expect.poll(() => count(article, ofEntity)).toBe(0);

    const options = await openOptions();
    const row = options.locator(`.muted[data-entity-id="${entityId ?? ''}"]`);
    await row.waitFor();
    const name = (await row.locator('.muted-name').textContent()) ?? '';
    expect(name.length).toBeGreaterThan(0);
    await options.getByRole('button', { name: `Unmute ${name}` }).click();
    await row.waitFor({ state: 'detached' });
    await expect.poll(() => count(article, ofEntity)).toBeGreaterThan(0);
    await options.close();
    await article.close();
  });

  it('refuses a malformed dataset pack without changing anything, and installs a valid one', async () => {
    const options = await openOptions();
    const version = options.locator('.dataset-version');
    await version.waitFor();
    const before = await version.textContent();
    const claimsBefore = await options.locator('[data-count="claims"]').textContent();

    await options.locator('#pack-file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"schema": 1, "version": '),
    });
    const problem = options.locator('.import-error');
    await problem.waitFor();
    expect(await problem.getAttribute('role')).toBe('alert');
    expect(await problem.textContent()).toContain('not valid JSON');
    await options.reload();
    await version.waitFor();
    expect(await version.textContent()).toBe(before);

    const pack = JSON.parse(await readFile('assets/pack/parallax.pack.json', 'utf8')) as Record<string, unknown>;
    await options.locator('#pack-file').setInputFiles({
      name: 'invalid.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...pack, version: 'latest', claims: 'none' })),
    });
    await options.locator('.import-error .problems li').first().waitFor();
    expect(await version.textContent()).toBe(before);

    await options.locator('#pack-file').setInputFiles({
      name: 'parallax.pack.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...pack, version: '1.0.1' })),
    });
    await expect.poll(() => version.textContent(), { timeout: 20_000 }).toBe('1.0.1');
    expect(await options.locator('.import-result').textContent()).toBe(
      `Installed version 1.0.1 (was ${before ?? ''}).`,
    );
    expect(await options.locator('[data-count="claims"]').textContent()).toBe(claimsBefore);
    await options.close();
  });

  it('has no serious or critical accessibility problem on either page, light or dark', async () => {
    const options = await openOptions();
    await options.locator('.dataset-version').waitFor();
    const popup = await browser.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.locator('#everywhere').waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      for (const page of [options, popup]) {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await seriousA11yProblems(page), `${page.url()} ${scheme}`).toEqual([]);
      }
    }
    await popup.close();
    await options.close();
  });

  it('keeps the settings across a browser restart', async () => {
    const options = await openOptions();
    await options.getByRole('radio', { name: 'Underline' }).check();
    await saved(options);
    await options.locator('#site-input').fill('www.example.com');
    await options.locator('#site-input').press('Enter');
    await saved(options);
    await options.locator('#delay-showMs').fill('800');
    await options.locator('#delay-showMs').press('Enter');
    await saved(options);
    await browser.close();

    browser = await launchWithExtension({ userDataDir: profile });
    const again = await openOptions();
    expect(await again.getByRole('radio', { name: 'Underline' }).isChecked()).toBe(true);
    expect(await again.locator('.site-list .site-name').allTextContents()).toEqual(['example.com']);
    expect(await again.locator('#delay-showMs').inputValue()).toBe('800');
    const article = await openArticle();
    expect(await claimLook(article)).toMatchObject({ line: 'underline' });
    await resetAll(again);
    await article.close();
    await again.close();
  });
});
