/**
 * The quick look the light content script takes at every article-like page:
 * the headline and the paragraphs' text, read with `textContent` only (no
 * walk, no layout), for the background to say whether Parallax has anything
 * here. Only then is the article read properly and drawn on.
 */
import { TEASER_MAX_CHARS } from '../match/teaser-size';
import type { PageText, TextSpan } from '../match/types';
import { declaredTitle } from './headline';
import { MIN_PARAGRAPH } from './likely-article';
import { isMostlyLinked } from './links';

/** Past this much text the quick look stops reading: enough to recognise any article. */
export const MAX_PROBE_CHARS = 200_000;

/**
 * A paragraph no longer than this that is a link (see links.ts) links to another story, and is not read: the
 * matcher leaves out the same lines of the article.
 */
export const LINK_LINE_CHARS = TEASER_MAX_CHARS;

/** Whether `paragraph`, whose text is `text`, is a short line that is a link. */
function isLinkLine(paragraph: Element, text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > LINK_LINE_CHARS) return false;
  let linked = 0;
  for (const link of paragraph.getElementsByTagName('a')) linked += (link.textContent ?? '').trim().length;
  return isMostlyLinked(linked, trimmed.length);
}

/** The page's headline (its first `h1`, else its declared title) and paragraph text, as page text. */
export function readProbeText(document: Document, published?: string): PageText {
  const parts: string[] = [];
  const blocks: TextSpan[] = [];
  let length = 0;
  const add = (text: string): void => {
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (trimmed === '' || length >= MAX_PROBE_CHARS) return;
    if (parts.length > 0) {
      parts.push('\n\n');
      length += 2;
    }
    const piece = trimmed.slice(0, MAX_PROBE_CHARS - length);
    blocks.push({ start: length, end: length + piece.length });
    parts.push(piece);
    length += piece.length;
  };
  const h1 = document.getElementsByTagName('h1')[0];
  add(h1?.textContent ?? declaredTitle(document));
  const headline = blocks[0];
  let paragraphs = 0;
  for (const paragraph of document.body?.getElementsByTagName('p') ?? []) {
    const text = paragraph.textContent ?? '';
    if (text.length < MIN_PARAGRAPH || isLinkLine(paragraph, text)) continue;
    add(text);
    paragraphs += 1;
    if (length >= MAX_PROBE_CHARS) break;
  }
  // Prose written as `<div>` text or `<br>` lines has no paragraphs to read: take the body's text.
  if (paragraphs < 3 && document.body) add(document.body.textContent ?? '');
  const page: PageText = { text: parts.join(''), blocks };
  if (headline) page.headline = headline;
  const lang = document.documentElement.getAttribute('lang')?.trim();
  if (lang) page.lang = lang;
  if (published) page.published = published;
  return page;
}
