/**
 * Finds the article's own headline: an `h1` inside the article body, or the
 * heading elsewhere on the page whose text matches the page title (og:title
 * first, since `<title>` usually carries the site name too).
 */
import { foldQuotes } from '../text/quotes';
import { metaContent } from './lookup';

/** Headline and title compared without case, quotes of any kind, or runs of space. */
function normalise(text: string): string {
  return foldQuotes(text).toLowerCase().replace(/['"]/g, '').replace(/\s+/g, ' ').trim();
}

/** The title the page declares for sharing, else its `<title>`. */
export function declaredTitle(document: Document): string {
  return (
    metaContent(document, '[property="og:title"], [name="og:title"], [name="twitter:title"]') ?? document.title.trim()
  );
}

/** Elements that may hold the headline: headings, and what sites mark as one without a heading element. */
const HEADLINE_CANDIDATES = 'h1, h2, h3, [itemprop="headline"], [class*="headline"], [class*="title"]';

function matchesTitle(heading: Element, title: string): boolean {
  const text = normalise(heading.textContent ?? '');
  if (text.length < 8 || title.length === 0) return false;
  // A site name alone ("Silicon Exposed" in "Silicon Exposed: Open Verilog flow…") is not the headline.
  // Nor is a block that holds the title among much more (a header with its byline and teaser, a whole story).
  return (
    (title.includes(text) && text.length >= 0.5 * title.length) ||
    (text.includes(title) && text.length <= 2 * title.length)
  );
}

/** The headline of the article whose body is `root`, or null when none can be told apart. */
export function findHeadline(document: Document, root: Element): Element | null {
  for (const heading of root.getElementsByTagName('h1')) {
    if ((heading.textContent ?? '').trim().length > 0) return heading;
  }
  const title = normalise(declaredTitle(document));
  const headings = [...document.querySelectorAll(HEADLINE_CANDIDATES)];
  // Prefer the matching heading closest before the body: the article's header usually precedes it.
  let chosen: Element | null = null;
  for (const heading of headings) {
    if (heading.contains(root) || !matchesTitle(heading, title)) continue;
    // Inside the body, only a headline the page marks as one, carrying its title, opens it (not an h2 or h3 of a section).
    if (root.contains(heading)) {
      if (/^H[23]$/.test(heading.tagName)) continue;
      chosen = heading;
      break;
    }
    const before = (heading.compareDocumentPosition(root) & 4) !== 0;
    if (before || !chosen) chosen = heading;
    if (!before) break;
  }
  if (chosen) return chosen;
  const h1s = headings.filter((heading) => heading.tagName === 'H1');
  const only = h1s.length === 1 ? h1s[0] : undefined;
  return only && (only.compareDocumentPosition(root) & 4) !== 0 ? only : null;
}

/** Candidates `hasTitledHeadline` compares at most: a headline comes early, and a web app may mark thousands of cells "title". */
const TITLED_HEADLINE_CANDIDATES = 300;

/** True when some element of the page, a heading or what the site marks as a headline, carries the page's title. */
export function hasTitledHeadline(document: Document): boolean {
  const title = normalise(declaredTitle(document));
  if (title.length === 0) return false;
  const candidates = document.querySelectorAll(HEADLINE_CANDIDATES);
  const count = Math.min(candidates.length, TITLED_HEADLINE_CANDIDATES);
  for (let i = 0; i < count; i++) if (matchesTitle(candidates[i] as Element, title)) return true;
  return false;
}
