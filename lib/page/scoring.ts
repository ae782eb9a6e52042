/**
 * Readability-style scoring of paragraph density, for pages whose markup does
 * not say where the article is. Each paragraph-like element gives points for
 * its length and commas to its parent and, diminishing, to two more
 * ancestors; candidates are then discounted by the link density of the
 * paragraphs and list items inside them (summed on the way, so no container's
 * whole text is ever read). The idea
 * and weights follow Mozilla Readability
 * (https://github.com/mozilla/readability/blob/main/Readability.js, `_grabArticle`),
 * reduced to what choosing one region needs.
 */
import { hasNoiseName, isExcludedElement, nameTokens } from './exclusion';
import { directTextLength, MIN_PARAGRAPH } from './likely-article';
import { CONTENT_TOKENS } from './site-rules';
import { runSync, type Steps } from './slicing';

/** Paragraphs with more link text than this share are link lists (related, tags). */
const MAX_LINK_DENSITY = 0.5;

/** What scoring learnt about a page. */
export interface PageScores {
  /** Length of prose paragraph text inside each ancestor of a prose paragraph. */
  proseText: Map<Element, number>;
  /** The best-scoring container, before widening. */
  best: Element | null;
}

/** Share of an element's text that sits in links. */
export function linkDensity(element: Element, textLength: number): number {
  if (textLength === 0) return 0;
  let linked = 0;
  for (const anchor of element.getElementsByTagName('a')) linked += anchor.textContent?.length ?? 0;
  return Math.min(1, linked / textLength);
}

function initialScore(element: Element): number {
  let score = 0;
  switch (element.tagName) {
    case 'DIV':
      score = 5;
      break;
    case 'ARTICLE':
    case 'SECTION':
    case 'MAIN':
      score = 8;
      break;
    case 'PRE':
    case 'TD':
    case 'BLOCKQUOTE':
      score = 3;
      break;
    case 'OL':
    case 'UL':
    case 'DL':
    case 'DD':
    case 'DT':
    case 'LI':
    case 'FORM':
      score = -3;
      break;
    case 'H1':
    case 'H2':
    case 'H3':
    case 'H4':
    case 'H5':
    case 'H6':
    case 'TH':
      score = -5;
      break;
  }
  if (hasNoiseName(element)) score -= 25;
  else if (
    nameTokens(`${element.getAttribute('class') ?? ''} ${element.id}`).some((token) => CONTENT_TOKENS.has(token))
  )
    score += 25;
  return score;
}

/** Paragraphs scored between pauses of `scorePageSteps`. */
const PARAGRAPHS_PER_STEP = 48;

/** `NodeFilter.SHOW_ELEMENT`, written out: DOM libraries used outside a browser do not all define `NodeFilter`. */
const SHOW_ELEMENT = 0x1;

/** Elements walked between pauses of `scorePageSteps`. */
const ELEMENTS_PER_STEP = 1000;

/** Elements scored as paragraphs. */
const PARAGRAPH_TAGS = new Set(['p', 'td', 'blockquote', 'li']);

/** Elements scored as paragraphs when they hold text of their own (prose written as `<div>` text). */
const CONTAINER_TAGS = new Set(['div', 'section', 'article']);

/** Scores the paragraph-like elements under `body` and returns the best container and prose totals. */
export function scorePage(body: Element): PageScores {
  return runSync(scorePageSteps(body));
}

/** `scorePage` as resumable steps, for time-sliced reading of huge pages. */
export function* scorePageSteps(body: Element): Steps<PageScores> {
  const excluded = new Map<Element, boolean>();
  const insideExcluded = (element: Element): boolean => {
    const path: Element[] = [];
    let verdict = false;
    for (let current: Element | null = element; current && current !== body; current = current.parentElement) {
      const known = excluded.get(current);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      path.push(current);
      if (isExcludedElement(current, true)) {
        verdict = true;
        break;
      }
    }
    for (const seen of path) excluded.set(seen, verdict);
    return verdict;
  };

  const proseText = new Map<Element, number>();
  const scores = new Map<Element, number>();
  // Text and link text of every paragraph-like element, summed per ancestor: the containers' link density.
  const allText = new Map<Element, number>();
  const linkText = new Map<Element, number>();
  // One walk in document order, in steps: the paragraph-like elements, then the containers with text of their own.
  const paragraphs: Element[] = [];
  const containers: Element[] = [];
  const walker = body.ownerDocument.createTreeWalker(body, SHOW_ELEMENT);
  let looked = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++looked % ELEMENTS_PER_STEP === 0) yield;
    const element = node as Element;
    if (PARAGRAPH_TAGS.has(element.localName)) paragraphs.push(element);
    else if (CONTAINER_TAGS.has(element.localName) && directTextLength(element) > 0) containers.push(element);
  }
  paragraphs.push(...containers);
  yield;

  let done = 0;
  for (const paragraph of paragraphs) {
    if (++done % PARAGRAPHS_PER_STEP === 0) yield;
    // A cell or quote made of paragraphs is counted through those paragraphs, not twice.
    if (paragraph.tagName !== 'P' && paragraph.getElementsByTagName('p').length > 0) continue;
    if (insideExcluded(paragraph)) continue;
    const text = paragraph.textContent ?? '';
    const length = text.trim().length;
    if (length < MIN_PARAGRAPH) continue;
    const links = linkDensity(paragraph, length) * length;
    // List items only weigh on link density: lists of links (related, tags) mark a container as navigation.
    const prose = paragraph.tagName !== 'LI' && links <= MAX_LINK_DENSITY * length;
    const points = 1 + (text.match(/[,，、]/g)?.length ?? 0) + Math.min(3, Math.floor(length / 100));
    let level = 0;
    for (let ancestor = paragraph.parentElement; ancestor; ancestor = ancestor.parentElement) {
      allText.set(ancestor, (allText.get(ancestor) ?? 0) + length);
      linkText.set(ancestor, (linkText.get(ancestor) ?? 0) + links);
      if (prose) {
        proseText.set(ancestor, (proseText.get(ancestor) ?? 0) + length);
        if (level < 3) {
          const divider = level === 0 ? 1 : level === 1 ? 2 : 6;
          scores.set(ancestor, (scores.get(ancestor) ?? initialScore(ancestor)) + points / divider);
        }
      }
      if (ancestor === body) break;
      level += 1;
    }
    // The paragraph itself is a container of its own text (a lone `<div>` of prose).
    if (prose) proseText.set(paragraph, (proseText.get(paragraph) ?? 0) + length);
  }

  yield;
  let best: Element | null = null;
  let bestScore = -Infinity;
  for (const [element, score] of scores) {
    const total = allText.get(element) ?? 0;
    const final = score * (1 - (total > 0 ? (linkText.get(element) ?? 0) / total : 0));
    if (final > bestScore) {
      bestScore = final;
      best = element;
    }
  }
  return { proseText, best };
}
