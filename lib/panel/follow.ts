/**
 * Which tab the panel describes. A panel opened with `?tabId=N` stays on tab N
 * (tests, deep links); otherwise it follows the active tab of its own window,
 * since Chrome's side panel stays open while the reader switches tabs.
 */

/** What the panel knows about where it is. */
export interface FollowState {
  /** True when the URL named a tab: the panel never switches away from it. */
  pinned: boolean;
  /** The window hosting the panel; null until known. */
  windowId: number | null;
  /** The tab described now; null when there is none. */
  tabId: number | null;
}

/** A browser event, reduced to what the decision needs. */
export type TabSignal =
  | { type: 'activated'; tabId: number; windowId: number }
  | { type: 'updated'; tabId: number; status?: string; url?: string }
  | { type: 'removed'; tabId: number }
  | { type: 'focus'; windowId: number };

/** What to do about a signal. */
export type FollowAction =
  | { do: 'switch'; tabId: number }
  /** The same tab loaded something new: fetch its summary again. */
  | { do: 'reload' }
  /** Ask the browser again which tab is active in the panel's window. */
  | { do: 'requery' }
  /** The pinned tab is gone. */
  | { do: 'forget' }
  | { do: 'nothing' };

/** `WINDOW_ID_NONE`: focus left the browser; see https://developer.chrome.com/docs/extensions/reference/api/windows#property-WINDOW_ID_NONE */
const NO_WINDOW = -1;

/** The tab id named by `?tabId=N` in a panel URL's query string, or null. */
export function pinnedTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

/** Decides how the panel reacts to one browser event. */
export function decide(state: FollowState, signal: TabSignal): FollowAction {
  const mine = state.tabId !== null && 'tabId' in signal && signal.tabId === state.tabId;
  switch (signal.type) {
    case 'updated':
      // A finished load or a new URL means new content; progress events in between do not.
      return mine && (signal.status === 'complete' || signal.url !== undefined) ? { do: 'reload' } : { do: 'nothing' };
    case 'removed':
      if (!mine) return { do: 'nothing' };
      return state.pinned ? { do: 'forget' } : { do: 'requery' };
    case 'activated':
      if (state.pinned || mine) return { do: 'nothing' };
      // Another window's tabs are not this panel's business.
      return state.windowId === null || signal.windowId === state.windowId
        ? { do: 'switch', tabId: signal.tabId }
        : { do: 'nothing' };
    case 'focus':
      if (state.pinned || signal.windowId === NO_WINDOW) return { do: 'nothing' };
      return state.windowId === null || signal.windowId === state.windowId ? { do: 'requery' } : { do: 'nothing' };
  }
}
