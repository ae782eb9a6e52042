/**
 * Finds the article on a page: the element holding its body, and its
 * headline. Markup that names the article (schema.org articleBody, common
 * content classes, `article`, `main`) is trusted when it holds most of the
 * page's prose; otherwise paragraph-density scoring picks the region. Pages
 * that are not articles (short, or listings of teasers) give null quickly.
 */
import { findHeadline } from './headline';
import { isLikelyArticle, minimumText } from './likely-article';
import { scorePageSteps, type PageScores } from './scoring';
import { ARTICLE_BODY_SELECTORS, ARTICLE_CONTAINER_SELECTORS } from './site-rules';
import { runSync, type Steps } from './slicing';
import type { ArticleRegion, RegionSource } from './types';

/** A region holding this many separate `article` teasers is a listing page. */
const LISTING_TEASERS = 4;

function prose(scores: PageScores, element: Element | null | undefined): number {
  return element ? (scores.proseText.get(element) ?? 0) : 0;
}

/** `Node.DOCUMENT_POSITION_FOLLOWING`, written out: DOM libraries used outside a browser do not all define `Node`. */
const FOLLOWING = 0x4;

/** Candidate elements compared between pauses of `findArticleRegionSteps`. */
const MATCHES_PER_STEP = 400;

// For each selector, its match holding the most prose (for equal prose the innermost, later in document
// order). Only elements holding prose can win, so only those are tested, in document order: far fewer
// than a query over the whole page, which on a page of 100,000 nodes would hold the main thread.
function* richestMatchesSteps(selectors: readonly string[], scores: PageScores): Steps<Map<string, Element>> {
  const combined = selectors.join(',');
  const candidates: Element[] = [];
  let looked = 0;
  for (const element of scores.proseText.keys()) {
    if (++looked % MATCHES_PER_STEP === 0) yield;
    if (element.matches(combined)) candidates.push(element);
  }
  candidates.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
  const best = new Map<string, Element>();
  for (const element of candidates) {
    const amount = prose(scores, element);
    for (const selector of selectors) {
      if (!element.matches(selector)) continue;
      if (amount >= prose(scores, best.get(selector))) best.set(selector, element);
    }
  }
  return best;
}

// Teaser grids put each story in its own `article`; a real article has at most a few nested ones (embeds).
function looksLikeListing(root: Element): boolean {
  const teasers = root.getElementsByTagName('article').length;
  return teasers >= LISTING_TEASERS;
}

// Widens the scored region to the highest ancestor that adds much more prose: an article body split
// into several containers (one per section or per ad slot) is read whole. Steps that add little are
// passed over rather than stopping the climb, because wrappers often nest several deep.
function widen(scores: PageScores, best: Element, body: Element): Element {
  let chosen = best;
  for (let ancestor = best.parentElement; ancestor && ancestor !== body; ancestor = ancestor.parentElement) {
    if (prose(scores, ancestor) >= prose(scores, chosen) * 1.3) chosen = ancestor;
  }
  return chosen;
}

function chooseRoot(
  scores: PageScores,
  scored: Element | null,
  matches: Map<string, Element>,
): { root: Element; source: RegionSource } | null {
  const scoredProse = prose(scores, scored);
  // A named body is trusted when it holds at least half the prose of the scored region.
  for (const selector of ARTICLE_BODY_SELECTORS) {
    const match = matches.get(selector);
    if (match && prose(scores, match) >= 0.5 * scoredProse)
      return { root: match, source: selector.startsWith('[itemprop') ? 'semantic' : 'site-rule' };
  }
  // A container (`article`, `main`) also holds headline and byline; it must cover most of the scored prose
  // without dragging in much more (a `main` that also lists other stories).
  for (const selector of ARTICLE_CONTAINER_SELECTORS) {
    const match = matches.get(selector);
    if (!match) continue;
    const matchProse = prose(scores, match);
    if (
      matchProse >= 0.8 * scoredProse &&
      (scored === null || !match.contains(scored) || matchProse <= 1.5 * scoredProse)
    ) {
      if (!looksLikeListing(match)) return { root: match, source: 'semantic' };
    }
  }
  return scored ? { root: scored, source: 'scored' } : null;
}

/** The article region of a page, or null when the page is not an article. */
export function findArticleRegion(document: Document): ArticleRegion | null {
  return runSync(findArticleRegionSteps(document));
}

/** `findArticleRegion` as resumable steps, for time-sliced reading of huge pages. */
export function* findArticleRegionSteps(document: Document): Steps<ArticleRegion | null> {
  const body = document.body;
  if (!body || !isLikelyArticle(document)) return null;
  const scores = yield* scorePageSteps(body);
  yield;
  const scored = scores.best ? widen(scores, scores.best, body) : null;
  const matches = yield* richestMatchesSteps([...ARTICLE_BODY_SELECTORS, ...ARTICLE_CONTAINER_SELECTORS], scores);
  yield;
  const chosen = chooseRoot(scores, scored, matches);
  if (!chosen) return null;
  if (prose(scores, chosen.root) < minimumText(document)) return null;
  if (looksLikeListing(chosen.root)) return null;
  return { root: chosen.root, headline: findHeadline(document, chosen.root), source: chosen.source };
}
