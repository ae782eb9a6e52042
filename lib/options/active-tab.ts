/**
 * Which site the toolbar popup speaks about. Without the `tabs` permission a
 * tab's address is visible only under `activeTab` (granted when the reader
 * opens the popup); where it is hidden, the tab's own content script can say
 * where it is, since it runs on every http(s) page.
 */

/** A tab as `tabs.query` / `tabs.get` report it; `url` is absent without permission. */
export interface TabLike {
  id?: number;
  windowId?: number;
  url?: string;
  pendingUrl?: string;
}

/** Why the popup has no site to switch. */
export type NoSiteReason = 'no-tab' | 'not-web' | 'no-address';

/** The popup's tab: its ids (to open the side panel there) and its site, or why there is none. */
export interface ActiveTab {
  tabId: number | null;
  windowId: number | null;
  site: string | null;
  /** Set when `site` is null. */
  reason: NoSiteReason | null;
}

/** How to find the tab and, failing its address, ask its page. */
export interface ActiveTabSources {
  tab: () => Promise<TabLike | undefined>;
  /** The address the tab's content script reports, or null when none answers. */
  pageUrl: (tabId: number) => Promise<string | null>;
  /** Reads an address as a site (see `siteOfUrl`). */
  siteOf: (url: string | null | undefined) => string | null;
}

/** Finds the popup's tab and its site. */
export async function findActiveTab({ tab, pageUrl, siteOf }: ActiveTabSources): Promise<ActiveTab> {
  const found = await tab().catch(() => undefined);
  if (!found) return { tabId: null, windowId: null, site: null, reason: 'no-tab' };
  const tabId = found.id ?? null;
  const windowId = found.windowId ?? null;
  const known = found.url || found.pendingUrl;
  if (known) {
    const site = siteOf(known);
    return { tabId, windowId, site, reason: site === null ? 'not-web' : null };
  }
  const reported = tabId === null ? null : await pageUrl(tabId).catch(() => null);
  const site = siteOf(reported);
  return { tabId, windowId, site, reason: site === null ? 'no-address' : null };
}
