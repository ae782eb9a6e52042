/**
 * Parallax wired to a page: the scan controller, its answers to tab requests,
 * the keyboard shortcuts and single-page navigation. Built into
 * `parallax-look.js` and loaded by the first look (lib/content/first-look.ts)
 * only on a page it found worth reading, a page the side panel or a settings
 * change asks about, or an article whose words the reader selects.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

import { sendToBackground } from '../messaging/client';
import { broadcast, serveTab, tabDispatcher, type TabDispatch } from '../messaging/tab-client';
import { watchNavigation } from '../page/navigation';
import type { QuickLook } from './quick-look';
import { ScanController } from './scan-controller';
import { listenForShortcuts } from './shortcuts';
import { tabHandlers } from './tab-handlers';

/** What the page's first look hands over. */
export interface WiringDeps {
  ctx: ContentScriptContext;
  /** Keeps the page out of the shadow roots of our UI (see `keepTypingPrivate`). */
  guard: (root: ShadowRoot) => void;
  /** What the first look found, when it looked (see `ScanControllerDeps.first`). */
  first: QuickLook | null;
  /** Until when the first look would have watched a page that is no article (see `ScanControllerDeps.lateUntil`). */
  lateUntil: number;
}

/** The page, wired: its controller and the answer to a tab request that came before the wiring. */
export interface WiredPage {
  controller: ScanController;
  dispatch: TabDispatch;
}

/** Wires Parallax to the page; the caller starts the first scan. */
export function wirePage({ ctx, guard, first, lateUntil }: WiringDeps): WiredPage {
  const controller = new ScanController({
    ctx,
    first,
    lateUntil,
    send: sendToBackground,
    announce: () => broadcast('page.changed', { url: location.href }),
    guard,
  });
  const handlers = tabHandlers(controller);
  serveTab(handlers, ctx.signal);
  listenForShortcuts(ctx, () => controller.session, {
    open: (mark) => controller.openPopover(mark, true),
    flag: () => void controller.beginFlag(),
  });
  watchNavigation(window, { signal: ctx.signal, onNavigate: () => controller.navigated() });
  return { controller, dispatch: tabDispatcher(handlers) };
}

/** What `parallax-look.js` leaves for the first look. */
export interface LookModule {
  wirePage: typeof wirePage;
}

/** The file the wiring is built to (`entrypoints/parallax-look.ts`). */
export const LOOK_MODULE_PATH = '/parallax-look.js' as const;

/** Where the wiring leaves itself on the isolated world's global once evaluated. */
export const LOOK_SLOT = Symbol.for('parallax.look-module');

/** Called by `parallax-look.js` when it is evaluated. */
export function registerLookModule(module: LookModule): void {
  (globalThis as Record<symbol, unknown>)[LOOK_SLOT] = module;
}
