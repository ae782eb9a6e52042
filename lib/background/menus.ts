/**
 * The "Flag claim" context-menu item on selected text, and the keyboard
 * command that opens the side panel. Both are browser UI around the page, so
 * they live in the background and hand the work to the tab or the panel.
 */
import { browser } from 'wxt/browser';

import { t } from '../i18n/t';
import { sendToTab } from '../messaging/tab-client';

const FLAG_MENU_ID = 'parallax-flag-claim';

/** Name of the command that opens the side panel (see wxt.config.ts). */
export const OPEN_PANEL_COMMAND = 'open-side-panel';

/** Creates the context-menu item (once per install or update; menus persist). */
export function createMenus(): void {
  browser.contextMenus.create({ id: FLAG_MENU_ID, title: t('flagContextMenu'), contexts: ['selection'] }, () => {
    // A menu that already exists (an update) is fine; reading lastError keeps Chrome from logging it.
    void browser.runtime.lastError;
  });
}

/** Routes clicks on our menu item to the tab's content script, which opens the flag form. */
export function listenForMenus(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === FLAG_MENU_ID && tab?.id !== undefined) void sendToTab(tab.id, 'flag.begin', {});
  });
}

/** Opens the panel on the keyboard command; `open` must run inside the command's user gesture. */
export function listenForCommands(open: (tabId: number | null) => Promise<void>): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === OPEN_PANEL_COMMAND) void open(tab?.id ?? null).catch(() => undefined);
  });
}
