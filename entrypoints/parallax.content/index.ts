// The content script, on every page: wires the page's scan controller
// (lib/content) to the page, the tab messages and the background. It is the
// light part; reading, drawing and the in-page UI with its styles load only
// on pages that need them (lib/content/page-module.ts).
import { defineContentScript } from 'wxt/utils/define-content-script';

import { keepTypingPrivate, refuseForgedRetirement } from '@/lib/content/page-guards';
import { ScanController } from '@/lib/content/scan-controller';
import { listenForShortcuts } from '@/lib/content/shortcuts';
import { tabHandlers } from '@/lib/content/tab-handlers';
import { sendToBackground } from '@/lib/messaging/client';
import { broadcast, serveTab } from '@/lib/messaging/tab-client';
import { watchNavigation } from '@/lib/page/navigation';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  // No stylesheet on the page: the in-page UI brings its own into its shadow roots.
  cssInjectionMode: 'manual',
  // WXT's start announcement by postMessage tells every page the extension's id: pages could single out Parallax readers.
  noScriptStartedPostMessage: true,
  main(ctx) {
    refuseForgedRetirement(ctx.signal);
    // First of all, before any page script can listen: what the reader types into our UI stays ours.
    const guard = keepTypingPrivate(ctx.signal);
    const controller = new ScanController({
      ctx,
      send: sendToBackground,
      announce: () => broadcast('page.changed', { url: location.href }),
      guard,
    });
    serveTab(tabHandlers(controller), ctx.signal);
    listenForShortcuts(ctx, () => controller.session, {
      open: (mark) => controller.openPopover(mark, true),
      flag: () => void controller.beginFlag(),
    });
    watchNavigation(window, { signal: ctx.signal, onNavigate: () => controller.navigated() });
    // Nothing is asked of the background before the page is parsed and looks like an article.
    void controller.startWhenParsed();
  },
});
