/**
 * The part of Parallax every page evaluates. Once the page is parsed it takes
 * one cheap look at whether the page holds an article's worth of prose. Most
 * pages a reader opens (web apps, searches, feeds, shops) do not, and get
 * nothing more: no message to the background, no wiring, no UI (only, for
 * their first seconds, a watch for a story their own script renders late). A page that
 * does gets the quick look (lib/content/quick-look.ts): its headline and
 * paragraphs go to the background, which says whether Parallax has anything to
 * show there. Only then, or at a tab request (the side panel asking what the
 * page shows, a settings change), or when the reader selects words on an
 * article to flag them, is the wiring loaded (`parallax-look.js`,
 * lib/content/wiring.ts), which hands the page to the scan controller; on a
 * page worth reading the heavy part (`parallax-page.js`) loads beside it.
 * Like the heavy part, the wiring is a web-accessible resource with a
 * per-session URL in Chrome and a random per-install host in Firefox.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

import { sendToBackground, type SendToBackground } from '../messaging/client';
import { isOwnTabRequest } from '../messaging/tab-request';
import { isLikelyArticle } from '../page/likely-article';
import { NAVIGATION_SETTLE_MS, watchNavigation } from '../page/navigation';
import { yieldToMain } from '../page/yield';
import { nativeImport, pageModuleLoader, slotModuleLoader, type ModuleImporter } from './page-module';
import { setPageState } from './page-state';
import { quickLook, type QuickLook } from './quick-look';
import { countAddedText, LATE_ARTICLE_MS, watchUnread, type QuietState } from './quiet-page';
import { LOOK_MODULE_PATH, LOOK_SLOT, type LookModule, type WiredPage } from './wiring';

/** What the first look needs. */
export interface FirstLookDeps {
  ctx: ContentScriptContext;
  /** Keeps the page out of the shadow roots of our UI (see `keepTypingPrivate`). */
  guard: (root: ShadowRoot) => void;
  /** How the quick look reaches the background (default: `sendToBackground`). */
  send?: SendToBackground;
  /** Loads the wiring (default: imports `parallax-look.js` once). */
  loadLook?: () => Promise<LookModule>;
  /** Loads the heavy part (default: imports `parallax-page.js`), started beside the wiring on a page worth reading. */
  loadPage?: () => Promise<unknown>;
  /** Delay between a same-document navigation and the next look, in ms (default 600). */
  navigationSettleMs?: number;
  /** How long after a page (or a single-page navigation) began a page found to be no article is watched for one (default 10 s). */
  lateArticleMs?: number;
}

/** Loads the wiring once (see `slotModuleLoader`). */
export function lookModuleLoader(
  importer: ModuleImporter = nativeImport,
  url: () => string = () => browser.runtime.getURL(LOOK_MODULE_PATH),
): () => Promise<LookModule> {
  return slotModuleLoader<LookModule>(LOOK_MODULE_PATH, LOOK_SLOT, url, importer);
}

/**
 * Looks at the page once it is parsed, and hands it to the wiring when it has
 * something to show, a tab request comes, or the reader selects words on an
 * article; resolves with the wired page then.
 */
export function firstLook(deps: FirstLookDeps): { wired: () => Promise<WiredPage> } {
  const { ctx, guard } = deps;
  const send = deps.send ?? sendToBackground;
  const loadLook = deps.loadLook ?? lookModuleLoader();
  const loadPage = deps.loadPage ?? pageModuleLoader();
  // What listens while the page is left unread: stopped once the wiring has the page.
  const unread = new AbortController();
  const signal = AbortSignal.any([ctx.signal, unread.signal]);
  let taken: Promise<WiredPage> | null = null;
  let settle: ReturnType<typeof setTimeout> | undefined;
  /** What the last look that ended found; the wiring starts from it rather than asking again. */
  let found: QuickLook | null = null;
  /** Bumped by every look: a quick look whose answer finds it changed was overtaken. */
  let looks = 0;
  /** What listens on a page left unread (a selection, more text): until the next look. */
  let quiet: AbortController | null = null;
  /** Until when a page found to be no article is watched for one arriving late (see `LATE_ARTICLE_MS`). */
  let lateUntil = performance.now() + (deps.lateArticleMs ?? LATE_ARTICLE_MS);

  /** Hands the page to the wiring, which starts from what the last look found (or looks itself). */
  const takeOver = (): Promise<WiredPage> => {
    taken ??= loadLook().then((module) => {
      unread.abort();
      clearTimeout(settle);
      const page = module.wirePage({ ctx, guard, first: found, lateUntil });
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

  /**
   * Ends a look that found nothing to show (performance tools see where Parallax finished with the page),
   * and watches a page left unread: a page that is no article may yet become one, an article may grow or
   * the reader select words to flag.
   */
  const leave = (state: QuietState | 'off', added = 0): void => {
    performance.measure('parallax:first-scan', { start: 'parallax:look', detail: { quiet: state } });
    setPageState(state === 'off' ? 'off' : 'ready');
    if (state === 'off' || !document.body) return;
    quiet = new AbortController();
    watchUnread(document.body, AbortSignal.any([signal, quiet.signal]), state, {
      lateUntil,
      added,
      lookAgain: () => void look(),
      select: () => void takeOver().catch(() => undefined),
    });
  };

  const look = async (): Promise<void> => {
    if (taken || ctx.signal.aborted) return;
    const generation = ++looks;
    quiet?.abort();
    quiet = null;
    performance.mark('parallax:look');
    let result: QuickLook;
    // What a live page adds while the background answers was not in the look: it counts toward the next.
    let added = 0;
    if (!isLikelyArticle(document)) result = { article: false };
    else {
      const growth = document.body ? countAddedText(document.body) : null;
      try {
        result = await quickLook(send, true);
      } catch (error) {
        // A page Parallax cannot read stays exactly as it was; the reason goes to the console for bug reports.
        console.warn('Parallax could not scan this page:', error);
        if (generation === looks && !taken) setPageState('ready');
        return;
      } finally {
        added = growth?.stop() ?? 0;
      }
    }
    if (generation !== looks || taken || ctx.signal.aborted) return;
    found = result;
    if (!result.article) return leave('not-article');
    if (!result.reply.enabled) return leave('off');
    if (result.reply.worth) {
      // The wiring and the heavy part load side by side: reading waits for the later of the two, not both.
      void loadPage().catch(() => undefined);
      void takeOver().catch(() => undefined);
      return;
    }
    leave('ready', added);
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
      // The page changes under the last look: what it found no longer holds.
      looks += 1;
      found = null;
      lateUntil = performance.now() + (deps.lateArticleMs ?? LATE_ARTICLE_MS);
      quiet?.abort();
      clearTimeout(settle);
      settle = setTimeout(() => void look(), deps.navigationSettleMs ?? NAVIGATION_SETTLE_MS);
    },
  });
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(settle);
      quiet?.abort();
    },
    { once: true },
  );

  const begin = (): void => void yieldToMain().then(look);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', begin, { once: true, signal });
  else begin();

  return { wired: () => taken ?? Promise.reject(new Error('The page was not handed to the wiring.')) };
}
