/**
 * The heavy part of the content script, loaded only on pages that need it.
 *
 * Every page gets the first look (lib/content/first-look.ts); pages that look
 * like articles get the wiring (lib/content/wiring.ts), which asks the
 * background whether the page holds anything Parallax knows and answers the
 * side panel. Reading the article, drawing highlights, the popover, the flag
 * form and their styles live in `parallax-page.js`, imported into the content
 * script's own isolated world the first time a page has something to show or
 * the reader starts a flag. Like the wiring, the file is a web-accessible
 * resource with a per-session URL in Chrome (`use_dynamic_url`), and under
 * Firefox's random per-install host, so a page can neither load it nor probe
 * for it.
 */
import { browser } from 'wxt/browser';

import type { findArticleRegion } from '../page/article';
import type { mountFlagging } from './flagging';
import type { mountPopover } from './popover';
import type { PageSession } from './session';

/** What the heavy part gives the light one. */
export interface PageModule {
  PageSession: typeof PageSession;
  mountPopover: typeof mountPopover;
  mountFlagging: typeof mountFlagging;
  findArticleRegion: typeof findArticleRegion;
}

/** The file the heavy part is built to (`entrypoints/parallax-page.ts`). */
export const PAGE_MODULE_PATH = '/parallax-page.js' as const;

/** Where the heavy part leaves itself on the isolated world's global once evaluated. */
const SLOT = Symbol.for('parallax.page-module');

type WithSlot = typeof globalThis & { [SLOT]?: PageModule };

/** Called by the heavy part when it is evaluated. */
export function registerPageModule(module: PageModule): void {
  (globalThis as WithSlot)[SLOT] = module;
}

/** Loads a module by URL; `import()` in the content script, replaceable in tests. */
export type ModuleImporter = (url: string) => Promise<unknown>;

export const nativeImport: ModuleImporter = (url) => import(/* @vite-ignore */ url);

/**
 * Loads, once, a part of the content script built as its own file that leaves
 * itself in `slot` on the isolated world's global when evaluated: the first
 * call imports it, later calls share the same promise. A failed load is not
 * kept, so the next need tries again.
 */
export function slotModuleLoader<T>(
  path: string,
  slot: symbol,
  url: () => string,
  importer: ModuleImporter = nativeImport,
): () => Promise<T> {
  const registered = (): T | undefined => (globalThis as Record<symbol, unknown>)[slot] as T | undefined;
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= (async () => {
      const found = registered();
      if (found) return found;
      await importer(url());
      const module = registered();
      if (!module) throw new Error(`A part of Parallax did not register itself (${path}).`);
      return module;
    })().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}

/** Loads the heavy part once (see `slotModuleLoader`). */
export function pageModuleLoader(
  importer: ModuleImporter = nativeImport,
  url: () => string = () => browser.runtime.getURL(PAGE_MODULE_PATH),
): () => Promise<PageModule> {
  return slotModuleLoader<PageModule>(PAGE_MODULE_PATH, SLOT, url, importer);
}
