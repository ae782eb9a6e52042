/**
 * The highlight element `<parallax-mark>`. A custom element name keeps page
 * CSS written for `mark`, `span` or `em` off our highlights, and keeps our
 * styles off the page's own elements.
 */
import type { HighlightHit } from './types';

/** Tag name of the highlight element. */
export const MARK_ELEMENT = 'parallax-mark';

/** Attribute set on every piece of one hit, so all pieces can be found from any of them. */
export const HIT_ATTRIBUTE = 'data-parallax-hit';

/** Attribute set on the highlight the user is looking at (popover open, keyboard focus). */
export const ACTIVE_ATTRIBUTE = 'data-parallax-active';

/** Attribute that plays the "here it is" flash once; remove it to replay. */
export const FLASH_ATTRIBUTE = 'data-parallax-flash';

/**
 * Registers `parallax-mark` once, so it is a defined element the page cannot
 * claim for itself. Content scripts in Chrome's isolated world see
 * `customElements === null` (https://crbug.com/390807), and Firefox content
 * scripts may fail to define one (https://bugzilla.mozilla.org/show_bug.cgi?id=1492002);
 * the undefined element then still renders inline like any unknown element,
 * so nothing else changes.
 */
export function defineMarkElement(view: (Window & typeof globalThis) | null): void {
  const registry = view?.customElements;
  if (!view || !registry || registry.get(MARK_ELEMENT)) return;
  try {
    registry.define(MARK_ELEMENT, class ParallaxMark extends view.HTMLElement {});
  } catch {
    // Defined meanwhile by another copy of the script, or refused across realms: the plain element serves.
  }
}

/**
 * Makes highlight elements for hits. No tabindex: a page with hundreds of
 * highlights must not gain hundreds of tab stops; the keyboard shortcut that
 * walks highlights sets `tabindex="-1"` on the one it focuses. `role="mark"`
 * tells assistive technology this is highlighted text.
 *
 * Marks of the same entity or claim differ only in their hit number, so each
 * is a shallow clone of a prototype carrying the shared attributes: one DOM
 * call and one attribute instead of six, which counts on a dense article.
 */
export class MarkFactory {
  private readonly prototypes = new Map<string, HTMLElement>();

  constructor(private readonly document: Document) {}

  /** A new, unattached highlight element for `hit`, piece of hit number `serial`. */
  create(hit: HighlightHit, serial: number): HTMLElement {
    const event = hit.kind === 'claim' && hit.eventId ? hit.eventId : '';
    const key = `${hit.kind} ${hit.id} ${event}`;
    let prototype = this.prototypes.get(key);
    if (!prototype) {
      prototype = this.document.createElement(MARK_ELEMENT);
      prototype.setAttribute('data-parallax-kind', hit.kind);
      prototype.setAttribute('data-parallax-id', hit.id);
      if (event) prototype.setAttribute('data-parallax-event', event);
      prototype.setAttribute('role', 'mark');
      this.prototypes.set(key, prototype);
    }
    const mark = prototype.cloneNode(false) as HTMLElement;
    mark.setAttribute(HIT_ATTRIBUTE, String(serial));
    return mark;
  }
}
