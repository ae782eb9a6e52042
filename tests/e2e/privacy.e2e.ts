import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { EXTENSION_PACK_FILE } from '@/lib/build/pack-file';

import { chromiumPath, EXTENSION_DIR, HEADLESS_ARGS, launchPlainChromium } from './browser';
import { popoverText, selectText, waitForReady } from './page-helpers';
import { startStaticServer, type StaticServer } from './server';
import { shadowClick, shadowClickButton, shadowCount, shadowFill } from './shadow';

const ARTICLE = 'express-russia-mutiny.html';
const SENTENCE = 'The Kremlin has sought to keep a tight lid on the number of casualties.';
/** The extension files web pages may load (see tests/package/permissions.ts): the content script's two own parts. */
const OWN_PARTS = ['/parallax-look.js', '/parallax-page.js'];
// A copy of the build can be named, so that a rebuild of the shared .output folder mid-run does not pull it away.
const EXTENSION = resolve(process.env.PARALLAX_EXTENSION_DIR ?? EXTENSION_DIR);

/** Who asked for a request, as Playwright sees it. */
type Initiator = 'service worker' | 'extension page' | 'web page';

/** One request as Playwright reported it. */
interface Seen {
  url: string;
  type: string;
  by: Initiator;
}

/** One request as Chromium's network stack logged it; `initiator` is the origin that asked. */
interface Logged {
  url: string;
  initiator: string;
}

type Chrome = { chrome: { tabs: { query: (q: object) => Promise<{ id?: number }[]> } } };

/** Who made `request`: its service worker, or the page its frame belongs to (a navigation counts for the page it loads). */
function initiatorOf(request: Request): Initiator {
  if (request.serviceWorker()) return 'service worker';
  let where = '';
  try {
    where = request.frame().page().url();
  } catch {
    // A navigation issued before its frame exists has no frame (see Request.frame in Playwright's docs).
  }
  if (!where || where === 'about:blank') where = request.url();
  return where.startsWith('chrome-extension://') ? 'extension page' : 'web page';
}

/**
 * Every request Chromium's network stack started, from launch to exit, read from its NetLog
 * (https://www.chromium.org/developers/design-documents/network-stack/netlog/). Unlike
 * Playwright's events it covers the background's first start, before any listener exists.
 */
async function readNetLog(path: string): Promise<Logged[]> {
  const log = JSON.parse(await readFile(path, 'utf8')) as {
    constants: { logEventTypes: Record<string, number> };
    events: { type: number; params?: { url?: string; initiator?: string } }[];
  };
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((e) => e.type === start && e.params?.url)
    .map((e) => ({ url: e.params?.url ?? '', initiator: e.params?.initiator ?? '' }));
}

/** The requests a browser without Parallax makes for `url`: what the page itself loads. */
async function baselineRequests(url: string): Promise<Set<string>> {
  const plain = await launchPlainChromium();
  try {
    const page = await plain.newPage();
    const urls = new Set<string>();
    page.on('request', (r) => urls.add(r.url()));
    await page.goto(url, { waitUntil: 'load' });
    return urls;
  } finally {
    await plain.close();
  }
}

describe('Parallax makes no network request', () => {
  let server: StaticServer;
  let context: BrowserContext | null = null;
  let profile = '';
  let ownOrigin = '';
  let probe = '';
  let baseline = new Set<string>();
  const seen: Seen[] = [];
  const extensionErrors: string[] = [];

  const worker = (): Worker => {
    const [sw] = context?.serviceWorkers() ?? [];
    if (!sw) throw new Error('No service worker.');
    return sw;
  };
  const tabIds = (): Promise<number[]> =>
    worker().evaluate(async () =>
      (await (globalThis as unknown as Chrome).chrome.tabs.query({})).flatMap((t) =>
        t.id === undefined ? [] : [t.id],
      ),
    );
  const by = (initiator: Initiator): Seen[] => seen.filter((s) => s.by === initiator && s.url !== probe);
  const open = async (): Promise<Page> => {
    if (!context) throw new Error('The browser is closed.');
    const page = await context.newPage();
    page.on(
      'console',
      (m) =>
        void (
          m.type() === 'error' &&
          m.location().url.startsWith(ownOrigin) &&
          extensionErrors.push(`${page.url()}: ${m.text()}`)
        ),
    );
    return page;
  };

  beforeAll(async () => {
    server = await startStaticServer({ site: 'tests/fixtures/site' });
    probe = `${server.origin}/site/site.css?probe=${Date.now()}`;
    baseline = await baselineRequests(server.url('site', ARTICLE));
    profile = await mkdtemp(join(tmpdir(), 'parallax-privacy-'));
    // The NetLog flag is why this file launches Chromium itself rather than through launchWithExtension.
    context = await chromium.launchPersistentContext(join(profile, 'user'), {
      executablePath: chromiumPath(),
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: [
        ...HEADLESS_ARGS,
        `--disable-extensions-except=${EXTENSION}`,
        `--load-extension=${EXTENSION}`,
        `--log-net-log=${join(profile, 'netlog.json')}`,
      ],
    });
    context.on('request', (r) => seen.push({ url: r.url(), type: r.resourceType(), by: initiatorOf(r) }));
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    // Node gives chrome-extension: URLs an opaque origin ("null"), so the origin is rebuilt from the host.
    ownOrigin = `chrome-extension://${new URL(sw.url()).host}`;
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('goes through a whole reading session: highlights, popovers, side panel, search, a flag, export, options and popup', async () => {
    const known = new Set(await tabIds());
    const article = await open();
    const tabId = (await tabIds()).find((id) => !known.has(id));
    await article.emulateMedia({ reducedMotion: 'reduce' });
    await article.goto(server.url('site', ARTICLE));
    await waitForReady(article);

    for (const kind of ['claim', 'entity']) {
      const mark = article.locator(`parallax-mark[data-parallax-kind="${kind}"]`).first();
      await mark.scrollIntoViewIfNeeded();
      await mark.hover();
      expect((await popoverText(article)).length, kind).toBeGreaterThan(0);
      await article.keyboard.press('Escape');
      await expect.poll(() => shadowCount(article, 'parallax-popover', '.popover')).toBe(0);
    }

    const panel = await open();
    await panel.goto(`${ownOrigin}/sidepanel.html?tabId=${tabId ?? -1}`);
    await panel.locator('.found-list').waitFor({ timeout: 20_000 });
    await panel.getByRole('tab', { name: 'Search' }).click();
    await panel.getByRole('searchbox', { name: 'Search the dataset' }).fill('dugina');
    await panel.locator('button.result[data-hit^="event:"]').first().click();
    await panel.locator('.detail table').first().waitFor({ timeout: 10_000 });

    await selectText(article, SENTENCE);
    await shadowClick(article, 'parallax-flag', '.flag-button');
    await shadowFill(article, 'parallax-flag', '.flag-form textarea', 'How many, by whose count?');
    await shadowClickButton(article, 'parallax-flag', 'Save');
    await expect
      .poll(() => article.locator('parallax-mark[data-parallax-kind="flag"]').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);

    await panel.locator('[role="tab"][data-tab="flags"]').click();
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export flags' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^parallax-flags-.*\.json$/);

    const options = await open();
    await options.goto(`${ownOrigin}/options.html`);
    await options.locator('.dataset-version').waitFor();
    const popup = await open();
    await popup.goto(`${ownOrigin}/popup.html?tabId=${tabId ?? -1}`);
    await popup.getByRole('switch', { name: 'On for 127.0.0.1' }).waitFor();

    // A request fired late (a timer, a retry) still has to be seen.
    await article.waitForTimeout(1_000);
    for (const page of [popup, options, panel, article]) await page.close();
    expect(extensionErrors).toEqual([]);
  });

  it('would see a request from the background, had there been one', async () => {
    // The probe proves the recording is not blind to the service worker; every check below leaves it out.
    await worker().evaluate(async (url) => void (await fetch(url)), probe);
    await expect.poll(() => seen.filter((s) => s.url === probe).map((s) => s.by)).toEqual(['service worker']);
  });

  it('sends nothing anywhere but the test server and its own files', () => {
    const counts = (['service worker', 'extension page', 'web page'] as const)
      .map((i) => `${i}: ${by(i).length}`)
      .join(', ');
    console.log(
      `Requests seen by Playwright: ${counts}\n${seen.map((s) => `  ${s.by.padEnd(14)} ${s.type.padEnd(10)} ${s.url}`).join('\n')}`,
    );
    const local = (url: string): boolean =>
      url.startsWith(`${server.origin}/`) ||
      url.startsWith('chrome-extension://') ||
      url.startsWith(`blob:${ownOrigin}/`);
    expect(seen.filter((s) => !local(s.url)).map((s) => `${s.by}: ${s.url}`)).toEqual([]);
    // The session was recorded: the article, its stylesheet and the extension pages' own files.
    expect(by('web page').length).toBeGreaterThanOrEqual(2);
    expect(by('extension page').length).toBeGreaterThanOrEqual(4);
  });

  it('makes no request from its background but, at install, one for its own dataset file', () => {
    // The install may come before the recording starts: the file's request is allowed, not required.
    const requests = by('service worker').map((s) => s.url);
    expect(requests.filter((url) => url !== `${ownOrigin}/${EXTENSION_PACK_FILE}`)).toEqual([]);
    expect(requests.length).toBeLessThanOrEqual(1);
  });

  it('loads only its own files in its pages', () => {
    const foreign = by('extension page').filter(
      (s) => !s.url.startsWith(`${ownOrigin}/`) && !s.url.startsWith(`blob:${ownOrigin}/`),
    );
    expect(foreign.map((s) => s.url)).toEqual([]);
  });

  it('adds no request to a web page beyond its own two parts, the wiring and the heavy part', () => {
    const added = by('web page').filter((s) => !baseline.has(s.url) && s.url !== `${server.origin}/favicon.ico`);
    // The parts come by a per-session address (use_dynamic_url), so only their paths are fixed.
    const ownPart = (url: string): boolean =>
      url.startsWith('chrome-extension://') && OWN_PARTS.includes(new URL(url).pathname);
    expect(added.filter((s) => !ownPart(s.url)).map((s) => s.url)).toEqual([]);
    // The reading session above opened an article with something to show: both parts came.
    expect(new Set(added.filter((s) => ownPart(s.url)).map((s) => new URL(s.url).pathname))).toEqual(
      new Set(OWN_PARTS),
    );
  });

  it('leaves nothing in Chromium’s network log from launch to exit: no request by the extension, none from a page but to the test server', async () => {
    await context?.close();
    context = null;
    const logged = await readNetLog(join(profile, 'netlog.json'));
    const fromExtension = logged.filter((r) => r.initiator === ownOrigin);
    const fromPages = logged.filter((r) => /^https?:\/\//.test(r.initiator));
    const lines = logged.map((r) => `  ${(r.initiator || '(none)').padEnd(36)} ${r.url.slice(0, 120)}`);
    console.log(
      [
        `Requests in the network log: ${logged.length} (${fromExtension.length} by the extension, ${fromPages.length} by web pages, the rest by the browser itself or typed navigations)`,
        ...lines,
      ].join('\n'),
    );
    // The probe is there, with the extension as its initiator: the log does attribute requests to it.
    expect(fromExtension.map((r) => r.url)).toEqual([probe]);
    expect(
      fromPages.filter((r) => !r.url.startsWith(`${server.origin}/`)).map((r) => `${r.initiator}: ${r.url}`),
    ).toEqual([]);
  });
});
