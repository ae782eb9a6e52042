import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { findArticleRegion } from '@/lib/page/article';
import { Highlighter } from '@/lib/page/highlighter';
import { watchNavigation } from '@/lib/page/navigation';
import { watchAddedText } from '@/lib/page/observer';
import { readPageText } from '@/lib/page/text-map';
import type { ArticleRegion } from '@/lib/page/types';

import { loadIntoDocument } from './fixtures';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function liveEntry(document: Document, id: string, text: string): Element {
  const entry = document.createElement('div');
  entry.className = 'live-entry';
  entry.id = id;
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  const share = document.createElement('div');
  share.className = 'share-bar';
  share.textContent = 'Share this post';
  entry.append(paragraph, share);
  return entry;
}

describe('watchAddedText on a live blog', () => {
  let controller = new AbortController();
  beforeEach(() => {
    controller = new AbortController();
  });
  afterEach(() => controller.abort());

  it('reports entries the page appends later, once, after the burst settles, and they read as article text', async () => {
    const document = loadIntoDocument('live-blog.html');
    const region = findArticleRegion(document) as ArticleRegion;
    const reports: Node[][] = [];
    watchAddedText({
      root: region.root,
      signal: controller.signal,
      debounceMs: 20,
      onAdded: (roots) => reports.push(roots),
    });
    const live = document.getElementById('live') as Element;
    live.prepend(liveEntry(document, 'entry-4', 'A new update says the bridge was reopened to traffic on Sunday.'));
    live.prepend(liveEntry(document, 'entry-5', 'Another update reports that talks on grain exports will resume.'));
    await tick(5);
    expect(reports).toEqual([]); // still inside the debounce window
    await tick(60);
    expect(reports).toHaveLength(1);
    expect(reports[0]?.map((node) => (node as Element).id)).toEqual(['entry-5', 'entry-4']);
    const { page } = readPageText(reports[0] ?? []);
    expect(page.text).toContain('bridge was reopened');
    expect(page.text).toContain('talks on grain exports');
    expect(page.text).not.toContain('Share this post');
  });

  it('reports changed text nodes, but not nodes removed again before the report', async () => {
    const document = loadIntoDocument('live-blog.html');
    const region = findArticleRegion(document) as ArticleRegion;
    const reports: Node[][] = [];
    const watcher = watchAddedText({
      root: region.root,
      signal: controller.signal,
      debounceMs: 1000,
      onAdded: (roots) => reports.push(roots),
    });
    const text = document.querySelector('#entry-2 p')?.firstChild as Text;
    text.data = 'Corrected: the power lines were repaired by noon.';
    const transient = liveEntry(document, 'entry-x', 'This entry was removed straight away by the page.');
    document.getElementById('live')?.append(transient);
    transient.remove();
    watcher.flush();
    expect(reports).toEqual([[text]]);
  });

  it('ignores the highlighter drawing and removing marks, while still seeing page changes made meanwhile', async () => {
    const document = loadIntoDocument('live-blog.html');
    const region = findArticleRegion(document) as ArticleRegion;
    const { page, map } = readPageText(region);
    const reports: Node[][] = [];
    const watcher = watchAddedText({
      root: region.root,
      signal: controller.signal,
      debounceMs: 10,
      onAdded: (roots) => reports.push(roots),
    });
    const highlighter = new Highlighter(document, { mutate: (change) => watcher.ignoring(change) });
    const start = page.text.indexOf('fuel depot');
    // A page change queued just before our own changes must survive them.
    document.getElementById('live')?.append(liveEntry(document, 'entry-6', 'Late update: the fuel depot fire is out.'));
    await highlighter.apply(map, [{ kind: 'entity', id: 'depot', start, end: start + 'fuel depot'.length }]);
    highlighter.removeAll();
    await tick(40);
    expect(reports.map((roots) => roots.map((node) => (node as Element).id))).toEqual([['entry-6']]);
  });

  it('does not report text the page adds to share bars or other noise inside the region', () => {
    const document = loadIntoDocument('live-blog.html');
    const region = findArticleRegion(document) as ArticleRegion;
    const reports: Node[][] = [];
    const watcher = watchAddedText({
      root: region.root,
      signal: controller.signal,
      debounceMs: 10,
      onAdded: (roots) => reports.push(roots),
    });
    const share = document.querySelector('#entry-1 .share-bar') as Element;
    const count = document.createElement('span');
    count.textContent = '1,234 shares';
    share.append(count);
    watcher.flush();
    expect(reports).toEqual([]);
  });

  it('ignores our own parallax-* elements even without ignoring()', async () => {
    const document = loadIntoDocument('live-blog.html');
    const region = findArticleRegion(document) as ArticleRegion;
    const reports: Node[][] = [];
    const watcher = watchAddedText({
      root: region.root,
      signal: controller.signal,
      debounceMs: 10,
      onAdded: (roots) => reports.push(roots),
    });
    const host = document.createElement('parallax-popover');
    host.textContent = 'Popover text';
    region.root.append(host);
    watcher.flush();
    expect(reports).toEqual([]);
  });

  it('stops reporting once aborted', async () => {
    const document = loadIntoDocument('live-blog.html');
    const region = findArticleRegion(document) as ArticleRegion;
    const local = new AbortController();
    const reports: Node[][] = [];
    watchAddedText({ root: region.root, signal: local.signal, debounceMs: 5, onAdded: (roots) => reports.push(roots) });
    document
      .getElementById('live')
      ?.append(liveEntry(document, 'entry-7', 'An update after the reader switched Parallax off.'));
    local.abort();
    await tick(30);
    expect(reports).toEqual([]);
  });
});

describe('watchNavigation', () => {
  it('reports pushState navigations by polling when the Navigation API is missing, and ignores hash changes', async () => {
    loadIntoDocument('<!DOCTYPE html><html><body></body></html>');
    const controller = new AbortController();
    const seen: string[] = [];
    watchNavigation(window, { signal: controller.signal, pollMs: 10, onNavigate: (url) => seen.push(url) });
    history.pushState({}, '', '/news/second-article');
    await tick(40);
    history.pushState({}, '', '/news/second-article#comments');
    await tick(40);
    controller.abort();
    history.pushState({}, '', '/news/third-article');
    await tick(40);
    expect(seen).toEqual([new URL('/news/second-article', location.href).href]);
  });

  it('uses the Navigation API when present instead of polling', () => {
    const navigation = new EventTarget();
    const location = { href: 'https://example.com/a' };
    const listeners = new EventTarget();
    const view = Object.assign(listeners, { location, navigation }) as unknown as Window;
    const controller = new AbortController();
    const seen: string[] = [];
    watchNavigation(view, { signal: controller.signal, pollMs: 1, onNavigate: (url) => seen.push(url) });
    location.href = 'https://example.com/b';
    navigation.dispatchEvent(new Event('currententrychange'));
    location.href = 'https://example.com/c';
    listeners.dispatchEvent(new Event('popstate'));
    controller.abort();
    location.href = 'https://example.com/d';
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(seen).toEqual(['https://example.com/b', 'https://example.com/c']);
  });
});
