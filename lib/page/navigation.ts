/**
 * Notices same-document navigations of single-page sites, so the article can
 * be read again. A content script runs in an isolated world and cannot wrap
 * the page's `history.pushState`
 * (https://developer.chrome.com/docs/extensions/develop/concepts/content-scripts#isolated_world),
 * so it listens to what it can see: the Navigation API's `currententrychange`
 * where available (https://developer.mozilla.org/docs/Web/API/Navigation/currententrychange_event),
 * `popstate`, and otherwise a slow poll of `location.href`.
 */

/** A single-page site changes its content after the URL: wait this long for it to settle before reading. */
export const NAVIGATION_SETTLE_MS = 600;

/** Options of `watchNavigation`. */
export interface NavigationWatchOptions {
  /** Aborting removes every listener and the poll. */
  signal: AbortSignal;
  /** Called with the new URL after the URL (other than its hash) changed. */
  onNavigate: (url: string) => void;
  /** Poll interval where the Navigation API is missing, in ms. Default 1000. */
  pollMs?: number;
  /** Also report changes of the hash alone (in-page anchors). Default false. */
  includeHash?: boolean;
}

interface NavigationLike extends EventTarget {
  currentEntry?: unknown;
}

/** Watches `view` for same-document navigations until the signal aborts. */
export function watchNavigation(view: Window, options: NavigationWatchOptions): void {
  const { signal, onNavigate } = options;
  if (signal.aborted) return;
  const key = (href: string): string => (options.includeHash ? href : href.replace(/#.*$/, ''));
  let last = key(view.location.href);
  const check = (): void => {
    if (signal.aborted) return;
    const href = view.location.href;
    if (key(href) === last) return;
    last = key(href);
    onNavigate(href);
  };
  view.addEventListener('popstate', check, { signal });
  view.addEventListener('hashchange', check, { signal });
  const navigation = (view as Window & { navigation?: NavigationLike }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', check, { signal });
    return;
  }
  const timer = setInterval(check, options.pollMs ?? 1000);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
