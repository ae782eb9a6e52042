/** Shared steps for end-to-end tests that read Parallax's DOM contract. */
import type { Page } from 'playwright-core';

import type { ReplyOf, RequestOf, RequestType } from '@/lib/messaging/protocol';
import type { AppError } from '@/lib/messaging/result';

import type { ExtensionBrowser } from './browser';
import { selectInArticle, servedAndLiveText } from './in-page';
import { shadowText, waitForShadow } from './shadow';

/** One highlight as the DOM contract exposes it. */
export interface MarkInfo {
  kind: string;
  id: string;
  event: string | null;
  text: string;
  insideArticle: boolean;
}

/** Waits until Parallax has finished its first scan of the page. */
export async function waitForReady(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForSelector('html[data-parallax-state="ready"]', { timeout, state: 'attached' });
}

/** Opens `url` in a new tab and waits for Parallax's first scan of it. */
export async function openArticle(browser: ExtensionBrowser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  await waitForReady(page);
  return page;
}

/** Every highlight on the page, in document order. */
export async function readMarks(page: Page, articleSelector = 'article'): Promise<MarkInfo[]> {
  return page.$$eval(
    'parallax-mark',
    (marks, selector) =>
      marks.map((m) => ({
        kind: m.getAttribute('data-parallax-kind') ?? '',
        id: m.getAttribute('data-parallax-id') ?? '',
        event: m.getAttribute('data-parallax-event'),
        text: m.textContent ?? '',
        insideArticle: m.closest(selector) !== null || m.closest('h1') !== null,
      })),
    articleSelector,
  );
}

/**
 * The body text of the page as served, parsed afresh, next to the live body
 * text. Script, style, noscript and template contents are left out: a parser
 * without scripting reads `<noscript>` as markup where the live page keeps it
 * as text, and none of them is page text a reader sees.
 */
export async function textBeforeAndAfter(page: Page): Promise<{ served: string; live: string }> {
  return page.evaluate(servedAndLiveText);
}

/** Text of the open popover's card, read through its closed shadow root. */
export async function popoverText(page: Page): Promise<string> {
  await waitForShadow(page, 'parallax-popover', '.popover .card');
  return (await shadowText(page, 'parallax-popover', '.popover .card')) ?? '';
}

/** Selects `text` inside the article, as a reader dragging over it would, across highlight elements. */
export async function selectText(page: Page, text: string): Promise<void> {
  await page.evaluate(selectInArticle, text);
}

/** A background reply to request `K` as an extension page receives it (`value` when ok, `error` when not), with how long it took. */
export interface BackgroundReply<K extends RequestType> {
  ok: boolean;
  value?: ReplyOf<K>;
  error?: AppError;
  ms: number;
}

/** Sends a request to the background from `page`, an open page of the extension, timing it inside the page. */
async function timedAsk<K extends RequestType>(
  page: Page,
  type: K,
  payload: RequestOf<K>,
): Promise<BackgroundReply<K>> {
  return page.evaluate(
    async ([t, p]) => {
      const chrome = (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage: (m: unknown) => Promise<Omit<BackgroundReply<K>, 'ms'>> } };
        }
      ).chrome;
      const started = performance.now();
      const answer = await chrome.runtime.sendMessage({ parallax: 1, type: t, payload: p });
      return { ...answer, ms: performance.now() - started };
    },
    [type, payload] as const,
  );
}

/** Sends a request to the background from `page`, an open page of the extension (side panel, options), and resolves with the reply as sent. */
export async function askFromPage<K extends RequestType>(
  page: Page,
  type: K,
  payload: RequestOf<K>,
): Promise<Omit<BackgroundReply<K>, 'ms'>> {
  const { ms: _ms, ...reply } = await timedAsk(page, type, payload);
  return reply;
}

/** Sends a request to the background from one of the extension's own pages, as the options page and side panel do; typed by the request protocol. */
export async function askBackground<K extends RequestType>(
  browser: ExtensionBrowser,
  type: K,
  payload: RequestOf<K>,
  timeout = 60_000,
): Promise<BackgroundReply<K>> {
  const page = await browser.newPage();
  page.setDefaultTimeout(timeout);
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const reply = await timedAsk(page, type, payload);
  await page.close();
  return reply;
}
