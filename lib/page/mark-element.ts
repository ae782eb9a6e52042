/**
 * The highlight element `<parallax-mark>`. A custom element name keeps page
 * CSS written for `mark`, `span` or `em` off our highlights, and keeps our
 * styles off the page's own elements.
 *
 * It is deliberately never registered with `customElements.define`: defined
 * from a Firefox content script, the element's class lives in the add-on's
 * compartment and page scripts get "Permission denied" reading any property
 * of a highlight (https://bugzilla.mozilla.org/show_bug.cgi?id=1492002), which
 * breaks sites that walk their own DOM. An undefined custom element name is a
 * plain `HTMLElement` in every world.
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
