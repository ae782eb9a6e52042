import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { exportFlags } from '@/lib/flags/exchange';
import type { Flag, FlagLabel } from '@/lib/flags/types';

import { seriousA11yProblems } from './axe';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { askFromPage, waitForReady } from './page-helpers';
import { startStaticServer, type StaticServer } from './server';

const DAY = 86_400_000;
const EXPRESS_QUOTE = 'issued a video in which they said they refused to fight in the Donetsk region';
const HUFFPOST_QUOTE = 'Soldiers from Ukrainian territory controlled by Russia are refusing to join in';
const MISSING_QUOTE = 'Morale has never been higher, officers insist.';
const ITEM = '.flag-item';
// A copy of the build can be named, so that a rebuild of the shared .output folder mid-run does not pull it away.
const launch = (): Promise<ExtensionBrowser> =>
  launchWithExtension(process.env.PARALLAX_EXTENSION_DIR ? { extensionDir: process.env.PARALLAX_EXTENSION_DIR } : {});

/** A complete flag on one of the test site's pages, as the content script would store it. */
function flagOn(
  server: StaticServer,
  file: string,
  fields: {
    id: string;
    quote: string;
    outletName: string;
    title: string;
    label: FlagLabel;
    note: string;
    daysAgo: number;
  },
): Flag {
  const at = Date.UTC(2024, 5, 30) - fields.daysAgo * DAY;
  return {
    id: fields.id,
    url: server.url('site', file),
    pageUrl: server.url('site', file),
    outletId: null,
    outletName: fields.outletName,
    title: fields.title,
    publishedAt: '2022-08-22',
    quote: fields.quote,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: fields.quote, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: fields.quote.length },
    },
    note: fields.note,
    label: fields.label,
    claimId: null,
    eventId: null,
    createdAt: at,
    updatedAt: at,
  };
}

function sampleFlags(server: StaticServer): Flag[] {
  return [
    flagOn(server, 'express-russia-mutiny.html', {
      id: 'flag-express01',
      quote: EXPRESS_QUOTE,
      outletName: 'Daily Express',
      title: 'Russia mutiny',
      label: 'disputed',
      note: 'Only the unit’s own video.',
      daysAgo: 1,
    }),
    flagOn(server, 'huffpost-lpr-refusal.html', {
      id: 'flag-huffpost01',
      quote: HUFFPOST_QUOTE,
      outletName: 'HuffPost UK',
      title: 'Soldiers are refusing',
      label: 'important',
      note: '',
      daysAgo: 2,
    }),
    flagOn(server, 'newsweek-morale.html', {
      id: 'flag-newsweek01',
      quote: MISSING_QUOTE,
      outletName: 'Newsweek',
      title: 'Russian soldiers refuse to fight',
      label: 'unverified',
      note: 'Where is this from?',
      daysAgo: 3,
    }),
  ];
}

/** The side panel as a tab, on its Flags tab, once the list has loaded. */
async function openFlags(browser: ExtensionBrowser): Promise<Page> {
  const panel = await browser.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
  await panel.locator('[role="tab"][data-tab="flags"]').click();
  await panel.locator('#tabpanel-flags .flag-list').waitFor({ timeout: 15_000 });
  return panel;
}

const quotes = (panel: Page): Promise<string[]> => panel.locator(`${ITEM} blockquote`).allTextContents();
/** What each listed flag says; the orphan mark is left out, as it belongs to the device that visited the page. */
const described = (panel: Page): Promise<string[][]> =>
  panel
    .locator(ITEM)
    .evaluateAll((items) =>
      items.map((el) =>
        ['blockquote', '.flag-item-meta', '.flag-badge-label', '.flag-item-note'].map(
          (part) => el.querySelector(part)?.textContent ?? '',
        ),
      ),
    );
const item = (panel: Page, id: string) => panel.locator(`${ITEM}[data-flag-id="${id}"]`);

/** Chooses a file in the Flags tab's import control. */
async function importFile(panel: Page, text: string): Promise<void> {
  await panel
    .locator('#tabpanel-flags input[type="file"]')
    .setInputFiles({ name: 'flags.json', mimeType: 'application/json', buffer: Buffer.from(text) });
}

describe('the Flags tab of the side panel in Chromium', () => {
  let server: StaticServer;
  let browser: ExtensionBrowser;
  let exported = '';

  beforeAll(async () => {
    server = await startStaticServer({ site: 'tests/fixtures/site' });
    browser = await launch();
    const seeder = await openFlags(browser);
    const text = JSON.stringify(
      exportFlags(sampleFlags(server), { exportedAt: '2024-06-30T12:00:00.000Z', version: '0.1.0' }),
    );
    expect(await askFromPage(seeder, 'flags.import', { text })).toEqual({
      ok: true,
      value: { ok: true, added: 3, updated: 0, unchanged: 0 },
    });
    await seeder.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('says in words that there are no flags in a new profile', async () => {
    const fresh = await launch();
    try {
      const panel = await openFlags(fresh);
      expect(await panel.locator('#tabpanel-flags .flag-empty').textContent()).toMatch(
        /^No flags yet\. Select a sentence on a news page/,
      );
    } finally {
      await fresh.close();
    }
  });

  it('lists the flags newest first with outlet, page title, label and note, and marks a flag whose text is gone as orphaned', async () => {
    const panel = await openFlags(browser);
    expect(await quotes(panel)).toEqual([EXPRESS_QUOTE, HUFFPOST_QUOTE, MISSING_QUOTE]);
    expect(await panel.locator('#tabpanel-flags .flag-count').textContent()).toBe('3 flags');
    const express = item(panel, 'flag-express01');
    expect(await express.locator('.flag-item-meta').textContent()).toMatch(
      /^Daily ExpressRussia mutinyFlagged \d+ Jun 2024$/,
    );
    expect(await express.locator('.flag-badge-label').textContent()).toBe('Disputed');
    expect(await express.locator('.flag-item-note').textContent()).toBe('Only the unit’s own video.');
    expect(await panel.locator('.flag-badge-orphaned').count()).toBe(0);
    // Visiting the page finds the flag's text missing; the panel hears of the rescan and fetches again.
    const article = await browser.newPage();
    await article.goto(server.url('site', 'newsweek-morale.html'));
    await waitForReady(article);
    await item(panel, 'flag-newsweek01').locator('.flag-badge-orphaned').waitFor({ timeout: 15_000 });
    expect(await quotes(panel)).toEqual([EXPRESS_QUOTE, HUFFPOST_QUOTE, MISSING_QUOTE]);
    await article.close();
    await panel.close();
  });

  it('filters by words and by label', async () => {
    const panel = await openFlags(browser);
    const filter = panel.getByRole('searchbox', { name: 'Filter flags' });
    await filter.fill('huffpost');
    expect(await quotes(panel)).toEqual([HUFFPOST_QUOTE]);
    expect(await panel.locator('#tabpanel-flags .flag-count').textContent()).toBe('1 of 3 flags');
    await filter.fill('where is');
    expect(await quotes(panel)).toEqual([MISSING_QUOTE]);
    await filter.fill('');
    await panel.getByRole('combobox', { name: 'Show label' }).selectOption('disputed');
    expect(await quotes(panel)).toEqual([EXPRESS_QUOTE]);
    await panel.getByRole('combobox', { name: 'Show label' }).selectOption('misleading');
    expect(await panel.locator('#tabpanel-flags .flag-empty').textContent()).toBe('No flag matches this filter.');
    await panel.close();
  });

  it('saves an edited note and label, which are still there after the panel reloads', async () => {
    const panel = await openFlags(browser);
    const huffpost = item(panel, 'flag-huffpost01');
    await huffpost.getByRole('button', { name: 'Edit' }).click();
    await huffpost.getByRole('textbox', { name: 'Note' }).fill('UK officials, not the unit itself.');
    await huffpost.getByRole('combobox', { name: 'Label' }).selectOption('misleading');
    await huffpost.getByRole('button', { name: 'Save' }).click();
    await huffpost.locator('.flag-item-note').waitFor();
    expect(await panel.evaluate(() => document.activeElement?.classList.contains('flag-edit'))).toBe(true);
    await panel.reload();
    await panel.locator('[role="tab"][data-tab="flags"]').click();
    const reloaded = item(panel, 'flag-huffpost01');
    await reloaded.waitFor();
    expect(await reloaded.locator('.flag-item-note').textContent()).toBe('UK officials, not the unit itself.');
    expect(await reloaded.locator('.flag-badge-label').textContent()).toBe('Misleading');
    await panel.close();
  });

  it('deletes a flag from the keyboard and brings it back with Undo', async () => {
    const panel = await openFlags(browser);
    await item(panel, 'flag-express01').getByRole('button', { name: 'Delete' }).focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => quotes(panel)).toEqual([HUFFPOST_QUOTE, MISSING_QUOTE]);
    // The flag leaves the list at once; Undo is offered when the background hands the deleted flag back.
    await expect.poll(() => panel.locator('#tabpanel-flags .flag-undo').textContent()).toBe('Flag deleted. Undo');
    // Focus moved to Undo, so Enter restores the flag at once.
    await expect.poll(() => panel.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await panel.keyboard.press('Enter');
    await expect.poll(() => quotes(panel)).toEqual([EXPRESS_QUOTE, HUFFPOST_QUOTE, MISSING_QUOTE]);
    expect(await askFromPage(panel, 'flags.get', { id: 'flag-express01' })).toMatchObject({
      ok: true,
      value: { note: 'Only the unit’s own video.' },
    });
    await panel.close();
  });

  it('opens a flag’s page in a new tab', async () => {
    const panel = await openFlags(browser);
    const [opened] = await Promise.all([
      browser.context.waitForEvent('page'),
      item(panel, 'flag-express01').getByRole('button', { name: 'Open page' }).click(),
    ]);
    await opened.waitForURL(server.url('site', 'express-russia-mutiny.html'));
    await opened.close();
    await panel.close();
  });

  it('exports a JSON file that a fresh profile imports, showing the same flags', async () => {
    const panel = await openFlags(browser);
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export flags' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^parallax-flags-\d{4}-\d{2}-\d{2}\.json$/);
    exported = await readFile(await download.path(), 'utf8');
    const document = JSON.parse(exported) as { type: string; items: unknown[] };
    expect(document.type).toBe('AnnotationCollection');
    expect(document.items).toHaveLength(3);
    const before = await described(panel);
    expect(before).toHaveLength(3);
    await panel.close();

    const fresh = await launch();
    try {
      const other = await openFlags(fresh);
      await importFile(other, exported);
      await expect
        .poll(() => other.locator('.flag-import-result').textContent())
        .toBe('Imported: 3 added, 0 updated, 0 unchanged.');
      await expect.poll(() => described(other)).toEqual(before);
      expect(await other.locator('.flag-badge-orphaned').count()).toBe(0);
    } finally {
      await fresh.close();
    }
  });

  it('refuses a broken file with the reasons, changing nothing', async () => {
    const panel = await openFlags(browser);
    const good = sampleFlags(server)[0] as Flag;
    const broken = exportFlags(
      [
        {
          ...good,
          id: 'flag-extra01',
          quote: 'Another passage',
          selectors: { ...good.selectors, quote: { ...good.selectors.quote, exact: 'Another passage' } },
        },
        { ...good, id: 'flag-bad01', url: 'https://example.org/x' },
      ],
      {
        exportedAt: '2024-06-30T12:00:00.000Z',
        version: '0.1.0',
      },
    );
    const text = JSON.stringify(broken).replace('https://example.org/x', 'javascript:alert(1)');
    await importFile(panel, text);
    const alert = panel.locator('.flag-import-errors[role="alert"]');
    await alert.waitFor();
    expect(await alert.locator('p').textContent()).toBe('Nothing was imported. The file has these problems:');
    expect((await alert.locator('li').allTextContents()).join('\n')).toContain('items[1].target.source');
    expect(await quotes(panel)).toEqual([EXPRESS_QUOTE, HUFFPOST_QUOTE, MISSING_QUOTE]);
    expect((await askFromPage(panel, 'flags.list', {})).value).toHaveLength(3);
    await panel.close();
  });

  it('has no serious or critical accessibility problem, editing or reporting errors, in light and dark mode', async () => {
    const panel = await openFlags(browser);
    await item(panel, 'flag-huffpost01').getByRole('button', { name: 'Edit' }).click();
    await importFile(panel, '{ "type": "AnnotationCollection" }');
    await panel.locator('.flag-import-errors').waitFor();
    expect(await seriousA11yProblems(panel)).toEqual([]);
    await panel.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousA11yProblems(panel)).toEqual([]);
    await panel.close();
  });

  it('raises no console error', () => {
    expect(browser.extensionErrors).toEqual([]);
  });
});
