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

/** Events that carry what the reader types; composed, so they travel through the page's listeners too. */
const TYPING_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'textInput',
  'compositionstart',
  'compositionupdate',
  'compositionend',
] as const;

/** Shadow roots of our UI whose fields are private to the reader. */
const privateRoots = new Set<ShadowRoot>();

/** The field of one of our UI hosts that has focus, when an event comes from it; null otherwise. */
function privateFieldOf(event: Event): HTMLInputElement | HTMLTextAreaElement | HTMLElement | null {
  for (const root of privateRoots) {
    // Seen from `window`, an event from inside a closed shadow root targets its host.
    if (event.target !== root.host) continue;
    const field = root.activeElement;
    return field instanceof HTMLElement && (field.matches('input, textarea') || field.isContentEditable) ? field : null;
  }
  return null;
}

/** A field's text, whatever kind of field it is. */
const fieldText = (field: HTMLElement): string =>
  'value' in field && typeof field.value === 'string' ? field.value : (field.textContent ?? '');

/** Puts a field's text back. */
function restoreText(field: HTMLElement, text: string): void {
  if ('value' in field && typeof field.value === 'string') (field as HTMLTextAreaElement).value = text;
  else field.textContent = text;
}

/**
 * Keeps what the reader types into our UI (a flag's note) from the page. Key
 * and input events are composed: they pass `window` and `document` on their way
 * to a field inside a shadow root, and page listeners there would read every
 * key. This listener is registered at `document_start`, before any page script,
 * so on `window` in the capture phase it runs first and stops such events from
 * going further. The field still receives the typed text (the browser's default
 * action is left alone), so our forms read fields when saving rather than
 * listening to each key. Named keys (Escape, Enter, Tab, arrows) still pass:
 * they drive the form and reveal nothing of the note. A page script can also
 * write into whatever field has focus with `document.execCommand`, even inside
 * a closed shadow root; such edits come without the trusted `beforeinput` that
 * announces every edit of the reader's, and are put back.
 */
export function keepTypingPrivate(signal: AbortSignal): (root: ShadowRoot) => void {
  // What each field held after the reader's last edit, and whether an edit of the reader's is under way.
  const lastByReader = new WeakMap<HTMLElement, string>();
  let readerEditing = false;
  const hide = (event: Event): void => {
    const field = privateFieldOf(event);
    if (!field) return;
    if (event.type === 'beforeinput' && event.isTrusted) {
      if (!lastByReader.has(field)) lastByReader.set(field, fieldText(field));
      readerEditing = true;
    } else if (event.type === 'input') {
      // Every edit by the reader (keys, IME, paste, drop, undo) is announced by a trusted
      // beforeinput; document.execCommand from a page script is not, and is undone.
      if (readerEditing) lastByReader.set(field, fieldText(field));
      else restoreText(field, lastByReader.get(field) ?? '');
      readerEditing = false;
    }
    if (event.type === 'keydown' && event instanceof KeyboardEvent && event.key.length > 1) return;
    event.stopImmediatePropagation();
  };
  for (const type of TYPING_EVENTS) window.addEventListener(type, hide, { capture: true, signal });
  signal.addEventListener('abort', () => privateRoots.clear(), { once: true });
  return (root) => {
    privateRoots.add(root);
    signal.addEventListener('abort', () => privateRoots.delete(root), { once: true });
  };
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
  const name = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: unknown })
    .SCRIPT_STARTED_MESSAGE_TYPE;
  if (typeof name !== 'string') return;
  const guard = (event: Event): void => {
    if (browser.runtime?.id) event.stopImmediatePropagation();
  };
  window.addEventListener(name, guard, { capture: true, signal });
}
