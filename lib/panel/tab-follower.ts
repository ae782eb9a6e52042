/** Wires the tab-following decisions (`follow.ts`) to the browser's tab and window events. */
import { browser, type Browser } from 'wxt/browser';

import { decide, type FollowState, type TabSignal } from './follow';

/** What the follower reports. */
export interface FollowCallbacks {
  /** The panel now describes `tabId` (null: no tab). */
  onTab: (tabId: number | null) => void;
  /** The described tab loaded new content. */
  onReload: () => void;
}

async function activeTab(windowId: number | null): Promise<number | null> {
  const query: Browser.tabs.QueryInfo =
    windowId === null ? { active: true, currentWindow: true } : { active: true, windowId };
  const [tab] = await browser.tabs.query(query);
  return tab?.id ?? null;
}

async function ownWindow(): Promise<number | null> {
  try {
    return (await browser.windows.getCurrent()).id ?? null;
  } catch {
    // Some hosts (a panel opened in an odd context) have no window; following still works by focus.
    return null;
  }
}

/** Follows the active tab of the panel's window, or stays on `pinned`, until `signal` aborts. */
export async function followTabs(
  pinned: number | null,
  callbacks: FollowCallbacks,
  signal: AbortSignal,
): Promise<void> {
  const state: FollowState = { pinned: pinned !== null, windowId: await ownWindow(), tabId: pinned };
  const setTab = (tabId: number | null): void => {
    if (signal.aborted || tabId === state.tabId) return;
    state.tabId = tabId;
    callbacks.onTab(tabId);
  };
  const requery = (): void => void activeTab(state.windowId).then(setTab, () => setTab(null));
  const handle = (event: TabSignal): void => {
    if (signal.aborted) return;
    const action = decide(state, event);
    if (action.do === 'switch') setTab(action.tabId);
    else if (action.do === 'reload') callbacks.onReload();
    else if (action.do === 'requery') requery();
    else if (action.do === 'forget') setTab(null);
  };

  const onActivated = (info: Browser.tabs.OnActivatedInfo): void =>
    handle({ type: 'activated', tabId: info.tabId, windowId: info.windowId });
  const onUpdated = (tabId: number, change: Browser.tabs.OnUpdatedInfo): void =>
    handle({
      type: 'updated',
      tabId,
      ...(change.status ? { status: change.status } : {}),
      ...(change.url ? { url: change.url } : {}),
    });
  const onRemoved = (tabId: number): void => handle({ type: 'removed', tabId });
  const onFocus = (windowId: number): void => handle({ type: 'focus', windowId });
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.tabs.onRemoved.addListener(onRemoved);
  browser.windows.onFocusChanged.addListener(onFocus);
  signal.addEventListener('abort', () => {
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.tabs.onRemoved.removeListener(onRemoved);
    browser.windows.onFocusChanged.removeListener(onFocus);
  });

  if (pinned !== null) callbacks.onTab(pinned);
  else {
    const first = await activeTab(state.windowId).catch(() => null);
    if (signal.aborted) return;
    state.tabId = first;
    callbacks.onTab(first);
  }
}
