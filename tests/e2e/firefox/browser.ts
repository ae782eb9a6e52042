/**
 * Launches Firefox (Debian's ESR) with the built extension installed as a
 * temporary add-on, driven by puppeteer-core over WebDriver BiDi. Playwright
 * cannot drive a stock Firefox, and BiDi's `webExtension.install` needs no
 * signing. A fixed internal UUID gives the extension pages a known origin.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** Where the Firefox build lands (`npm run build:firefox`). */
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');

/** The add-on id from the manifest (`browser_specific_settings.gecko.id`). */
const GECKO_ID = 'parallax@parallax.local';

/** The internal UUID the test profile gives the add-on, so its pages live at a known `moz-extension://` origin. */
export const EXTENSION_UUID = '6c1f4f6e-2b7a-4d39-9f0e-5a2d7c3b8e41';

const CANDIDATES = [
  process.env.FIREFOX_PATH,
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/bin/firefox-esr',
  '/usr/lib/firefox/firefox',
  '/usr/bin/firefox',
];

/** The Firefox binary to drive. */
export function firefoxPath(): string {
  const found = CANDIDATES.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('Firefox not found: install it (apt-get install -y firefox-esr) or set FIREFOX_PATH.');
  return found;
}

/** A Firefox with Parallax installed. */
export interface FirefoxWithExtension {
  browser: Browser;
  /** `moz-extension://<uuid>`: the origin of the side panel (sidebar) and options pages. */
  origin: string;
  /** Page errors and console errors seen so far, with the URL they came from. */
  errors: string[];
  newPage: () => Promise<Page>;
  close: () => Promise<void>;
}

/** Options of `launchFirefox`. */
export interface FirefoxOptions {
  extensionDir?: string;
  /** More preferences (a proxy that records what would leave the browser). */
  prefs?: Record<string, string | number | boolean>;
}

/** Starts headless Firefox with the extension installed. */
export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxWithExtension> {
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!existsSync(resolve(extensionDir, 'manifest.json')))
    throw new Error(`No built extension at ${extensionDir}: run npm run build:firefox first.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    args: ['--remote-allow-system-access'],
    // Release builds honour services.settings.server only with this set
    // (https://firefox-source-docs.mozilla.org/services/settings/#remote-settings-dev-tools).
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // No background connections of Firefox's own: only what pages and Parallax do goes on the wire.
      'network.connectivity-service.enabled': false,
      'network.captive-portal-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'extensions.blocklist.enabled': false,
      'services.settings.server': 'data:,#remote-settings-off',
      ...options.prefs,
    },
  });
  await browser.installExtension(resolve(extensionDir));
  const errors: string[] = [];
  return {
    browser,
    origin: `moz-extension://${EXTENSION_UUID}`,
    errors,
    newPage: async () => {
      const page = await browser.newPage();
      page.on('pageerror', (error) =>
        errors.push(`${page.url()}: ${error instanceof Error ? error.message : String(error)}`),
      );
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
      });
      return page;
    },
    close: () => browser.close(),
  };
}

/**
 * Opens an extension page. Navigation to `moz-extension://` never reports its
 * end to BiDi's navigate command, so it is started without waiting and the
 * document's readiness is polled instead.
 */
export async function openExtensionPage(page: Page, url: string, timeout = 20_000): Promise<void> {
  void page.goto(url, { timeout }).catch(() => undefined);
  const until = Date.now() + timeout;
  for (;;) {
    const ready = await page
      .evaluate(() => location.href.startsWith('moz-extension:') && document.readyState === 'complete')
      .catch(() => false);
    if (ready) return;
    if (Date.now() > until) throw new Error(`${url} did not load within ${timeout} ms`);
    await new Promise((done) => setTimeout(done, 100));
  }
}
