/**
 * What the page's own scripts may not do to Parallax. Content scripts share the
 * DOM and its events with the page, so a page can synthesise input on our
 * highlights and UI, or forge the event WXT uses to retire an old copy of a
 * content script. Events made by scripts carry `isTrusted === false`
 * (https://dom.spec.whatwg.org/#dom-event-istrusted); the reader's own input
 * and the browser's never do.
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Events that act in the reader's name inside our UI: a click (flag, mute, wrong match), a submit, a key. */
const ACTING_EVENTS = ['click', 'submit', 'keydown'] as const;

/** Stops events the page synthesised inside `root` (our shadow-root UI) before any handler of ours sees them. */
export function ignoreSyntheticInput(root: EventTarget, signal: AbortSignal): void {
  const drop = (event: Event): void => {
    if (event.isTrusted) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of ACTING_EVENTS) root.addEventListener(type, drop, { capture: true, signal });
}

/**
 * WXT retires an older copy of a content script when a newer copy dispatches a
 * custom event on `document` whose name holds the extension id
 * (https://github.com/wxt-dev/wxt/pull/1938). A published extension's id is
 * public, so any page could forge it and switch Parallax off. A genuine newer
 * copy only exists after an update, when this copy has lost its runtime; until
 * then the event is stopped on `window`, before WXT's listener on `document`.
 * The newer copy announces itself before it registers this guard, so it still
 * retires the old one.
 */
export function refuseForgedRetirement(signal: AbortSignal): void {
  // A private static of WXT's class; when absent (a WXT change), the e2e test of hostile pages fails.
  const name = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: unknown }).SCRIPT_STARTED_MESSAGE_TYPE;
  if (typeof name !== 'string') return;
  const guard = (event: Event): void => {
    if (browser.runtime?.id) event.stopImmediatePropagation();
  };
  window.addEventListener(name, guard, { capture: true, signal });
}
