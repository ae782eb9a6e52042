import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

import { firstLook, lookModuleLoader } from '@/lib/content/first-look';
import type { LookModule, WiredPage } from '@/lib/content/wiring';

import { loadIntoDocument } from '../page/fixtures';
import { newContext, settle } from './helpers';

const NOT_AN_ARTICLE = `<!DOCTYPE html><html><head><title>Inbox</title></head>
<body><div id="app"><button>Compose</button><ul><li>Message 1</li><li>Message 2</li></ul></div></body></html>`;

let ctx: ContentScriptContext;

/** A wiring that records what it was given and answers every tab request with `answer`. */
function fakeWiring(answer: unknown = { ok: true, value: 'answered' }) {
  const start = vi.fn(async () => undefined);
  const startWhenParsed = vi.fn(async () => undefined);
  const dispatch = vi.fn(async () => answer);
  const wirePage = vi.fn(() => ({ controller: { start, startWhenParsed }, dispatch }) as unknown as WiredPage);
  const loadLook = vi.fn(async (): Promise<LookModule> => ({ wirePage }));
  /** How many scans the wiring was asked to start, at once or once the page is parsed. */
  const scans = (): number => start.mock.calls.length + startWhenParsed.mock.calls.length;
  return { loadLook, wirePage, start, scans, dispatch };
}

const guard = (): void => undefined;
const state = (): string | null => document.documentElement.getAttribute('data-parallax-state');

/** Sends a message to the content script as the extension's side panel would, and resolves with the reply. */
function tabRequest(message: unknown, senderId = fakeBrowser.runtime.id): Promise<unknown> {
  return new Promise((reply) => {
    void fakeBrowser.runtime.onMessage.trigger(message, { id: senderId }, reply);
    setTimeout(() => reply('no reply'), 200);
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  ctx = newContext();
});
afterEach(() => {
  ctx.abort();
  document.documentElement.removeAttribute('data-parallax-state');
});

describe('the first look', () => {
  it('leaves a page that is no article after one look: ready, with nothing loaded', async () => {
    loadIntoDocument(NOT_AN_ARTICLE);
    const wiring = fakeWiring();
    firstLook({ ctx, guard, loadLook: wiring.loadLook });
    await settle(20);
    expect(state()).toBe('ready');
    expect(wiring.loadLook).not.toHaveBeenCalled();
  });

  it('hands a page that looks like an article to the wiring, once, which starts its scan', async () => {
    loadIntoDocument('news-article.html');
    const wiring = fakeWiring();
    const look = firstLook({ ctx, guard, loadLook: wiring.loadLook });
    await settle(20);
    expect(wiring.loadLook).toHaveBeenCalledTimes(1);
    expect(wiring.wirePage).toHaveBeenCalledWith({ ctx, guard, looked: true });
    // The page is parsed by then: the scan starts at once.
    expect(wiring.start).toHaveBeenCalledTimes(1);
    expect(wiring.scans()).toBe(1);
    await expect(look.wired()).resolves.toBeDefined();
  });

  it('answers a tab request on a page that is no article through the wiring, loaded for it', async () => {
    loadIntoDocument(NOT_AN_ARTICLE);
    const wiring = fakeWiring();
    firstLook({ ctx, guard, loadLook: wiring.loadLook });
    await settle(20);
    const message = { parallaxTab: 1, type: 'page.summary', payload: {} };
    expect(await tabRequest(message)).toEqual({ ok: true, value: 'answered' });
    expect(wiring.dispatch).toHaveBeenCalledWith(message, { id: fakeBrowser.runtime.id });
    expect(wiring.scans()).toBe(1);
  });

  it('leaves other messages, and requests from other extensions, to others', async () => {
    loadIntoDocument(NOT_AN_ARTICLE);
    const wiring = fakeWiring();
    firstLook({ ctx, guard, loadLook: wiring.loadLook });
    await settle(20);
    expect(await tabRequest({ parallaxEvent: 1, type: 'page.changed', payload: {} })).toBe('no reply');
    expect(await tabRequest({ parallaxTab: 1, type: 'page.summary', payload: {} }, 'another-extension')).toBe(
      'no reply',
    );
    expect(wiring.loadLook).not.toHaveBeenCalled();
  });

  it('looks again after a single-page site navigates, and hands the page over once it is an article', async () => {
    loadIntoDocument(NOT_AN_ARTICLE);
    const wiring = fakeWiring();
    firstLook({ ctx, guard, loadLook: wiring.loadLook, navigationSettleMs: 10 });
    await settle(20);
    expect(wiring.loadLook).not.toHaveBeenCalled();
    const article = loadIntoDocument('news-article.html');
    history.pushState({}, '', `${location.pathname}?story=2`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle(60);
    expect(article.querySelector('article')).not.toBeNull();
    expect(wiring.loadLook).toHaveBeenCalledTimes(1);
    expect(wiring.scans()).toBe(1);
  });

  it('keeps the page as served when the wiring cannot load, says why in the console, and tries again at the next need', async () => {
    loadIntoDocument('news-article.html');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const wiring = fakeWiring();
    const loadLook = vi
      .fn<() => Promise<LookModule>>()
      .mockRejectedValueOnce(new Error('blocked'))
      .mockImplementation(wiring.loadLook);
    firstLook({ ctx, guard, loadLook });
    await settle(20);
    expect(state()).toBe('ready');
    expect(warn).toHaveBeenCalledWith('Parallax could not start on this page:', expect.any(Error));
    expect(await tabRequest({ parallaxTab: 1, type: 'page.summary', payload: {} })).toEqual({
      ok: true,
      value: 'answered',
    });
    expect(loadLook).toHaveBeenCalledTimes(2);
  });

  it('stops listening once the content script is invalidated', async () => {
    loadIntoDocument(NOT_AN_ARTICLE);
    const wiring = fakeWiring();
    firstLook({ ctx, guard, loadLook: wiring.loadLook });
    await settle(20);
    ctx.abort();
    expect(await tabRequest({ parallaxTab: 1, type: 'page.summary', payload: {} })).toBe('no reply');
    expect(wiring.loadLook).not.toHaveBeenCalled();
  });
});

describe('the wiring loader', () => {
  it('imports parallax-look.js by its extension URL', async () => {
    const importer = vi.fn(async () => undefined);
    await expect(lookModuleLoader(importer)()).rejects.toThrow(/did not register/);
    expect(importer).toHaveBeenCalledWith('chrome-extension://test-extension-id/parallax-look.js');
  });
});
