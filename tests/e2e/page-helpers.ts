/** Shared steps for end-to-end tests that read Parallax's DOM contract. */
import type { Page } from 'playwright-core';

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
  return page.evaluate(async () => {
    const visibleText = (body: HTMLElement): string => {
      const copy = body.cloneNode(true) as HTMLElement;
      for (const el of copy.querySelectorAll('script, style, noscript, template')) el.remove();
      return copy.textContent ?? '';
    };
    const html = await (await fetch(location.href)).text();
    return { served: visibleText(new DOMParser().parseFromString(html, 'text/html').body), live: visibleText(document.body) };
  });
}

/** Text of the open popover's card, read through its shadow root. */
export async function popoverText(page: Page): Promise<string> {
  const card = page.locator('parallax-popover .popover .card');
  await card.waitFor({ timeout: 10_000 });
  return (await card.textContent()) ?? '';
}
