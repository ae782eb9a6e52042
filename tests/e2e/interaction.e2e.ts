import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { seriousA11yProblems } from './axe';
import { openArticle, popoverText, waitForReady } from './page-helpers';
import { inShadow, shadowBox, shadowClick, shadowCount } from './shadow';
import { useFixtureSite } from './site';

const count = (page: Page, selector: string): Promise<number> => page.locator(selector).count();

describe('reading an article with the keyboard and correcting Parallax', () => {
  const site = useFixtureSite();

  it('walks the highlights with Alt+Shift+J / K, focusing the popover, and Escape returns to the text', async () => {
    const page = await openArticle(site.browser, site.server.url('site', 'huffpost-lpr-refusal.html'));
    await page.keyboard.press('Alt+Shift+KeyJ');
    await popoverText(page);
    const first = {
      focusedInPopover:
        (await inShadow(
          page,
          'parallax-popover',
          (root) => root.activeElement?.classList.contains('popover') ?? false,
          null,
        )) ?? false,
      active: await page.evaluate(() =>
        [...document.querySelectorAll('parallax-mark[data-parallax-active]')].map((m) =>
          m.getAttribute('data-parallax-hit'),
        ),
      ),
    };
    expect(first.focusedInPopover).toBe(true);
    expect(new Set(first.active).size).toBe(1);
    await page.keyboard.press('Alt+Shift+KeyJ');
    await expect
      .poll(() =>
        page.evaluate(() =>
          document.querySelector('parallax-mark[data-parallax-active]')?.getAttribute('data-parallax-hit'),
        ),
      )
      .not.toBe(first.active[0]);
    await page.keyboard.press('Escape');
    await expect.poll(() => shadowCount(page, 'parallax-popover', '.popover')).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('parallax-mark');
    expect(await count(page, 'parallax-mark[data-parallax-active]')).toBe(0);
    await page.close();
  });

  it('has no serious or critical accessibility problem in the popover', async () => {
    const page = await openArticle(site.browser, site.server.url('site', 'express-russia-mutiny.html'));
    const claim = page.locator('parallax-mark[data-parallax-kind="claim"]').first();
    await claim.scrollIntoViewIfNeeded();
    await claim.hover();
    await popoverText(page);
    expect(await seriousA11yProblems(page, [['parallax-popover', '.popover']])).toEqual([]);
    await page.close();
  });

  it('keeps the popover open while the pointer moves onto it, and closes it with Escape', async () => {
    const page = await openArticle(site.browser, site.server.url('site', 'express-russia-mutiny.html'));
    const claim = page.locator('parallax-mark[data-parallax-kind="claim"]').first();
    await claim.scrollIntoViewIfNeeded();
    await claim.hover();
    await popoverText(page);
    const box = await shadowBox(page, 'parallax-popover', '.popover');
    expect(box).not.toBeNull();
    if (!box) return;
    await page.mouse.move(box.x + box.width / 2, box.y + 10, { steps: 5 });
    await page.waitForTimeout(700);
    expect(await shadowCount(page, 'parallax-popover', '.popover')).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => shadowCount(page, 'parallax-popover', '.popover')).toBe(0);
    await page.close();
  });

  it('"Wrong match" and "Mute" take effect at once in every open tab and stay after a reload', async () => {
    const url = site.server.url('site', 'express-russia-mutiny.html');
    const a = await openArticle(site.browser, url);
    const b = await openArticle(site.browser, url);
    const putin = 'parallax-mark[data-parallax-kind="entity"][data-parallax-id="vladimir-putin"]';
    const donbas = 'parallax-mark[data-parallax-kind="entity"][data-parallax-id="donbas"]';
    expect(await count(b, putin)).toBeGreaterThan(0);
    expect(await count(b, donbas)).toBeGreaterThan(0);

    const mark = a.locator(putin).first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    await popoverText(a);
    await shadowClick(a, 'parallax-popover', '.action-mute');
    await expect.poll(() => count(b, putin)).toBe(0);
    expect(await count(a, putin)).toBe(0);

    const place = a.locator(donbas).first();
    await place.scrollIntoViewIfNeeded();
    await a.mouse.move(5, 5);
    await place.hover();
    await popoverText(a);
    await shadowClick(a, 'parallax-popover', '.action-wrong-match');
    await expect.poll(() => count(b, donbas)).toBe(0);

    await b.reload();
    await waitForReady(b);
    expect(await count(b, putin)).toBe(0);
    expect(await count(b, donbas)).toBe(0);
    expect(await count(b, 'parallax-mark[data-parallax-kind="claim"]')).toBeGreaterThan(0);
    await a.close();
    await b.close();
  });

  it('raises no console error from the extension', () => {
    expect(site.browser.errors).toEqual([]);
  });
});
