import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { waitForReady } from './page-helpers';
import { useFixtureSite } from './site';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const LPR_EVENT = 'lpr-unit-refusal-video';
const DUGINA_EVENT = 'darya-dugina-killing';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

describe('the side panel in Chromium', () => {
  const site = useFixtureSite();

  async function tabIds(): Promise<number[]> {
    const [worker] = site.browser.context.serviceWorkers();
    if (!worker) throw new Error('No service worker.');
    return worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { query: (q: object) => Promise<{ id?: number }[]> } };
      };
      return (await chrome.tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
    });
  }

  /**
   * Opens a seed article, waits for its scan, and finds its tab id through the
   * service worker. Without the `tabs` permission tab URLs are hidden, so the
   * article's tab is the one that appeared when its page was opened.
   */
  async function openArticle(file: string): Promise<{ article: Page; tabId: number }> {
    const known = new Set(await tabIds());
    const article = await site.browser.newPage();
    const fresh = (await tabIds()).filter((id) => !known.has(id));
    if (fresh.length !== 1 || fresh[0] === undefined)
      throw new Error(`Expected one new tab, got ${JSON.stringify(fresh)}`);
    // Instant scrolling: a smooth scroll in a background tab may never advance.
    await article.emulateMedia({ reducedMotion: 'reduce' });
    await article.goto(site.server.url('site', file));
    await waitForReady(article);
    return { article, tabId: fresh[0] };
  }

  async function openPanel(tabId: number): Promise<Page> {
    const panel = await site.browser.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(`chrome-extension://${site.browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.locator('.found-list').waitFor({ timeout: 20_000 });
    return panel;
  }

  it('says so when the page is no article, though Parallax only took its first look there', async () => {
    const { article, tabId } = await openArticle('web-app.html');
    const panel = await site.browser.newPage();
    await panel.goto(`chrome-extension://${site.browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    await expect
      .poll(() => panel.locator('.state').getAttribute('data-state'), { timeout: 10_000 })
      .toBe('not-article');
    expect(await panel.locator('.state').textContent()).toContain('does not look like an article');
    await panel.close();
    await article.close();
  });

  it('lists the events found on the HuffPost article, in reading order, with the page’s outlet', async () => {
    const { article, tabId } = await openArticle('huffpost-lpr-refusal.html');
    const panel = await openPanel(tabId);
    const events = await panel
      .locator('.found-list li[data-event-id]')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-event-id')));
    expect(events).toContain(LPR_EVENT);
    expect(events).toContain(DUGINA_EVENT);
    const entities = await panel
      .locator('.found-list li[data-entity-id]')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-entity-id')));
    expect(entities).toEqual(expect.arrayContaining(['luhansk-peoples-republic', 'darya-dugina']));
    expect(await panel.locator('.page-head').textContent()).toContain('HuffPost UK');
    // Reading order: the page's own highlight order decides which event comes first.
    const firstOnPage = await article
      .locator('parallax-mark[data-parallax-kind="claim"]')
      .first()
      .getAttribute('data-parallax-event');
    expect(events[0]).toBe(firstOnPage);
    await panel.close();
    await article.close();
  });

  it('compares an event in a real table: one row per outlet, this page’s outlet marked, sortable, with a timeline', async () => {
    const { article, tabId } = await openArticle('huffpost-lpr-refusal.html');
    const panel = await openPanel(tabId);
    const item = panel.locator(`.found-list li[data-event-id="${LPR_EVENT}"]`);
    await item.locator('button.disclose').click();
    expect(await item.locator('button.disclose').getAttribute('aria-expanded')).toBe('true');
    const table = item.locator('table').first();
    await table.waitFor();
    expect(await table.locator('caption').count()).toBe(1);
    const outlets = await table.locator('tbody th[scope="row"]').allTextContents();
    expect(outlets.some((o) => o.startsWith('HuffPost UK'))).toBe(true);
    expect(outlets.some((o) => /Express|NV \(New Voice of Ukraine\)|Kyiv Post|Evening Standard/.test(o))).toBe(true);
    expect(await table.locator('tbody tr[data-here]').getAttribute('data-outlet')).toBe('huffpost-uk');
    // Sorting by outlet puts the rows in alphabetical order and says so in aria-sort.
    await table.locator('button[data-sort="outlet"]').click();
    const sorted = await table
      .locator('tbody th[scope="row"]')
      .evaluateAll((cells) => cells.map((c) => c.firstChild?.textContent ?? ''));
    expect(sorted).toEqual([...sorted].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(await table.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
    expect(await item.locator('.timeline-list li').count()).toBeGreaterThan(1);
    await panel.close();
    await article.close();
  });

  it('explains the casualty figures of the Express article: 45,000 killed versus 75,000–80,000 killed and injured', async () => {
    const { article, tabId } = await openArticle('express-russia-mutiny.html');
    const panel = await openPanel(tabId);
    const casualty = panel.locator('.found-list li[data-event-id="russian-casualty-estimates-aug-2022"]');
    await casualty.locator('button.disclose').click();
    const differences = casualty.locator('.differences');
    await differences.first().waitFor();
    const text = (await differences.allTextContents()).join(' ');
    expect(text).toContain('Daily Express gives 45,000 Russian soldiers killed');
    expect(text).toContain("citing Ukraine's army");
    expect(text).toMatch(/Daily Express gives 75,000[^;]*killed and injured[^;]*citing US sources/);
    expect(await casualty.locator('td [data-differs]').count()).toBeGreaterThan(0);
    await panel.close();
    await article.close();
  });

  it('updates its list live when new paragraphs bring new matches to the page', async () => {
    const { article, tabId } = await openArticle('express-russia-mutiny.html');
    const panel = await openPanel(tabId);
    expect(await panel.locator(`.found-list li[data-event-id="${DUGINA_EVENT}"]`).count()).toBe(0);
    await article.evaluate(() => {
      const paragraph = document.createElement('p');
      paragraph.textContent =
        'Darya Dugina, the daughter of Alexander Dugin, was killed when a car bomb exploded near Moscow on 20 August.';
      document.querySelector('article')?.append(paragraph);
    });
    await panel.locator(`.found-list li[data-event-id="${DUGINA_EVENT}"]`).waitFor({ timeout: 15_000 });
    await panel.close();
    await article.close();
  });

  it('scrolls the article to a highlight and flashes it when an entry is chosen', async () => {
    const { article, tabId } = await openArticle('huffpost-lpr-refusal.html');
    const panel = await openPanel(tabId);
    await article.evaluate(() => window.scrollTo(0, 0));
    const before = await article.evaluate(() => window.scrollY);
    await panel.locator(`.found-list li[data-event-id="${DUGINA_EVENT}"] button.reveal`).click();
    await article.waitForFunction(
      (id) => document.querySelector(`parallax-mark[data-parallax-event="${id}"][data-parallax-flash]`) !== null,
      DUGINA_EVENT,
      { timeout: 10_000 },
    );
    await article.waitForFunction((y) => window.scrollY !== y, before, { timeout: 10_000 });
    expect(await article.evaluate(() => window.scrollY)).toBeGreaterThan(before);
    await panel.close();
    await article.close();
  });

  it('finds Dugina typed in Latin and in Cyrillic, and opens her killing’s comparison', async () => {
    const { article, tabId } = await openArticle('huffpost-lpr-refusal.html');
    const panel = await openPanel(tabId);
    await panel.getByRole('tab', { name: 'Search' }).click();
    const box = panel.getByRole('searchbox', { name: 'Search the dataset' });
    for (const query of ['dugina', 'Дугина']) {
      await box.fill(query);
      await panel.locator('button.result[data-hit="entity:darya-dugina"]').waitFor({ timeout: 10_000 });
    }
    await box.fill('dugina');
    const eventHit = panel.locator(`button.result[data-hit="event:${DUGINA_EVENT}"]`);
    await eventHit.click();
    const table = panel.locator(`.detail .event-comparison[data-event-id="${DUGINA_EVENT}"] table`).first();
    await table.waitFor({ timeout: 10_000 });
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(1);
    await panel.close();
    await article.close();
  });

  it('has no serious or critical accessibility violation, in both views and in dark mode', async () => {
    const { article, tabId } = await openArticle('express-russia-mutiny.html');
    const panel = await openPanel(tabId);
    await panel.locator('.found-list li[data-event-id] button.disclose').first().click();
    await panel.locator('.found-list table').first().waitFor();
    await panel.evaluate(AXE_SOURCE);
    const run = (): Promise<AxeViolation[]> =>
      panel.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } }).axe;
        return (await axe.run()).violations;
      });
    const serious = (list: AxeViolation[]): string[] =>
      list
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    expect(serious(await run())).toEqual([]);
    await panel.getByRole('tab', { name: 'Search' }).click();
    await panel.getByRole('searchbox').fill('dugina');
    await panel.locator('button.result').first().waitFor();
    expect(serious(await run())).toEqual([]);
    // Dark mode has its own colours, so contrast is checked again.
    await panel.locator(`button.result[data-hit="event:${DUGINA_EVENT}"]`).click();
    await panel.locator('.detail table').first().waitFor();
    await panel.emulateMedia({ colorScheme: 'dark' });
    expect(serious(await run())).toEqual([]);
    await panel.close();
    await article.close();
  });

  it('raises no console error', () => {
    expect(site.browser.errors).toEqual([]);
  });
});
