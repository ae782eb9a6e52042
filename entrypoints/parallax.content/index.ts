// The content script, on every page: keeps what the reader types into our UI
// private from the first moment, then takes one cheap look at the page
// (lib/content/first-look.ts). Only a page that looks like an article, or a
// tab request, loads the wiring (lib/content/wiring.ts); reading, drawing and
// the in-page UI load after that, and only on pages that need them
// (lib/content/page-module.ts).
import { defineContentScript } from 'wxt/utils/define-content-script';

import { firstLook } from '@/lib/content/first-look';
import { keepTypingPrivate, refuseForgedRetirement } from '@/lib/content/page-guards';

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
    firstLook({ ctx, guard });
  },
});
