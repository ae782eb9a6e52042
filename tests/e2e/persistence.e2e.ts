// The reader's data (flags, settings, mutes) survives a browser restart, an
// extension update (a new version installed over the old, same extension id)
// and a dataset upgrade, in a real browser profile.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './browser';
import { askBackground, openArticle } from './page-helpers';
import { startStaticServer, type StaticServer } from './server';

const FLAG = 'parallax-mark[data-parallax-kind="flag"]';
const QUOTE = 'The Kremlin has repeatedly refused to classify its invasion of Ukraine as a war';

describe('the reader’s data across restarts, updates and dataset upgrades', () => {
  let server: StaticServer;
  let profile: string;
  let extensionDir: string;
  let articleUrl: string;

  beforeAll(async () => {
    server = await startStaticServer({ site: 'tests/fixtures/site' });
    articleUrl = server.url('site', 'huffpost-lpr-refusal.html');
    profile = await mkdtemp(join(tmpdir(), 'parallax-persist-profile-'));
    // A copy of the build, so an "update" can be installed at the same path (same extension id).
    extensionDir = await mkdtemp(join(tmpdir(), 'parallax-persist-ext-'));
    await cp(EXTENSION_DIR, extensionDir, { recursive: true });
  });

  afterAll(async () => {
    await server?.close();
    await rm(profile, { recursive: true, force: true });
    await rm(extensionDir, { recursive: true, force: true });
  });

  async function launch(): Promise<ExtensionBrowser> {
    return launchWithExtension({ userDataDir: profile, extensionDir });
  }

  async function flagShown(browser: ExtensionBrowser): Promise<number> {
    const page = await openArticle(browser, articleUrl);
    await expect.poll(() => page.locator(FLAG).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const count = await page.locator(FLAG).count();
    await page.close();
    return count;
  }

  it('keeps a flag, a setting and a mute when the browser restarts', async () => {
    const first = await launch();
    try {
      const page = await openArticle(first, articleUrl);
      // Flag a passage through the same request the flag form sends.
      const made = await page.evaluate((quote) => {
        const text = document.querySelector('article')?.textContent ?? '';
        const at = text.indexOf(quote);
        return {
          at,
          prefix: text.slice(Math.max(0, at - 32), at),
          suffix: text.slice(at + quote.length, at + quote.length + 32),
        };
      }, QUOTE);
      expect(made.at).toBeGreaterThan(0);
      const now = Date.now();
      const saved = await askBackground(first, 'flags.save', {
        flag: {
          id: 'flag-persist1',
          url: 'https://www.huffingtonpost.co.uk/entry/soldiers-refuse-to-fight-for-russia-ukraine-invasion_uk_63033f8ae4b0f7df9bb1c060',
          pageUrl: articleUrl,
          outletId: null,
          outletName: null,
          title: 'HuffPost',
          publishedAt: null,
          quote: QUOTE,
          selectors: {
            quote: { type: 'TextQuoteSelector', exact: QUOTE, prefix: made.prefix, suffix: made.suffix },
            position: { type: 'TextPositionSelector', start: made.at, end: made.at + QUOTE.length },
          },
          note: 'kept',
          label: 'important',
          claimId: null,
          eventId: null,
          createdAt: now,
          updatedAt: now,
        },
      });
      expect(saved.ok).toBe(true);
      expect((await askBackground(first, 'settings.update', { patch: { palette: 'distinct' } })).ok).toBe(true);
      expect((await askBackground(first, 'entity.mute', { entityId: 'vladimir-putin' })).ok).toBe(true);
      await page.close();
    } finally {
      await first.close();
    }
    const restarted = await launch();
    try {
      expect(await flagShown(restarted)).toBeGreaterThan(0);
      expect((await askBackground(restarted, 'settings.get', {})).value?.palette).toBe('distinct');
      expect((await askBackground(restarted, 'mutes.list', {})).value).toEqual([
        { entityId: 'vladimir-putin', name: 'Vladimir Putin' },
      ]);
      expect(restarted.extensionErrors).toEqual([]);
    } finally {
      await restarted.close();
    }
  });

  it('keeps them when a new version of the extension is installed over the old one', async () => {
    const manifestPath = join(extensionDir, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { version: string };
    manifest.version = '0.2.0';
    await writeFile(manifestPath, JSON.stringify(manifest));
    const updated = await launch();
    try {
      const version = await updated.context
        .serviceWorkers()[0]
        ?.evaluate(
          () =>
            (
              globalThis as unknown as { chrome: { runtime: { getManifest: () => { version: string } } } }
            ).chrome.runtime.getManifest().version,
        );
      expect(version).toBe('0.2.0');
      expect(await flagShown(updated)).toBeGreaterThan(0);
      const flags = (await askBackground(updated, 'flags.list', {})).value;
      expect(flags?.map((f) => [f.id, f.note])).toEqual([['flag-persist1', 'kept']]);
    } finally {
      await updated.close();
    }
  });

  it('keeps them when a newer dataset pack replaces the installed one', async () => {
    const browser = await launch();
    try {
      const pack = JSON.parse(await readFile('assets/pack/parallax.pack.json', 'utf8')) as { version: string };
      pack.version = '1.5.0';
      const imported = await askBackground(browser, 'dataset.import', { text: JSON.stringify(pack) });
      expect(imported.ok).toBe(true);
      expect((await askBackground(browser, 'dataset.info', {})).value?.version).toBe('1.5.0');
      expect((await askBackground(browser, 'flags.list', {})).value?.length).toBe(1);
      expect((await askBackground(browser, 'settings.get', {})).value?.palette).toBe('distinct');
      expect((await askBackground(browser, 'mutes.list', {})).value?.length).toBe(1);
      expect(await flagShown(browser)).toBeGreaterThan(0);
    } finally {
      await browser.close();
    }
  });
});
