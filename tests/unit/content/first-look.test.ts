import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

import { firstLook, lookModuleLoader } from '@/lib/content/first-look';
import type { LookModule, WiredPage } from '@/lib/content/wiring';
import type { ProbeReply } from '@/lib/scan/types';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

import { snapshot } from '../page/dom-snapshot';
import { loadIntoDocument } from '../page/fixtures';
import { fakeBackground, newContext, settle } from './helpers';

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
  const loadPage = vi.fn(async () => undefined);
  /** How many scans the wiring was asked to start, at once or once the page is parsed. */
  const scans = (): number => start.mock.calls.length + startWhenParsed.mock.calls.length;
  return { loadLook, loadPage, wirePage, start, scans, dispatch };
}

const settings = DEFAULT_SETTINGS;
/** A background that answers the quick look with `reply`. */
const answering = (reply: ProbeReply) => fakeBackground({ 'page.probe': () => reply });
const WORTH: ProbeReply = { worth: true, enabled: true, settings };
const NOTHING: ProbeReply = { worth: false, enabled: true, settings };

/** Starts the first look with `wiring` and the background `background`. */
function look(wiring: ReturnType<typeof fakeWiring>, background = answering(NOTHING), navigationSettleMs?: number) {
  const deps = { ctx, guard, send: background.send, loadLook: wiring.loadLook, loadPage: wiring.loadPage };
  return firstLook(navigationSettleMs === undefined ? deps : { ...deps, navigationSettleMs });
}

const guard = (): void => undefined;

/** What a site's own script does after the page was parsed: it renders the story. */
function renderStory(): void {
  const article = document.createElement('article');
  const headline = document.createElement('h1');
  headline.textContent = 'Soldiers refuse to fight';
  article.append(headline);
  for (let i = 0; i < 6; i++) {
    const paragraph = document.createElement('p');
    paragraph.textContent = `Paragraph ${i} of the story, long enough to read as prose that a reader came for. `.repeat(
      2,
    );
    article.append(paragraph);
  }
  document.body.append(article);
}
/** What a live page does: it appends an update of several hundred characters to its article. */
function addLiveUpdate(): void {
  const update = document.createElement('p');
  update.textContent = 'Update: '.concat('More reporting from the scene. '.repeat(20));
  document.querySelector('article')?.append(update);
}
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
  document.getSelection()?.removeAllRanges();
});

/** Takes the first look at a page that is no article, with a background that would find it worth reading. */
async function lookAtNoArticle() {
  loadIntoDocument(NOT_AN_ARTICLE);
  const wiring = fakeWiring();
  const background = answering(WORTH);
  look(wiring, background);
  await settle(20);
  expect(state()).toBe('ready');
  expect(background.sent).toEqual([]);
  return { wiring, background };
}

describe('the first look', () => {
  it('leaves a page that is no article after one look: ready, with nothing sent and nothing loaded', async () => {
    const { wiring } = await lookAtNoArticle();
    expect(wiring.loadLook).not.toHaveBeenCalled();
    expect(wiring.loadPage).not.toHaveBeenCalled();
  });

  it('asks the background about an article, and hands a page worth reading to the wiring with the answer', async () => {
    loadIntoDocument('news-article.html');
    const wiring = fakeWiring();
    const background = answering(WORTH);
    const first = look(wiring, background);
    await settle(20);
    expect(background.of('page.probe')).toHaveLength(1);
    expect(wiring.loadLook).toHaveBeenCalledTimes(1);
    // The heavy part loads beside the wiring rather than after it.
    expect(wiring.loadPage).toHaveBeenCalledTimes(1);
    expect(wiring.wirePage).toHaveBeenCalledWith({
      ctx,
      guard,
      first: { article: true, reply: WORTH },
      lateUntil: expect.any(Number),
    });
    // The page is parsed by then: the scan starts at once.
    expect(wiring.start).toHaveBeenCalledTimes(1);
    expect(wiring.scans()).toBe(1);
    await expect(first.wired()).resolves.toBeDefined();
  });

  it('leaves an article with nothing to show unread, and loads the wiring once the reader selects words', async () => {
    loadIntoDocument('news-article.html');
    const wiring = fakeWiring();
    const background = answering(NOTHING);
    look(wiring, background);
    await settle(20);
    expect(state()).toBe('ready');
    expect(background.of('page.probe')).toHaveLength(1);
    expect(wiring.loadLook).not.toHaveBeenCalled();
    expect(wiring.loadPage).not.toHaveBeenCalled();
    const words = document.getElementById('p3')?.firstChild as Text;
    document.getSelection()?.setBaseAndExtent(words, 0, words, 5);
    document.dispatchEvent(new Event('selectionchange'));
    await settle(20);
    expect(wiring.wirePage).toHaveBeenCalledWith({
      ctx,
      guard,
      first: { article: true, reply: NOTHING },
      lateUntil: expect.any(Number),
    });
    expect(background.of('page.probe')).toHaveLength(1);
  });

  it('marks an article where Parallax is off as off, and loads nothing', async () => {
    loadIntoDocument('news-article.html');
    const wiring = fakeWiring();
    look(wiring, answering({ worth: false, enabled: false, settings }));
    await settle(20);
    expect(state()).toBe('off');
    expect(wiring.loadLook).not.toHaveBeenCalled();
  });

  it('looks again when an article with nothing to show gets much more text', async () => {
    loadIntoDocument('news-article.html');
    const wiring = fakeWiring();
    const background = answering(NOTHING);
    look(wiring, background);
    await settle(20);
    addLiveUpdate();
    await settle(1_000);
    expect(background.of('page.probe')).toHaveLength(2);
  });

  it('looks again when a live page grows while the background is still answering the first look', async () => {
    loadIntoDocument('news-article.html');
    const wiring = fakeWiring();
    // A background that takes a while (a fresh install compiling its index): the update arrives meanwhile.
    const background = fakeBackground({
      'page.probe': () => new Promise<ProbeReply>((answer) => setTimeout(() => answer(NOTHING), 100)),
    });
    look(wiring, background);
    await settle(20);
    addLiveUpdate();
    await settle(1_200);
    expect(background.of('page.probe')).toHaveLength(2);
  });

  it('looks again at a page that becomes an article after it was parsed, as a page its script renders does', async () => {
    const { wiring, background } = await lookAtNoArticle();
    renderStory();
    await settle(1_000);
    expect(background.of('page.probe')).toHaveLength(1);
    expect(wiring.wirePage).toHaveBeenCalledWith({
      ctx,
      guard,
      first: { article: true, reply: WORTH },
      lateUntil: expect.any(Number),
    });
  });

  it('stops watching a page that is no article once it is no longer young', async () => {
    loadIntoDocument(NOT_AN_ARTICLE);
    const wiring = fakeWiring();
    const background = answering(WORTH);
    firstLook({ ctx, guard, send: background.send, loadLook: wiring.loadLook, lateArticleMs: 50 });
    await settle(100);
    renderStory();
    await settle(1_000);
    expect(background.sent).toEqual([]);
    expect(wiring.loadLook).not.toHaveBeenCalled();
  });

  it('keeps the page as served when the background cannot be asked, and says why in the console', async () => {
    loadIntoDocument('news-article.html');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const wiring = fakeWiring();
    const before = snapshot(document.body);
    look(wiring, fakeBackground({}));
    await settle(20);
    expect(state()).toBe('ready');
    expect(warn).toHaveBeenCalledWith('Parallax could not scan this page:', expect.any(Error));
    expect(wiring.loadLook).not.toHaveBeenCalled();
    expect(snapshot(document.body)).toBe(before);
  });

  it('answers a tab request on a page that is no article through the wiring, loaded for it', async () => {
    loadIntoDocument(NOT_AN_ARTICLE);
    const wiring = fakeWiring();
    look(wiring);
    await settle(20);
    const message = { parallaxTab: 1, type: 'page.summary', payload: {} };
    expect(await tabRequest(message)).toEqual({ ok: true, value: 'answered' });
    expect(wiring.dispatch).toHaveBeenCalledWith(message, { id: fakeBrowser.runtime.id });
    expect(wiring.wirePage).toHaveBeenCalledWith({
      ctx,
      guard,
      first: { article: false },
      lateUntil: expect.any(Number),
    });
    expect(wiring.scans()).toBe(1);
  });

  it('leaves other messages, and requests from other extensions, to others', async () => {
    loadIntoDocument(NOT_AN_ARTICLE);
    const wiring = fakeWiring();
    look(wiring);
    await settle(20);
    expect(await tabRequest({ parallaxEvent: 1, type: 'page.changed', payload: {} })).toBe('no reply');
    expect(await tabRequest({ parallaxTab: 1, type: 'page.summary', payload: {} }, 'another-extension')).toBe(
      'no reply',
    );
    expect(wiring.loadLook).not.toHaveBeenCalled();
  });

  it('looks again after a single-page site navigates, and hands the page over once it is worth reading', async () => {
    loadIntoDocument(NOT_AN_ARTICLE);
    const wiring = fakeWiring();
    const background = answering(WORTH);
    look(wiring, background, 10);
    await settle(20);
    expect(wiring.loadLook).not.toHaveBeenCalled();
    const article = loadIntoDocument('news-article.html');
    history.pushState({}, '', `${location.pathname}?story=2`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle(60);
    expect(article.querySelector('article')).not.toBeNull();
    expect(background.of('page.probe')).toHaveLength(1);
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
    firstLook({ ctx, guard, send: answering(WORTH).send, loadLook, loadPage: wiring.loadPage });
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
    look(wiring);
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
