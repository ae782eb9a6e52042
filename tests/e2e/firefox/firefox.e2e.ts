/**
 * Parallax in real Firefox (Debian's ESR), the built add-on installed as a
 * temporary add-on: the same flows as in Chromium. Highlights with the text
 * intact, popovers from the pointer and the keyboard, a page script that walks
 * and changes its own DOM around highlights, the sidebar page for a tab, a flag
 * found again after a reload, a line that is only a link left unread, and not
 * one request leaving the browser.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { writeLinkPages } from '../generated-pages';
import { selectInArticle, servedAndLiveText } from '../in-page';
import { startStaticServer, type StaticServer } from '../server';
import { launchFirefox, openExtensionPage, type FirefoxWithExtension } from './browser';
import { proxyPrefs, startRecordingProxy, type RecordingProxy } from './proxy';
import { inShadow, shadowClick, shadowText, shadowType, waitForShadow } from './shadow';

const ARTICLE = 'huffpost-lpr-refusal.html';
const LPR_EVENT = 'lpr-unit-refusal-video';
const SENTENCE =
  'Towards the beginning of the invasion, there were also protests around Russia in solidarity with Ukraine but they were soon hushed up.';
const NOTE = 'Protests: how many, and for how long?';

/** Waits for Parallax's first scan of the page. */
async function waitForReady(page: Page): Promise<void> {
  await page.waitForSelector('html[data-parallax-state="ready"]', { timeout: 30_000 });
}

/** The page's visible text as served (parsed afresh) and as it is now. */
async function textBeforeAndAfter(page: Page): Promise<{ served: string; live: string }> {
  return page.evaluate(servedAndLiveText);
}

/** Selects `text` inside the article as a reader dragging over it would, scrolled into view. */
async function selectText(page: Page, text: string): Promise<void> {
  await page.evaluate(selectInArticle, text);
  await page.evaluate(() =>
    document.getSelection()?.getRangeAt(0).startContainer.parentElement?.scrollIntoView({ block: 'center' }),
  );
}

describe('Parallax in Firefox', () => {
  let server: StaticServer;
  let proxy: RecordingProxy;
  let firefox: FirefoxWithExtension;
  let article: Page;

  beforeAll(async () => {
    server = await startStaticServer({
      site: 'tests/fixtures/site',
      gen: await writeLinkPages('tests/fixtures/site'),
    });
    proxy = await startRecordingProxy();
    firefox = await launchFirefox({ prefs: proxyPrefs(proxy.port) });
    article = await firefox.newPage();
    await article.setViewport({ width: 1280, height: 900 });
    await article.goto(server.url('site', ARTICLE));
    await waitForReady(article);
  }, 90_000);

  afterAll(async () => {
    await firefox?.close();
    await proxy?.close();
    await server?.close();
  });

  it('highlights the seed’s claims and entities with the DOM contract and leaves its text as served', async () => {
    const marks = await article.$$eval('parallax-mark', (all) =>
      all.map((m) => ({
        kind: m.getAttribute('data-parallax-kind'),
        id: m.getAttribute('data-parallax-id'),
        event: m.getAttribute('data-parallax-event'),
      })),
    );
    expect(marks.filter((m) => m.kind === 'claim').map((m) => m.event)).toContain(LPR_EVENT);
    expect(marks.filter((m) => m.kind === 'entity').map((m) => m.id)).toContain('luhansk-peoples-republic');
    const { served, live } = await textBeforeAndAfter(article);
    expect(live).toBe(served);
  });

  it('lets the page’s own scripts walk, read and change the DOM around highlights', async () => {
    const report = await article.evaluate(() => {
      let read = 0;
      for (const element of document.querySelectorAll('*')) {
        read += element.tagName.length + element.attributes.length + (element.textContent?.length ?? 0);
        void element.getBoundingClientRect();
      }
      const mark = document.querySelector('parallax-mark') as HTMLElement;
      mark.classList.add('page-touched');
      mark.dataset.page = 'yes';
      const parent = mark.parentElement as HTMLElement;
      const wrapper = document.createElement('span');
      parent.insertBefore(wrapper, mark);
      wrapper.append(mark);
      return { read, tag: mark.tagName, touched: mark.className, inWrapper: mark.parentElement === wrapper };
    });
    expect(report.read).toBeGreaterThan(0);
    expect(report).toMatchObject({ tag: 'PARALLAX-MARK', touched: 'page-touched', inWrapper: true });
  });

  it('opens the popover when the reader hovers a claim', async () => {
    const claim = await article.$(`parallax-mark[data-parallax-kind="claim"][data-parallax-event="${LPR_EVENT}"]`);
    if (!claim) throw new Error('no claim highlight');
    await claim.scrollIntoView();
    await claim.hover();
    await waitForShadow(article, 'parallax-popover', '.popover .card');
    const text = (await shadowText(article, 'parallax-popover', '.popover .card')) ?? '';
    expect(text).toContain('Other outlets');
    expect(text).toContain('Why highlighted');
    // The page cannot open the popover's shadow root.
    expect(await article.evaluate(() => document.querySelector('parallax-popover')?.shadowRoot ?? null)).toBeNull();
    // Firefox opens its sidebar only from its own controls: the popover says how.
    await shadowClick(article, 'parallax-popover', '.action-open-panel');
    await expect
      .poll(() => shadowText(article, 'parallax-popover', '.notice'), { timeout: 5_000 })
      .toContain('Alt+Shift+P');
    await article.keyboard.press('Escape');
    await article.mouse.move(2, 2);
  });

  it('opens the popover from the keyboard, with focus in it', async () => {
    await article.keyboard.down('Alt');
    await article.keyboard.down('Shift');
    await article.keyboard.press('KeyJ');
    await article.keyboard.up('Shift');
    await article.keyboard.up('Alt');
    await waitForShadow(article, 'parallax-popover', '.popover .card');
    expect(
      await inShadow(
        article,
        'parallax-popover',
        (root) => root.activeElement?.classList.contains('popover') ?? false,
        null,
      ),
    ).toBe(true);
    await article.keyboard.press('Escape');
  });

  it('shows the sidebar page for the article’s tab', async () => {
    const panel = await firefox.newPage();
    await openExtensionPage(panel, `${firefox.origin}/sidepanel.html`);
    // Without the tabs permission only ids and positions are visible: the article is the first page opened.
    const tabId = await panel.evaluate(async () => {
      const tabs = await (
        globalThis as unknown as {
          browser: { tabs: { query: (q: object) => Promise<{ id: number; index: number }[]> } };
        }
      ).browser.tabs.query({ currentWindow: true });
      return [...tabs].sort((a, b) => a.index - b.index)[1]?.id ?? -1;
    });
    await openExtensionPage(panel, `${firefox.origin}/sidepanel.html?tabId=${tabId}`);
    await panel.waitForSelector(`.found-list [data-event-id="${LPR_EVENT}"]`, { timeout: 20_000 });
    await panel.close();
  });

  it('flags a claim, and finds the flag again after a reload', async () => {
    await selectText(article, SENTENCE);
    await shadowClick(article, 'parallax-flag', '.flag-button');
    await waitForShadow(article, 'parallax-flag', '.flag-form textarea');
    await shadowType(article, 'parallax-flag', '.flag-form textarea', NOTE);
    await shadowClick(article, 'parallax-flag', '.flag-form .flag-save');
    await article.waitForSelector('parallax-mark[data-parallax-kind="flag"]', { timeout: 10_000 });
    await article.reload();
    await waitForReady(article);
    await article.waitForSelector('parallax-mark[data-parallax-kind="flag"]', { timeout: 10_000 });
    const flagged = await article.$$eval('parallax-mark[data-parallax-kind="flag"]', (all) =>
      all.map((m) => m.textContent ?? '').join(''),
    );
    expect(flagged).toBe(SENTENCE);
    const flag = await article.$('parallax-mark[data-parallax-kind="flag"]');
    await flag?.scrollIntoView();
    await flag?.hover();
    await waitForShadow(article, 'parallax-popover', '.popover .card');
    expect(await shadowText(article, 'parallax-popover', '.popover .card')).toContain(NOTE);
  });

  it('reads no line that is only a link to another story, and reads the same words as a sentence', async () => {
    const claimEvents = async (name: string): Promise<(string | null)[]> => {
      const page = await firefox.newPage();
      await page.goto(server.url('gen', name));
      await waitForReady(page);
      const events = await page.$$eval('parallax-mark[data-parallax-kind="claim"]', (all) =>
        all.map((m) => m.getAttribute('data-parallax-event')),
      );
      await page.close();
      return events;
    };
    expect(await claimEvents('local-news-told.html')).toContain('darya-dugina-killing');
    expect(await claimEvents('local-news-links.html')).toEqual([]);
  });

  it('sends no request out of the browser, and raises no error', () => {
    expect(firefox.errors).toEqual([]);
    expect(proxy.seen).toEqual([]);
  });
});
