/**
 * The part of Parallax every page evaluates: one cheap look, once the page is
 * parsed, at whether it holds an article's worth of prose. Most pages a reader
 * opens (web apps, searches, feeds, shops) do not, and get nothing more: no
 * message to the background, no wiring, no UI. A page that does, a tab request
 * (the side panel asking what the page shows, a settings change), or a
 * single-page site navigating to such a page loads the wiring
 * (`parallax-look.js`, lib/content/wiring.ts), which hands the page to the
 * scan controller. Like the heavy part, the file is a web-accessible resource
 * with a per-session URL in Chrome and a random per-install host in Firefox.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

import { isOwnTabRequest } from '../messaging/tab-request';
import { isLikelyArticle } from '../page/article';
import { NAVIGATION_SETTLE_MS, watchNavigation } from '../page/navigation';
import { yieldToMain } from '../page/yield';
import { nativeImport, slotModuleLoader, type ModuleImporter } from './page-module';
import { setPageState } from './page-state';
import { LOOK_MODULE_PATH, LOOK_SLOT, type LookModule, type WiredPage } from './wiring';

/** What the first look needs. */
export interface FirstLookDeps {
  ctx: ContentScriptContext;
  /** Keeps the page out of the shadow roots of our UI (see `keepTypingPrivate`). */
  guard: (root: ShadowRoot) => void;
  /** Loads the wiring (default: imports `parallax-look.js` once). */
  loadLook?: () => Promise<LookModule>;
  /** Delay between a same-document navigation and the next look, in ms (default 600). */
  navigationSettleMs?: number;
}

/** Loads the wiring once (see `slotModuleLoader`). */
export function lookModuleLoader(
  importer: ModuleImporter = nativeImport,
  url: () => string = () => browser.runtime.getURL(LOOK_MODULE_PATH),
): () => Promise<LookModule> {
  return slotModuleLoader<LookModule>(LOOK_MODULE_PATH, LOOK_SLOT, url, importer);
}

/**
 * Looks at the page once it is parsed, and hands it to the wiring when it looks
 * like an article or a tab request comes; resolves with the wired page then.
 */
export function firstLook(deps: FirstLookDeps): { wired: () => Promise<WiredPage> } {
  const { ctx, guard } = deps;
  const loadLook = deps.loadLook ?? lookModuleLoader();
  // What listens while the page is left unread: stopped once the wiring has the page.
  const unread = new AbortController();
  const signal = AbortSignal.any([ctx.signal, unread.signal]);
  let taken: Promise<WiredPage> | null = null;
  let settle: ReturnType<typeof setTimeout> | undefined;

  /** Hands the page to the wiring; `looked` when a look that found an article marked where it began. */
  const takeOver = (looked = false): Promise<WiredPage> => {
    taken ??= loadLook().then((module) => {
      unread.abort();
      clearTimeout(settle);
      const page = module.wirePage({ ctx, guard, looked });
      // After the first look the page is parsed and the look had a task of its own: scan at once.
      void (document.readyState === 'loading' ? page.controller.startWhenParsed() : page.controller.start());
      return page;
    });
    taken.catch((error: unknown) => {
      taken = null;
      // The page stays exactly as it was; the reason goes to the console for bug reports.
      console.warn('Parallax could not start on this page:', error);
      setPageState('ready');
    });
    return taken;
  };

  const look = (): void => {
    if (taken || ctx.signal.aborted) return;
    performance.mark('parallax:look');
    if (isLikelyArticle(document)) {
      void takeOver(true).catch(() => undefined);
      return;
    }
    // Performance tools see where Parallax finished with the page, as they do after a full scan.
    performance.measure('parallax:first-scan', { start: 'parallax:look', detail: { quiet: 'not-article' } });
    setPageState('ready');
  };

  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (reply: unknown) => void,
  ): true | undefined => {
    if (!isOwnTabRequest(message, sender)) return undefined;
    takeOver().then(
      (page) => (page.dispatch(message, sender) ?? Promise.resolve(undefined)).then(sendResponse),
      () => sendResponse(undefined),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });

  watchNavigation(window, {
    signal,
    onNavigate: () => {
      clearTimeout(settle);
      settle = setTimeout(look, deps.navigationSettleMs ?? NAVIGATION_SETTLE_MS);
    },
  });
  signal.addEventListener('abort', () => clearTimeout(settle), { once: true });

  const begin = (): void => void yieldToMain().then(look);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', begin, { once: true, signal });
  else begin();

  return { wired: () => taken ?? Promise.reject(new Error('The page was not handed to the wiring.')) };
}
