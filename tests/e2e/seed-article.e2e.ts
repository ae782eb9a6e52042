import { describe, expect, it } from 'vitest';

import { openArticle, popoverText, readMarks, textBeforeAndAfter } from './page-helpers';
import { useFixtureSite } from './site';

const LPR_EVENT = 'lpr-unit-refusal-video';
const DUGINA_EVENT = 'darya-dugina-killing';

describe('a seed article in Chromium with Parallax installed', () => {
  const site = useFixtureSite();

  it('highlights the LPR refusal and the Dugina killing with the DOM contract, only inside the article', async () => {
    const page = await openArticle(site.browser, site.server.url('site', 'huffpost-lpr-refusal.html'));
    const marks = await readMarks(page);
    const claims = marks.filter((m) => m.kind === 'claim');
    const entities = marks.filter((m) => m.kind === 'entity');
    expect(claims.map((c) => c.event)).toContain(LPR_EVENT);
    expect(claims.map((c) => c.event)).toContain(DUGINA_EVENT);
    for (const claim of claims) {
      expect(claim.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(claim.event).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    expect(entities.map((e) => e.id)).toEqual(expect.arrayContaining(['luhansk-peoples-republic', 'darya-dugina']));
    expect(entities.every((e) => e.event === null)).toBe(true);
    expect(marks.every((m) => m.insideArticle)).toBe(true);
    await page.close();
  });

  it('leaves the text of the page exactly as it was served', async () => {
    const page = await openArticle(site.browser, site.server.url('site', 'express-russia-mutiny.html'));
    expect(await page.locator('parallax-mark').count()).toBeGreaterThan(0);
    const { served, live } = await textBeforeAndAfter(page);
    expect(live).toBe(served);
    await page.close();
  });

  it('opens a popover on hover showing the event and how other outlets reported it', async () => {
    const page = await openArticle(site.browser, site.server.url('site', 'huffpost-lpr-refusal.html'));
    const claim = page.locator(`parallax-mark[data-parallax-kind="claim"][data-parallax-event="${LPR_EVENT}"]`).first();
    await claim.scrollIntoViewIfNeeded();
    await claim.hover();
    const text = await popoverText(page);
    expect(text).toContain('Other outlets');
    expect(text).toMatch(/Luhansk|LPR/);
    // Other outlets that covered the refusal video: at least one of them is named.
    expect(text).toMatch(/Express|NV \(New Voice of Ukraine\)|Kyiv Post|Evening Standard/);
    expect(text).toContain('Why highlighted');
    // The popover lives in a shadow root the page cannot open.
    const host = await page.evaluate(() => {
      const el = document.querySelector('parallax-popover');
      return { name: el?.tagName.toLowerCase(), readableByPage: el?.shadowRoot !== null };
    });
    expect(host).toEqual({ name: 'parallax-popover', readableByPage: false });
    await page.close();
  });

  it('raises no console error from the extension', () => {
    expect(site.browser.errors).toEqual([]);
  });
});
