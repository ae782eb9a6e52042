/**
 * First-match lookups for the few elements a page declares about itself
 * (`meta`, `link`, `time`, JSON-LD scripts). `document.querySelector` walks
 * the whole document when nothing matches, which on a page of 100,000 nodes
 * costs milliseconds per question; the by-tag collections these go through
 * hold only elements of one tag and are kept by the browser between calls.
 */

/** The first `tag` element of `document` (in document order) that matches `selector`, or null. */
export function firstOfTag(document: Document, tag: string, selector: string): Element | null {
  for (const element of document.getElementsByTagName(tag)) {
    if (element.matches(selector)) return element;
  }
  return null;
}

/** Every `tag` element of `document` that matches `selector`, in document order. */
export function allOfTag(document: Document, tag: string, selector: string): Element[] {
  return [...document.getElementsByTagName(tag)].filter((element) => element.matches(selector));
}

/** The trimmed `content` of the first `meta` element matching `selector`, if not empty. */
export function metaContent(document: Document, selector: string): string | undefined {
  const value = firstOfTag(document, 'meta', selector)?.getAttribute('content')?.trim();
  return value ? value : undefined;
}
