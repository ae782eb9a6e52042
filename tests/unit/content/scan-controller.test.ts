import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

import type { QuickLook } from '@/lib/content/quick-look';
import { ScanController } from '@/lib/content/scan-controller';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { bareHostname } from '@/lib/settings/site';

import { snapshot } from '../page/dom-snapshot';
import { fixtureHtml, loadIntoDocument } from '../page/fixtures';
import {
  entityHit,
  fakeBackground,
  newContext,
  PAGE_MODULE,
  probeFromScan,
  scanReply,
  settle,
  type FakeHandlers,
} from './helpers';

const SETTLE_MS = 20;
let ctx: ContentScriptContext;
let controller: ScanController;

function setUp(handlers: FakeHandlers = {}, first: QuickLook | null = null, lateUntil?: number) {
  const all: FakeHandlers = {
    'page.scan': ({ page }) => scanReply([entityHit(page.text, 'Moscow', 'moscow')]),
    'flags.anchored': () => null,
    ...handlers,
  };
  // The quick look is answered as the real background does: from a scan of the text it carries.
  const background = fakeBackground({ 'page.probe': (request) => probeFromScan(all['page.scan'], request), ...all });
  const announce = vi.fn();
  const loadModule = vi.fn(async () => PAGE_MODULE);
  controller = new ScanController({
    ctx,
    send: background.send,
    announce,
    guard: () => undefined,
    navigationSettleMs: SETTLE_MS,
    loadModule,
    first,
    ...(lateUntil === undefined ? {} : { lateUntil }),
  });
  return {
    background,
    announce,
    loadModule,
    scans: () => background.of('page.scan').length,
    probes: () => background.of('page.probe').length,
  };
}

/** The settings with Parallax turned off for this page's site. */
const offHere = (): Settings => ({ ...DEFAULT_SETTINGS, disabledSites: [bareHostname(location.hostname)] });
const pageState = (): string | null => document.documentElement.getAttribute('data-parallax-state');
const marks = (): string[] => [...document.querySelectorAll('parallax-mark')].map((m) => m.textContent ?? '');

/** Selects the article's sentence "Ukraine denied any involvement." as a reader would. */
function selectDenial(): void {
  const words = document.getElementById('p3')?.firstChild as Text;
  document.getSelection()?.setBaseAndExtent(words, 0, words, 'Ukraine denied any involvement.'.length);
}

/** Checks that the heavy part was loaded for the selection once, and that the flag form then opens. */
async function expectFlagForm(loadModule: { mock: { calls: unknown[] } }): Promise<void> {
  await settle(SETTLE_MS);
  expect(loadModule.mock.calls).toHaveLength(1);
  expect(await controller.beginFlag()).toBe(true);
  await settle(SETTLE_MS);
  expect(document.querySelector('parallax-flag')).not.toBeNull();
}

beforeEach(() => {
  loadIntoDocument('news-article.html');
  ctx = newContext();
});
afterEach(() => {
  ctx.abort();
  document.getSelection()?.removeAllRanges();
});

describe('ScanController', () => {
  it('scans the page, draws what was recognised, marks the page ready and tells the panel', async () => {
    const { announce, scans } = setUp();
    await controller.start();
    expect(scans()).toBe(1);
    expect(marks()).toEqual(['Moscow']);
    expect(pageState()).toBe('ready');
    expect(announce).toHaveBeenCalled();
    expect(controller.summary()).toMatchObject({
      state: 'ready',
      outletName: 'The Daily Example',
      items: [{ id: 'moscow' }],
    });
    expect(controller.reveal('entity', 'moscow')).toBe(true);
    expect(controller.reveal('entity', 'kyiv')).toBe(false);
  });

  it('neither looks nor draws where the settings it knows turn Parallax off for the site', async () => {
    const { announce, scans, probes } = setUp();
    controller.settings = offHere();
    // The side panel shows this page: it is told when the page turned off.
    controller.summary();
    await controller.start();
    expect(probes()).toBe(0);
    expect(scans()).toBe(0);
    expect(pageState()).toBe('off');
    expect(announce).toHaveBeenCalledTimes(1);
    expect(controller.summary()).toMatchObject({ state: 'off', items: [] });
  });

  it('turns off, drawing nothing, when the background answers the scan that the site is off', async () => {
    setUp({
      'page.scan': ({ page }) =>
        scanReply([entityHit(page.text, 'Moscow', 'moscow')], { enabled: false, settings: offHere() }),
    });
    await controller.start();
    expect(marks()).toEqual([]);
    expect(pageState()).toBe('off');
    expect(controller.session).toBeNull();
    expect(controller.settings).toEqual(offHere());
  });

  it('leaves a page it cannot scan as it was, and says it is ready', async () => {
    setUp({ 'page.scan': undefined });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await controller.start();
    expect(marks()).toEqual([]);
    expect(pageState()).toBe('ready');
    expect(warn).toHaveBeenCalledWith('Parallax could not scan this page:', expect.any(Error));
  });

  it('stops, leaving the page as served, and scans again when asked', async () => {
    const { scans } = setUp();
    const before = snapshot(document.body);
    await controller.start();
    controller.stop();
    expect(snapshot(document.body)).toBe(before);
    expect(controller.session).toBeNull();
    controller.rescan();
    await settle(SETTLE_MS);
    expect(scans()).toBe(2);
    expect(marks()).toEqual(['Moscow']);
  });

  it('follows changed settings: off takes the highlights away at once, on draws them again', async () => {
    const { scans } = setUp();
    await controller.start();
    controller.applySettings(offHere());
    await settle();
    expect(marks()).toEqual([]);
    expect(pageState()).toBe('off');
    expect(scans()).toBe(1);
    controller.applySettings(DEFAULT_SETTINGS);
    await settle(SETTLE_MS);
    expect(marks()).toEqual(['Moscow']);
    expect(pageState()).toBe('ready');
  });

  it('clears the page at once on a same-document navigation, and scans once after the new page settled', async () => {
    const { scans } = setUp();
    await controller.start();
    controller.navigated();
    expect(marks()).toEqual([]);
    // A second URL change within the settling time restarts the wait: one scan for both.
    controller.navigated();
    await settle(SETTLE_MS * 3);
    expect(scans()).toBe(2);
    expect(marks()).toEqual(['Moscow']);
  });

  it('undoes itself when destroyed, or when the content script is invalidated, and never scans again', async () => {
    const { scans } = setUp();
    await controller.start();
    controller.navigated();
    controller.destroy();
    await settle(SETTLE_MS * 3);
    await controller.start();
    expect(scans()).toBe(1);
    expect(marks()).toEqual([]);
    expect(pageState()).toBeNull();

    loadIntoDocument('news-article.html');
    setUp();
    await controller.start();
    expect(marks()).toEqual(['Moscow']);
    ctx.abort();
    expect(marks()).toEqual([]);
    expect(pageState()).toBeNull();
  });

  it('starts once the document is parsed', async () => {
    const { scans } = setUp();
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    const started = controller.startWhenParsed();
    await settle(SETTLE_MS);
    expect(scans()).toBe(0);
    Reflect.deleteProperty(document, 'readyState');
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await started;
    expect(scans()).toBe(1);
  });

  it('opens a highlight’s popover and the flag form once the page is scanned', async () => {
    setUp({
      'entity.view': () => ({
        entity: { id: 'moscow', kind: 'place', name: 'Moscow', aliases: [], description: '' },
        events: [],
        outletCount: 1,
      }),
      'flags.suggest': () => [],
    });
    expect(await controller.beginFlag()).toBe(false);
    await controller.start();
    const mark = document.querySelector<HTMLElement>('parallax-mark');
    if (!mark) throw new Error('nothing drawn');
    controller.openPopover(mark, false);
    await settle(SETTLE_MS);
    expect(document.querySelector('parallax-popover')).not.toBeNull();
    const words = document.getElementById('p3')?.firstChild as Text;
    document.getSelection()?.setBaseAndExtent(words, 0, words, 'Ukraine denied any involvement.'.length);
    expect(await controller.beginFlag()).toBe(true);
    controller.stop();
    await settle();
    expect(document.querySelector('parallax-popover')).toBeNull();
    expect(document.querySelector('parallax-flag')).toBeNull();
  });

  it('stays light on a page that is not an article: no quick look, no heavy part, nothing on the page', async () => {
    loadIntoDocument(
      '<!DOCTYPE html><html><head><title>Inbox</title></head><body><nav>Mail</nav><div id="app"><button>Compose</button><ul><li>One</li><li>Two</li></ul></div></body></html>',
    );
    const { probes, scans, loadModule, announce } = setUp();
    const before = snapshot(document.body);
    await controller.start();
    expect(probes()).toBe(0);
    expect(scans()).toBe(0);
    expect(loadModule).not.toHaveBeenCalled();
    expect(pageState()).toBe('ready');
    expect(controller.summary()).toMatchObject({ state: 'not-article', items: [] });
    // Nobody asked about this page before the look ended: nothing was sent to tell of it.
    expect(announce).not.toHaveBeenCalled();
    expect(snapshot(document.body)).toBe(before);
  });

  it('starts its first scan from what the first look found, and asks the background itself after that', async () => {
    const worth: QuickLook = { article: true, reply: { worth: true, enabled: true, settings: DEFAULT_SETTINGS } };
    const { probes, scans } = setUp({}, worth);
    await controller.start();
    expect(probes()).toBe(0);
    expect(scans()).toBe(1);
    expect(marks()).toEqual(['Moscow']);
    await controller.start();
    expect(probes()).toBe(1);
    expect(scans()).toBe(2);
  });

  it('leaves an article the first look found nothing on unread, without asking again or measuring twice', async () => {
    performance.clearMeasures();
    const nothing: QuickLook = { article: true, reply: { worth: false, enabled: true, settings: DEFAULT_SETTINGS } };
    const { probes, scans, loadModule } = setUp({}, nothing);
    await controller.start();
    expect(probes()).toBe(0);
    expect(scans()).toBe(0);
    expect(loadModule).not.toHaveBeenCalled();
    expect(controller.summary()).toMatchObject({ state: 'ready', items: [] });
    expect(performance.getEntriesByName('parallax:first-scan')).toHaveLength(0);
  });

  it('follows the first look that found Parallax off here', async () => {
    const off: QuickLook = { article: true, reply: { worth: false, enabled: false, settings: offHere() } };
    const { probes } = setUp({}, off);
    await controller.start();
    expect(probes()).toBe(0);
    expect(pageState()).toBe('off');
    expect(controller.summary()).toMatchObject({ state: 'off' });
  });

  it('loads the flag form at once on an unread article where the reader already selected words', async () => {
    const nothing: QuickLook = { article: true, reply: { worth: false, enabled: true, settings: DEFAULT_SETTINGS } };
    const { loadModule } = setUp({ 'flags.suggest': () => [] }, nothing);
    selectDenial();
    // No selection change comes after the look: the words were selected before it ended.
    await controller.start();
    await expectFlagForm(loadModule);
  });

  it('looks again at a page that was no article when its script renders a story, while the page is young', async () => {
    loadIntoDocument(
      '<!DOCTYPE html><html><head><title>Loading</title></head><body><main id="root"></main></body></html>',
    );
    const { probes, scans } = setUp();
    await controller.start();
    expect(controller.summary()).toMatchObject({ state: 'not-article' });
    // The site's script renders the story into the page it already has.
    const story = new DOMParser().parseFromString(fixtureHtml('news-article.html'), 'text/html');
    document.body.append(...[...story.body.childNodes].map((node) => document.importNode(node, true)));
    await settle(1_000);
    expect(probes()).toBe(1);
    expect(scans()).toBe(1);
    expect(marks()).toEqual(['Moscow']);
  });

  it('leaves a page that is no article alone once it is no longer young', async () => {
    loadIntoDocument(
      '<!DOCTYPE html><html><head><title>Loading</title></head><body><main id="root"></main></body></html>',
    );
    const { probes } = setUp({}, null, performance.now() + 30);
    await controller.start();
    await settle(60);
    const story = document.createElement('article');
    for (let i = 0; i < 6; i++) {
      const paragraph = document.createElement('p');
      paragraph.textContent = 'Officials in Moscow said the talks would go on, and reporters waited outside. '.repeat(
        2,
      );
      story.append(paragraph);
    }
    document.body.append(story);
    await settle(1_000);
    expect(probes()).toBe(0);
  });

  it('tells the side panel when a look it asked about ends, and only then', async () => {
    const { announce } = setUp({ 'page.scan': () => scanReply([]) });
    const look = controller.start();
    expect(controller.summary()).toMatchObject({ state: 'scanning' });
    await look;
    expect(announce).toHaveBeenCalledTimes(1);
    expect(controller.summary()).toMatchObject({ state: 'ready', items: [] });
  });

  it('takes a quick look at an article with nothing to show, and loads nothing more', async () => {
    const { probes, scans, loadModule } = setUp({ 'page.scan': () => scanReply([]) });
    const before = snapshot(document.body);
    await controller.start();
    expect(probes()).toBe(1);
    expect(scans()).toBe(0);
    expect(loadModule).not.toHaveBeenCalled();
    expect(pageState()).toBe('ready');
    expect(controller.summary()).toMatchObject({ state: 'ready', items: [] });
    expect(snapshot(document.body)).toBe(before);
  });

  it('sends the quick look the headline, the paragraphs, the language and the publication day', async () => {
    const { background } = setUp();
    await controller.start();
    const [probe] = background.of('page.probe') as {
      page: { text: string; headline?: { start: number; end: number }; lang?: string; published?: string };
      urls: string[];
    }[];
    if (!probe) throw new Error('no quick look sent');
    const headline = probe.page.headline
      ? probe.page.text.slice(probe.page.headline.start, probe.page.headline.end)
      : '';
    expect(headline).toBe(document.querySelector('h1')?.textContent?.trim());
    expect(probe.page.text).toContain('Ukraine denied any involvement.');
    expect(probe.page.published).toBe('2022-08-21');
    expect(probe.urls).toContain(location.href);
  });

  it('loads the flag form on an article with nothing to show once the reader selects words, and flags them', async () => {
    const { loadModule } = setUp({ 'page.scan': () => scanReply([]), 'flags.suggest': () => [] });
    await controller.start();
    expect(loadModule).not.toHaveBeenCalled();
    selectDenial();
    document.dispatchEvent(new Event('selectionchange'));
    await expectFlagForm(loadModule);
  });

  it('looks again when a page with nothing to show gets much more text, and draws what it then holds', async () => {
    let live = false;
    const { probes, loadModule } = setUp({
      'page.scan': ({ page }) =>
        scanReply(live && page.text.includes('Moscow') ? [entityHit(page.text, 'Moscow', 'moscow')] : []),
    });
    await controller.start();
    expect(probes()).toBe(1);
    live = true;
    const update = document.createElement('p');
    update.textContent = 'Update: '.concat('More reporting from the scene. '.repeat(20));
    document.querySelector('article')?.append(update);
    await settle(1_200);
    expect(probes()).toBe(2);
    expect(loadModule).toHaveBeenCalled();
    expect(marks()).toContain('Moscow');
  });
});
