/** The toolbar popup's requests: settings and dataset from the background, the tab and the panel from the browser. */
import { browser } from 'wxt/browser';

import { sendToBackground } from '../messaging/client';
import { err, ok, toAppError, type Result } from '../messaging/result';
import { sendToTab } from '../messaging/tab-client';
import { findActiveTab, type ActiveTab } from './active-tab';
import type { DatasetInfo, SettingsApi } from './api';
import { siteOfUrl } from './hostname';
import { panelOpener, type PanelHost, type PanelTarget } from './side-panel';

/** Everything the popup asks for; every reply is a `Result` or a plain promise that never rejects. */
export interface PopupApi extends SettingsApi {
  datasetInfo: () => Promise<Result<DatasetInfo | null>>;
  activeTab: () => Promise<ActiveTab>;
  /** Null when this browser has no side panel. Call it straight from a click handler. */
  openSidePanel: ((target: PanelTarget) => Promise<Result<null>>) | null;
  openOptions: () => Promise<Result<null>>;
  /** Closes the popup once its job is done. */
  close: () => void;
}

/**
 * The popup's requests in the browser. `pinnedTabId` (from `?tabId=N`) makes
 * the popup speak about that tab, so it can be opened as a page in tests.
 */
export function browserPopupApi(pinnedTabId: number | null): PopupApi {
  const opener = panelOpener(browser as unknown as PanelHost);
  return {
    getSettings: () => sendToBackground('settings.get', {}),
    updateSettings: (patch) => sendToBackground('settings.update', { patch }),
    datasetInfo: () => sendToBackground('dataset.info', {}),
    activeTab: () =>
      findActiveTab({
        tab: async () =>
          pinnedTabId === null
            ? (await browser.tabs.query({ active: true, currentWindow: true }))[0]
            : browser.tabs.get(pinnedTabId),
        pageUrl: async (tabId) => {
          const summary = await sendToTab(tabId, 'page.summary', {});
          return summary.ok ? summary.value.url : null;
        },
        siteOf: siteOfUrl,
      }),
    openSidePanel:
      opener &&
      ((target) => {
        try {
          return opener(target).then(
            () => ok(null),
            (thrown: unknown) => err(toAppError('panel', thrown)),
          );
        } catch (thrown) {
          return Promise.resolve(err(toAppError('panel', thrown)));
        }
      }),
    openOptions: () =>
      browser.runtime.openOptionsPage().then(
        () => ok(null),
        (thrown: unknown) => err(toAppError('options', thrown)),
      ),
    close: () => window.close(),
  };
}
