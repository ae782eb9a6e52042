/** Opens Parallax's side panel (Chrome) or sidebar (Firefox) for a tab. */
import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}

interface FirefoxSidebar {
  open(): Promise<void>;
}

function sidePanel(): ChromeSidePanel | undefined {
  return (browser as unknown as { sidePanel?: ChromeSidePanel }).sidePanel;
}

function sidebarAction(): FirefoxSidebar | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
}

/** Opens the panel for `tabId`; browsers allow this only in response to a user action. */
export async function openPanel(tabId: number | null): Promise<void> {
  const chromePanel = sidePanel();
  if (chromePanel) {
    if (tabId === null) throw new Error('No tab to open the side panel for.');
    await chromePanel.open({ tabId });
    return;
  }
  const sidebar = sidebarAction();
  if (sidebar) {
    await sidebar.open();
    return;
  }
  throw new Error('This browser has no side panel.');
}
