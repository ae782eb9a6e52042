/**
 * Lines that are links: a paragraph or list item whose text is nearly all
 * link text is a link to another page (another story of the site, set between
 * the article's paragraphs), not the article's prose.
 */

/** A block is a link when at least this share of its text is link text. */
export const LINK_SHARE = 0.9;

/** Whether a block with `total` characters of text, `linked` of them in links, is a link. */
export function isMostlyLinked(linked: number, total: number): boolean {
  return linked > 0 && linked >= LINK_SHARE * total;
}
