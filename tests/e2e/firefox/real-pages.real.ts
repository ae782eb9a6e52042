// Every saved real page (Mozilla Readability's test pages: news sites, blogs, docs)
// loaded in Firefox with Parallax: highlights only inside the article that
// Readability extracts, the page text untouched, and no error. The pages' own
// scripts are kept from running and nothing leaves the machine (a proxy refuses
// every request but loopback). Pages are read from PARALLAX_READABILITY_DIR
// (default ../shared/fixtures/readability).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectInsideArticle, READABILITY_DIR, savedPages } from '../../real/saved-pages';
import { firstScanMs, servedAndLiveText } from '../in-page';
import { startStaticServer, type StaticServer } from '../server';
import { launchFirefox, type FirefoxWithExtension } from './browser';
import { proxyPrefs, startRecordingProxy, type RecordingProxy } from './proxy';

const DIR = READABILITY_DIR;
const PAGES = savedPages();

interface PageResult {
  name: string;
  marks: number;
  ms: number;
}

describe(`saved real pages from ${DIR}, in Firefox`, () => {
  let server: StaticServer;
  let proxy: RecordingProxy;
  let firefox: FirefoxWithExtension;
  const results: PageResult[] = [];

  beforeAll(async () => {
    server = await startStaticServer({ real: DIR }, { headers: { 'content-security-policy': "script-src 'none'" } });
    proxy = await startRecordingProxy();
    firefox = await launchFirefox({ prefs: proxyPrefs(proxy.port) });
  }, 120_000);

  afterAll(async () => {
    console.table(results);
    await firefox?.close();
    await proxy?.close();
    await server?.close();
  });

  it('finds the fixture pages', () => {
    expect(PAGES.length).toBeGreaterThan(30);
  });

  for (const name of PAGES) {
    it(name, async () => {
      const page = await firefox.newPage();
      // The pages' iframes point at their sites, which the proxy refuses; Firefox's remote protocol may report
      // such a frame's refusal as the page's navigation failing. The page itself loads from 127.0.0.1: what is
      // waited for is Parallax's state on it, which a page that did not load never gets.
      void page.goto(server.url('real', `${name}/source.html`)).catch(() => undefined);
      await page.waitForSelector('html[data-parallax-state="ready"]', { timeout: 30_000 });
      const marks = await page.$$eval('parallax-mark', (all) => all.map((m) => m.textContent ?? ''));
      expectInsideArticle(name, marks);
      const { served, live } = await page.evaluate(servedAndLiveText);
      expect(live).toBe(served);
      const ms = await page.evaluate(firstScanMs);
      expect(ms).toBeGreaterThanOrEqual(0);
      results.push({ name, marks: marks.length, ms: Math.round(ms) });
      await page.close();
      // Only the extension's own errors count: the pages' blocked scripts and refused requests are theirs.
      expect(firefox.errors.filter((e) => /moz-extension:|parallax/i.test(e))).toEqual([]);
    });
  }
});
