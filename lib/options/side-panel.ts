/**
 * Opens Parallax's side panel from an extension page. Browsers allow it only
 * while handling a user action, so `open` calls the browser at once, with
 * nothing awaited before: Chrome's `sidePanel.open` needs a window or tab id
 * known beforehand (https://developer.chrome.com/docs/extensions/reference/api/sidePanel#method-open),
 * Firefox's `sidebarAction.open` none (https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/sidebarAction/open).
 */

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}

interface FirefoxSidebar {
  open(): Promise<void>;
}

/** The part of the `browser` object the opener looks at. */
export interface PanelHost {
  sidePanel?: ChromeSidePanel;
  sidebarAction?: FirefoxSidebar;
}

/** Where to open the panel (Chrome). */
export interface PanelTarget {
  tabId: number | null;
  windowId: number | null;
}

/** Opens the panel, or null when this browser has none. The returned function must be called inside a click handler. */
export function panelOpener(host: PanelHost): ((target: PanelTarget) => Promise<void>) | null {
  const chromePanel = host.sidePanel;
  if (chromePanel && typeof chromePanel.open === 'function') {
    return (target) => {
      // Chrome opens the global panel in the given window; a tab id serves when the window is unknown.
      if (target.windowId !== null) return chromePanel.open({ windowId: target.windowId });
      if (target.tabId !== null) return chromePanel.open({ tabId: target.tabId });
      return Promise.reject(new Error('No window to open the side panel in.'));
    };
  }
  const sidebar = host.sidebarAction;
  if (sidebar && typeof sidebar.open === 'function') return () => sidebar.open();
  return null;
}
