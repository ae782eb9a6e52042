/**
 * The opening of a page's text: its headline and first paragraphs, as a page
 * of its own. A news story names its people, units and places there, so a
 * question about the whole page can often be answered from it, at a fraction
 * of the cost.
 */
import type { PageText } from '../match/types';

/** The first `chars` characters of `page`, as a page of its own: the blocks that begin there, cut at its end. */
export function openingOf(page: PageText, chars: number): PageText {
  const end = Math.min(chars, page.text.length);
  const blocks = page.blocks.filter((b) => b.start < end).map((b) => ({ start: b.start, end: Math.min(b.end, end) }));
  const opening: PageText = { text: page.text.slice(0, end), blocks };
  if (page.headline && page.headline.end <= end) opening.headline = page.headline;
  if (page.lang) opening.lang = page.lang;
  if (page.published) opening.published = page.published;
  return opening;
}
