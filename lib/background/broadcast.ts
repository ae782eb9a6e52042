/** Sends a request to the content script of every open tab, so a change takes effect everywhere at once. */
import { browser } from 'wxt/browser';

import { sendToTab } from '../messaging/tab-client';
import type { TabProtocol, TabRequestType } from '../messaging/tab-protocol';

/** Sends `type` to every tab; tabs without Parallax (browser pages, other schemes) are skipped quietly. */
export async function sendToAllTabs<K extends TabRequestType>(
  type: K,
  payload: TabProtocol[K]['request'],
): Promise<number> {
  const tabs = await browser.tabs.query({});
  const replies = await Promise.all(
    tabs.map((tab) => (tab.id === undefined ? null : sendToTab(tab.id, type, payload))),
  );
  return replies.filter((r) => r?.ok).length;
}
