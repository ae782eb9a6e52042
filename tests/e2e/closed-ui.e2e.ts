/**
 * Parallax's in-page UI is closed to the page, in Chromium: a page script that
 * listens to every key from its first moment, and tries to open, read and write
 * into the flag form, learns nothing of the reader's note and changes nothing.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { askBackground, openArticle, selectText } from './page-helpers';
import { startStaticServer, type StaticServer } from './server';
import { shadowClick, shadowClickButton, shadowFocus, shadowValue, waitForShadow } from './shadow';
import { useFixtureSite } from './site';

const NOTE = 'Secret reader note 4c1d about casualty counts';
const SENTENCE = 'Both of these territories border with Russia and the majority speak Russian';

interface Snooped {
  type: string;
  key: string;
  data: string;
  value: string;
}

describe('the page cannot read or change Parallax’s UI', () => {
  const site = useFixtureSite();
  let hostile: StaticServer;
  let dir = '';
  beforeAll(async () => {
    // The HuffPost fixture article, with the snooping script loaded in its head before the body.
    dir = await mkdtemp(join(tmpdir(), 'parallax-snooping-'));
    const article = await readFile('tests/fixtures/site/huffpost-lpr-refusal.html', 'utf8');
    const snooping = article
      .replace(
        '<link rel="stylesheet" href="site.css">',
        '<link rel="stylesheet" href="/site/site.css">\n<script src="/hostile/snoop.js"></script>',
      )
      .replace(
        /<link rel="canonical" href="[^"]*">/,
        '<link rel="canonical" href="https://snooping.example/lpr-refusal">',
      );
    if (!snooping.includes('snoop.js') || !snooping.includes('snooping.example'))
      throw new Error('The fixture article changed: update the snooping page.');
    await writeFile(join(dir, 'snooping.html'), snooping);
    hostile = await startStaticServer({
      snooping: dir,
      hostile: 'tests/fixtures/hostile',
      site: 'tests/fixtures/site',
    });
  });
  afterAll(async () => {
    await hostile?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('keeps the flag note private while the reader types it, and saves exactly what the reader typed', async () => {
    const page = await openArticle(site.browser, hostile.url('snooping', 'snooping.html'));
    await selectText(page, SENTENCE);
    await shadowClick(page, 'parallax-flag', '.flag-button');
    await waitForShadow(page, 'parallax-flag', '.flag-form textarea');
    await shadowFocus(page, 'parallax-flag', '.flag-form textarea');
    await page.keyboard.type(NOTE, { delay: 5 });
    const attack = await page.evaluate(() =>
      (
        window as unknown as {
          __attack: () => {
            hosts: { name: string; shadowRoot: string; attach: string }[];
            texts: string[];
            active: string | null;
            selection: string;
          };
        }
      ).__attack(),
    );
    // The page sees the hosts but not inside them.
    expect(attack.hosts.length).toBeGreaterThan(0);
    for (const host of attack.hosts) {
      expect(host.shadowRoot).toBe('hidden');
      expect(host.attach).toBe('NotSupportedError');
    }
    expect(attack.texts.join(' ')).not.toContain('casualty');
    expect(attack.selection).not.toContain('casualty');
    // Not one typed character reached the page's listeners, in any phase.
    const snooped = await page.evaluate(() => (window as unknown as { __snooped: Snooped[] }).__snooped);
    // (The page's own forged event, data "PAGE", is the only data it may see.)
    const leaked = snooped.filter((s) => s.key.length === 1 || (s.data !== '' && s.data !== 'PAGE') || s.value !== '');
    expect(leaked).toEqual([]);
    // The page's attempts to write into the focused field changed nothing.
    expect(await shadowValue(page, 'parallax-flag', '.flag-form textarea')).toBe(NOTE);
    await shadowClickButton(page, 'parallax-flag', 'Save');
    await expect
      .poll(
        async () =>
          ((await askBackground(site.browser, 'flags.list', {})).value ?? [])
            .filter((f) => f.url.includes('snooping.example'))
            .map((f) => f.note),
        { timeout: 10_000 },
      )
      .toEqual([NOTE]);
    await page.close();
  });

  it('raises no console error from the extension', () => {
    expect(site.browser.extensionErrors).toEqual([]);
  });
});
