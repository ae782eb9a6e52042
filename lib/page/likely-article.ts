/**
 * The cheap check every page gets before anything else: whether it holds an
 * article's worth of prose. It reads `textContent` only (no layout, no
 * scoring) and imports nothing heavier than a tag lookup, because it is part
 * of the script evaluated on every page a reader opens.
 */
import { hasTitledHeadline } from './headline';
import { firstOfTag } from './lookup';

/** Text shorter than this is not a paragraph (captions, buttons, bylines). */
export const MIN_PARAGRAPH = 25;

/** Below this much paragraph text a page is not read at all. */
export const MIN_ARTICLE_TEXT = 500;

/** Prose enough for a page that reads as a brief (see `readsAsBrief`): news briefs and headline-led items are short. */
export const MIN_BRIEF_TEXT = 250;

/** Words a headline has at least: a news headline is a sentence, a sign-in or section page's heading a word or two. */
export const HEADLINE_WORDS = 5;

/**
 * True when a page with a brief's worth of prose reads as a brief: it has a headline (an `h1`, or an
 * element carrying the page's title) and says it is an article (an `article` element, `og:type`
 * article, a publication time), or its `h1` is a sentence long.
 */
function readsAsBrief(document: Document): boolean {
  const h1 = document.getElementsByTagName('h1')[0];
  if (!h1) return hasTitledHeadline(document);
  const declared =
    document.getElementsByTagName('article').length > 0 ||
    firstOfTag(document, 'meta', '[property="og:type"][content="article"], [property="article:published_time"]') !==
      null;
  return declared || (h1.textContent ?? '').trim().split(/\s+/).length >= HEADLINE_WORDS;
}

/** The prose a page needs before Parallax reads it as an article. */
export function minimumText(document: Document): number {
  return readsAsBrief(document) ? MIN_BRIEF_TEXT : MIN_ARTICLE_TEXT;
}

/**
 * Cheap first check (no scoring): does the page hold enough paragraph text to
 * be an article? Pages that write paragraphs as `<div>` text or `<br>` lines
 * instead of `<p>` are let through when such direct text adds up.
 */
export function isLikelyArticle(document: Document): boolean {
  const body = document.body;
  if (!body) return false;
  let total = 0;
  for (const paragraph of body.getElementsByTagName('p')) {
    total += paragraph.textContent?.length ?? 0;
    if (total >= MIN_ARTICLE_TEXT) return true;
  }
  let direct = 0;
  for (const container of body.querySelectorAll('div, section, article, td')) {
    direct += directTextLength(container);
    if (direct >= MIN_ARTICLE_TEXT) return true;
  }
  // Only a page with less than an article's prose asks whether it reads as a brief.
  return Math.max(total, direct) >= MIN_BRIEF_TEXT && readsAsBrief(document);
}

/** Length of the prose an element holds directly (text children of at least a short sentence, e.g. `<br>`-separated lines). */
export function directTextLength(element: Element): number {
  let length = 0;
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) length += (child as Text).data.trim().length;
  }
  return length >= MIN_PARAGRAPH ? length : 0;
}
