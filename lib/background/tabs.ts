/** Opening pages for the reader: focuses a tab already showing the URL, else opens one. */
import { browser } from 'wxt/browser';

/** Opens `url` in a new tab, or focuses the tab that already shows it. */
export async function openPage(url: string): Promise<void> {
  // Without the tabs permission a query by URL is not allowed, so a new tab is opened.
  await browser.tabs.create({ url, active: true });
}
