/**
 * Parallax on a hostile web, in Chromium: a page of 100,000 nodes, a page that
 * breaks every built-in before Parallax runs, frames, shadow roots, and a page
 * that tries to talk to Parallax and make it act. On each, Parallax finishes its
 * scan (or stays harmlessly off), raises no error, leaves the text as served and
 * never holds the main thread for 50 ms at a stretch.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Flag } from '@/lib/flags/types';

import { launchWithExtension, type ExtensionBrowser } from './browser';
import { askBackground, openArticle, popoverText, readMarks, textBeforeAndAfter, waitForReady } from './page-helpers';
import { startStaticServer, type StaticServer } from './server';

const FIXTURES = 'tests/fixtures/hostile';
const SECRET_NOTE = 'Reader note 7f3a: check the casualty count';

/**
 * How Parallax's first scan went, per its User Timing: its longest stretch on the
 * main thread between two pauses, its length, and the page's long tasks (over
 * 50 ms) while it ran. On a page this size the browser's own style and layout
 * passes take tens of milliseconds whoever changes the DOM, so the long tasks are
 * reported; what Parallax itself holds is measured by the stretch.
 */
async function parallaxWork(
  page: Page,
): Promise<{ longestStretchMs: number; firstScanMs: number; longTasksDuring: number }> {
  return page.evaluate(() => {
    const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
    const start = performance.getEntriesByName('parallax:start')[0]?.startTime ?? Infinity;
    const scan = performance.getEntriesByName('parallax:first-scan')[0] as PerformanceMeasure | undefined;
    const end = scan ? scan.startTime + scan.duration : Infinity;
    const detail = scan?.detail as { longestStretchMs?: number } | undefined;
    return {
      longestStretchMs: detail?.longestStretchMs ?? -1,
      firstScanMs: scan?.duration ?? -1,
      longTasksDuring: tasks.filter((t) => t.start + t.duration > start && t.start < end && t.duration > 50).length,
    };
  });
}

/**
 * Evaluates `expression` through CDP, in the page's main world or in a fresh
 * isolated world. Playwright's own `evaluate` runs helper code in the main world,
 * which a page that broke `Set` or `Array.prototype.map` breaks too; a fresh
 * isolated world has untouched built-ins over the same DOM, as a content script has.
 */
async function evaluateRaw<T>(page: Page, expression: string, world: 'main' | 'isolated'): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    let contextId: number | undefined;
    if (world === 'isolated') {
      const { frameTree } = await cdp.send('Page.getFrameTree');
      ({ executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', {
        frameId: frameTree.frame.id,
        worldName: 'hostile-check',
      }));
    }
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

/** Seed paragraphs of the demo site, so the generated page has something to match. */
async function seedParagraphs(): Promise<string[]> {
  const dir = 'tests/fixtures/site';
  const paragraphs: string[] = [];
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.html') && !f.startsWith('live'))) {
    for (const match of (await readFile(join(dir, file), 'utf8')).matchAll(/<p>([^<]{40,})<\/p>/g))
      if (match[1]) paragraphs.push(match[1]);
  }
  return paragraphs;
}

/**
 * A page of well over 100,000 DOM nodes: a directory of 16,000 list items
 * around the article, a 450-level chain of nested elements inside it, a
 * 2,000-row table in it, and the article's seed paragraphs each wrapped in
 * ten levels of inline and block elements.
 */
async function writeHugeDomPage(dir: string): Promise<void> {
  const paragraphs = (await seedParagraphs()).slice(0, 40);
  const items = (n: number, label: string): string =>
    Array.from({ length: n }, (_, i) => `<li><a href="#${label}${i}">${label} ${i}</a> <span>entry</span></li>`).join(
      '',
    );
  const wrapped = paragraphs
    .map(
      (p, i) =>
        `${'<div class="w"><span>'.repeat(5)}<p>${p}</p>${'</span></div>'.repeat(5)}${i % 5 === 0 ? '<hr>' : ''}`,
    )
    .join('\n');
  const deep = `${'<div class="d">'.repeat(450)}<p>${paragraphs[0] ?? ''}</p>${'</div>'.repeat(450)}`;
  const rows = Array.from(
    { length: 2_000 },
    (_, i) => `<tr><td>${i}</td><td><b>row</b> ${i}</td><td><em>${i * 7}</em></td></tr>`,
  ).join('');
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Everything at once</title><script src="/hostile/probe.js"></script></head><body>
<div class="directory"><ul>${items(8_000, 'Topic')}</ul></div>
<main><article><h1>Everything at once: the war in one very long page</h1>
${wrapped}
${deep}
<table><tbody>${rows}</tbody></table>
</article></main>
<div class="directory"><ul>${items(8_000, 'Archive')}</ul></div>
</body></html>`;
  await writeFile(join(dir, 'huge-dom.html'), html);
}

describe('Parallax on hostile pages', () => {
  let server: StaticServer;
  let browser: ExtensionBrowser;
  let generated: string;

  beforeAll(async () => {
    generated = await mkdtemp(join(tmpdir(), 'parallax-hostile-'));
    await writeHugeDomPage(generated);
    server = await startStaticServer({ hostile: FIXTURES, gen: generated, site: 'tests/fixtures/site' });
    browser = await launchWithExtension();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (generated) await rm(generated, { recursive: true, force: true });
  });

  it('reads a page of over 100,000 nodes in stretches under 50 ms and leaves its text intact', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('gen', 'huge-dom.html'));
    await waitForReady(page, 60_000);
    const nodes = await page.evaluate(() => {
      const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
      let count = 0;
      while (walker.nextNode()) count += 1;
      return count;
    });
    expect(nodes).toBeGreaterThan(100_000);
    const marks = await readMarks(page);
    expect(marks.filter((m) => m.kind === 'claim').length).toBeGreaterThan(0);
    expect(marks.every((m) => m.insideArticle)).toBe(true);
    const work = await parallaxWork(page);
    console.info(
      `huge-dom: ${nodes} nodes, ${marks.length} marks, first scan ${work.firstScanMs.toFixed(0)} ms, longest stretch ${work.longestStretchMs.toFixed(1)} ms, long tasks meanwhile ${work.longTasksDuring}`,
    );
    expect(work.longestStretchMs).toBeGreaterThan(0);
    expect(work.longestStretchMs).toBeLessThan(50);
    const { served, live } = await textBeforeAndAfter(page);
    expect(live).toBe(served);
    await page.close();
  });

  it('works in its isolated world on a page that broke the DOM and JavaScript built-ins', async () => {
    const page = await openArticle(browser, server.url('hostile', 'prototypes.html'));
    expect(Number(await page.getAttribute('html', 'data-broken'))).toBeGreaterThan(50);
    const marks = await evaluateRaw<{ kind: string; id: string; event: string | null; inside: boolean }[]>(
      page,
      `[...document.querySelectorAll('parallax-mark')].map((m) => ({ kind: m.getAttribute('data-parallax-kind'), id: m.getAttribute('data-parallax-id'), event: m.getAttribute('data-parallax-event'), inside: m.closest('article') !== null }))`,
      'isolated',
    );
    expect(marks.filter((m) => m.kind === 'claim').map((m) => m.event)).toContain('lpr-unit-refusal-video');
    expect(marks.map((m) => m.id)).toContain('luhansk-peoples-republic');
    expect(marks.every((m) => m.inside)).toBe(true);
    // The popover, drawn by the same isolated world, opens on hover.
    const mark = page.locator('parallax-mark[data-parallax-kind="claim"]').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    expect(await popoverText(page)).toContain('Other outlets');
    // The same comparison of served and live text as textBeforeAndAfter, with untouched built-ins.
    const { served, live } = await evaluateRaw<{ served: string; live: string }>(
      page,
      `(async () => {
        const visibleText = (body) => {
          const copy = body.cloneNode(true);
          for (const el of copy.querySelectorAll('script, style, noscript, template')) el.remove();
          return copy.textContent ?? '';
        };
        const html = await (await fetch(location.href)).text();
        return { served: visibleText(new DOMParser().parseFromString(html, 'text/html').body), live: visibleText(document.body) };
      })()`,
      'isolated',
    );
    expect(live).toBe(served);
    // Read in the main world with nothing but loops and property reads, which the page left alone.
    const long = await evaluateRaw<{ start: number; duration: number }[]>(
      page,
      `(function () {
        var tasks = window.__longTasks, out = [];
        var start = performance.getEntriesByName('parallax:start')[0], scan = performance.getEntriesByName('parallax:first-scan')[0];
        if (!start || !scan) return [{ start: -1, duration: -1 }];
        for (var i = 0; i < tasks.length; i++) {
          var t = tasks[i];
          if (t.start + t.duration > start.startTime && t.start < scan.startTime + scan.duration && t.duration > 50) out.push(t);
        }
        return out;
      })()`,
      'main',
    );
    expect(long).toEqual([]);
    await page.close();
  });

  it('runs in the top frame only: same-origin and srcdoc frames get no highlights, and nothing breaks', async () => {
    // On its own the framed article is highlighted, so an unmarked frame below means "not run there".
    const alone = await browser.newPage();
    await alone.goto(server.url('hostile', 'framed-article.html'));
    await waitForReady(alone);
    expect(await alone.locator('parallax-mark').count()).toBeGreaterThan(0);
    await alone.close();

    const page = await openArticle(browser, server.url('hostile', 'iframes.html'));
    expect((await readMarks(page)).filter((m) => m.kind === 'claim').length).toBeGreaterThan(0);
    const frames = page.frames().filter((frame) => frame !== page.mainFrame());
    expect(frames).toHaveLength(2);
    // Long enough for a content script to have read and drawn in a frame, as it did in the top frame.
    await page.waitForTimeout(1_500);
    for (const frame of frames) {
      await frame.waitForLoadState('load');
      const inside = await frame.evaluate(() => ({
        marks: document.querySelectorAll('parallax-mark').length,
        ui: document.querySelectorAll('parallax-popover, parallax-flag').length,
        state: document.documentElement.getAttribute('data-parallax-state'),
        text: document.body.textContent ?? '',
      }));
      expect(inside).toMatchObject({ marks: 0, ui: 0, state: null });
      expect(inside.text).toContain('Luhansk People’s Republic');
    }
    // Each frame's text is as served: the same-origin file, and the srcdoc attribute.
    const served = await page.evaluate(async () => {
      const parse = (html: string): string => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
      const same = document.getElementById('same-origin') as HTMLIFrameElement;
      const inline = document.getElementById('srcdoc') as HTMLIFrameElement;
      return [parse(await (await fetch(same.src)).text()), parse(inline.srcdoc)];
    });
    const live = await Promise.all(frames.map((frame) => frame.evaluate(() => document.body.textContent ?? '')));
    expect(live.sort()).toEqual(served.sort());
    const { served: top, live: topLive } = await textBeforeAndAfter(page);
    expect(topLive).toBe(top);
    expect(await parallaxWork(page)).toMatchObject({
      longestStretchMs: expect.toSatisfy((ms: number) => ms > 0 && ms < 50),
      longTasksDuring: 0,
    });
    await page.close();
  });

  it('reads the light DOM of a web component and leaves its shadow roots untouched', async () => {
    const page = await openArticle(browser, server.url('hostile', 'shadow.html'));
    // The paragraphs slotted into <news-story> are light DOM: read and highlighted where they are.
    const marks = await readMarks(page);
    expect(marks.filter((m) => m.kind === 'claim').map((m) => m.event)).toContain('lpr-unit-refusal-video');
    expect(await page.locator('article > h1 parallax-mark, news-story > p parallax-mark').count()).toBe(marks.length);
    // Article text that lives only in a shadow root is not read (a documented limit) and not touched.
    const shadows = await page.evaluate(() => {
      const w = window as unknown as { __serialiseShadow: (n: Node) => string; __shadowBefore: Record<string, string> };
      return ['story', 'panel'].map((id) => {
        const root = (document.getElementById(id) as HTMLElement).shadowRoot as ShadowRoot;
        return {
          id,
          marks: root.querySelectorAll('parallax-mark').length,
          same: w.__serialiseShadow(root) === w.__shadowBefore[id],
          text: root.textContent?.length ?? 0,
        };
      });
    });
    expect(shadows).toEqual([
      { id: 'story', marks: 0, same: true, text: expect.any(Number) },
      { id: 'panel', marks: 0, same: true, text: expect.any(Number) },
    ]);
    expect(shadows[1]?.text).toBeGreaterThan(2_000);
    const { served, live } = await textBeforeAndAfter(page);
    expect(live).toBe(served);
    expect(await parallaxWork(page)).toMatchObject({
      longestStretchMs: expect.toSatisfy((ms: number) => ms > 0 && ms < 50),
      longTasksDuring: 0,
    });
    await page.close();
  });

  it('finishes harmlessly on a page whose whole article is inside a shadow root', async () => {
    const page = await openArticle(browser, server.url('hostile', 'shadow-only.html'));
    await page.waitForTimeout(500);
    expect(await page.locator('parallax-mark').count()).toBe(0);
    const same = await page.evaluate(() => {
      const w = window as unknown as { __serialiseShadow: (n: Node) => string; __shadowBefore: Record<string, string> };
      return (
        w.__serialiseShadow((document.getElementById('only') as HTMLElement).shadowRoot as ShadowRoot) ===
        w.__shadowBefore.only
      );
    });
    expect(same).toBe(true);
    const { served, live } = await textBeforeAndAfter(page);
    expect(live).toBe(served);
    await page.close();
  });

  it('gives a page that fakes Parallax messages and input nothing, and lets it trigger nothing', async () => {
    const now = Date.now();
    const quote =
      'Towards the beginning of the invasion, there were also protests around Russia in solidarity with Ukraine but they were soon hushed up.';
    const flag: Flag = {
      id: 'flag-hostile7f3a',
      url: server.url('site', 'huffpost-lpr-refusal.html'),
      pageUrl: server.url('site', 'huffpost-lpr-refusal.html'),
      outletId: null,
      outletName: null,
      title: 'Soldiers Are Refusing',
      publishedAt: null,
      quote,
      selectors: {
        quote: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: quote.length },
      },
      note: SECRET_NOTE,
      label: 'disputed',
      claimId: null,
      eventId: null,
      createdAt: now,
      updatedAt: now,
    };
    expect((await askBackground(browser, 'flags.save', { flag })).ok).toBe(true);
    const readerData = ['settings.get', 'flags.list', 'mutes.list'] as const;
    const before = await Promise.all(readerData.map(async (type) => (await askBackground(browser, type, {})).value));

    const page = await openArticle(
      browser,
      `${server.url('hostile', 'fake-messages.html')}?ext=${browser.extensionId}`,
    );
    await page.waitForFunction(
      () => (window as unknown as { __spoof?: { done: boolean } }).__spoof?.done === true,
      null,
      { timeout: 30_000 },
    );
    const report = await page.evaluate(() => (window as unknown as { __spoof: Record<string, unknown> }).__spoof);
    // No channel to the extension: no chrome.runtime on the page, so no reply of any kind.
    expect(report.runtime).toBe('none');
    expect(report.runtimeReplies).toEqual([]);
    // Every message the page received is one it posted itself.
    const posted = new Set(report.posted as string[]);
    expect((report.received as string[]).filter((m) => !posted.has(m))).toEqual([]);
    // Synthetic hover, shortcuts, clicks and a forged restart event did nothing. After selecting
    // text by script the page saw the "Flag claim" button's host, but not the button in its closed root.
    expect(report.popover).toBe('');
    expect(report.flagHost).toBe(true);
    expect(report.flagButton).toBe(false);
    expect(report.steps).toEqual([]);
    expect(report.formOpened).toBe(false);
    expect(report.state).toBe('ready');
    expect(report.marks).toBeGreaterThan(0);
    expect(await page.getAttribute('html', 'data-parallax-state')).toBe('ready');
    // Nothing of the reader's flag is readable by the page: not in its text, attributes or open shadow roots.
    const readable = await page.evaluate(() => {
      const parts: string[] = [];
      const visit = (root: Document | ShadowRoot): void => {
        for (const el of root.querySelectorAll('*')) {
          for (const attribute of el.attributes) parts.push(attribute.value);
          if (el.shadowRoot) {
            parts.push(el.shadowRoot.textContent ?? '');
            visit(el.shadowRoot);
          }
        }
      };
      parts.push(document.documentElement.textContent ?? '');
      visit(document);
      return parts.join('\n');
    });
    expect(readable).not.toContain(SECRET_NOTE);
    expect(readable).not.toContain(flag.id);
    expect(readable).not.toContain('huffpost-lpr-refusal');
    // The reader's data is exactly as before: no flag added, no entity muted, settings unchanged.
    const after = await Promise.all(readerData.map(async (type) => (await askBackground(browser, type, {})).value));
    expect(after).toEqual(before);
    const { served, live } = await textBeforeAndAfter(page);
    expect(live).toBe(served);
    await page.close();
  });

  it('raises no console error from the extension', () => {
    expect(browser.extensionErrors).toEqual([]);
  });
});
