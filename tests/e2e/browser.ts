/** Launches Chromium with the built extension loaded, for tests, the demo and benchmarks. */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';

/**
 * Chromium as the suites and benches run it: no sandbox or GPU (containers and CI), and none of
 * its own background traffic (updates, sync, QUIC probes), so the network stays the test's.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** `CHROMIUM_ARGS` for a headless run. */
export const HEADLESS_ARGS = ['--headless=new', ...CHROMIUM_ARGS];

/** Where the Chrome build lands (`npm run build`). */
export const EXTENSION_DIR = resolve('.output/chrome-mv3');

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
];

/** The Chromium binary to drive. */
export function chromiumPath(): string {
  const found = CANDIDATES.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH.');
  return found;
}

/** A browser profile with Parallax installed. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Console errors and page errors seen so far, with the URL they came from. */
  errors: string[];
  /** The subset of `errors` raised by the extension's own scripts (saved real pages raise their own). */
  extensionErrors: string[];
  /** Opens a page and records its console errors. */
  newPage: () => Promise<Page>;
  close: () => Promise<void>;
}

/** Options for `launchWithExtension`. */
export interface LaunchOptions {
  /** Show a window (the demo on a machine with a display). */
  headed?: boolean;
  /** Reuse a profile folder (restart tests); a fresh one is made otherwise. */
  userDataDir?: string;
  extensionDir?: string;
}

/** Starts Chromium with the extension and waits for its service worker. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json')))
    throw new Error(`No built extension at ${dir}: run npm run build first.`);
  const ownProfile = !options.userDataDir;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'parallax-profile-')));
  const headed = options.headed ?? false;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: !headed,
    viewport: { width: 1280, height: 900 },
    // Dates show in the browser's locale: the suites read them as a British English reader would.
    locale: 'en-GB',
    args: [
      ...(headed ? [] : ['--headless=new']),
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      ...CHROMIUM_ARGS,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  const errors: string[] = [];
  const extensionErrors: string[] = [];
  const watch = (page: Page): Page => {
    page.on('console', (msg: ConsoleMessage) => {
      if (msg.type() !== 'error') return;
      const line = `${page.url()}: ${msg.text()}`;
      errors.push(line);
      if (msg.location().url.startsWith('chrome-extension://') || /parallax/i.test(msg.text()))
        extensionErrors.push(line);
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    return page;
  };
  context.on('page', watch);
  return {
    context,
    extensionId,
    errors,
    extensionErrors,
    newPage: async () => context.newPage(),
    close: async () => {
      await context.close();
      if (ownProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Headless Chromium without any extension: the baseline of the benches and the page-layer timings. */
export function launchPlainChromium(executablePath = chromiumPath()): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: HEADLESS_ARGS });
}

/** A Chromium profile without any extension, launched as `launchWithExtension` launches its own. */
export interface BareProfile {
  context: BrowserContext;
  close: () => Promise<void>;
}

/**
 * The baseline of the cost benches: the same kind of browser as the extension's (a persistent,
 * headless profile at the same size and locale), with no extension. A browser launched another way
 * gives the same page a different task time, which would be measured as Parallax's.
 */
export async function launchBareProfile(executablePath = chromiumPath()): Promise<BareProfile> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'parallax-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    args: HEADLESS_ARGS,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
