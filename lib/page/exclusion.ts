/**
 * Decides which elements inside an article region are not article prose:
 * navigation, comments, ads, forms, code, hidden content and our own UI.
 * Only attributes are read (never computed style) so the check stays cheap on
 * pages with tens of thousands of elements.
 */
import { CONTENT_TOKENS, EXCLUDED_ROLES, EXCLUDED_TAGS, NOISE_TOKENS, STRONG_NOISE_TOKENS } from './site-rules';

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Tag name of the highlight element, the one `parallax-` element whose text is page text. */
export const MARK_TAG = 'PARALLAX-MARK';

// Any noise token as a whole word of a class name or id: a cheap pre-check for `hasNoiseName`.
const NOISE_PATTERN = new RegExp(
  `(?:^|[^a-z0-9])(?:${[...NOISE_TOKENS, ...STRONG_NOISE_TOKENS].join('|')})(?:$|[^a-z0-9])`,
  'i',
);

// `display:none` / `visibility:hidden` written inline; stylesheet-hidden content is not detected (cost).
const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * Splits class names and ids into lowercase word tokens: `share-bar_top` →
 * share, bar, top. camelCase is not split: state classes such as
 * `is-showingReadNextSidebar` sit on page-wide wrappers and are not noise.
 */
export function nameTokens(value: string): string[] {
  return value
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0);
}

/**
 * True when class names or id mark the element as comments, ads, share bars
 * or other noise. With `strongOnly`, only names that are noise whatever else
 * they say (comments, related, share…) count: a page-wide wrapper called
 * `nav-drawer` or `widget` may still hold the article.
 */
export function hasNoiseName(element: Element, strongOnly = false): boolean {
  const className = element.getAttribute('class');
  const id = element.id;
  if (!className && !id) return false;
  const names = `${className ?? ''} ${id}`;
  // Pages repeat the same class strings thousands of times: remember each verdict.
  let verdict = verdicts.get(names);
  if (verdict === undefined) {
    verdict = judgeNames(names);
    if (verdicts.size >= MAX_REMEMBERED) verdicts.clear();
    verdicts.set(names, verdict);
  }
  return verdict === 'strong' || (verdict === 'weak' && !strongOnly);
}

type NameVerdict = 'strong' | 'weak' | 'none';

const verdicts = new Map<string, NameVerdict>();
const MAX_REMEMBERED = 4096;

function judgeNames(names: string): NameVerdict {
  // One regex test rules out most names before any tokenising.
  if (!NOISE_PATTERN.test(names)) return 'none';
  let noise = false;
  let content = false;
  for (const token of nameTokens(names)) {
    if (STRONG_NOISE_TOKENS.has(token)) return 'strong';
    if (NOISE_TOKENS.has(token)) noise = true;
    else if (CONTENT_TOKENS.has(token)) content = true;
  }
  return noise && !content ? 'weak' : 'none';
}

/** True when the element is hidden by attribute or inline style. */
export function isHiddenElement(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && INLINE_HIDDEN.test(style);
}

/**
 * True when the element and everything inside it should be left out of the
 * article text. `parallax-mark` is ours but wraps page text, so it is read.
 * `strongNamesOnly` is for judging ancestors of candidate paragraphs, where a
 * weakly named wrapper (`widget`, `nav-drawer`) may hold the whole page.
 */
export function isExcludedElement(element: Element, strongNamesOnly = false): boolean {
  if (element.namespaceURI !== HTML_NS) return true; // svg, math and their contents
  const tag = element.tagName.toUpperCase(); // lowercase in XHTML documents
  if (tag === MARK_TAG) return false;
  if (EXCLUDED_TAGS.has(tag) || tag.startsWith('PARALLAX-')) return true;
  if (!element.hasAttributes()) return false;
  if (isHiddenElement(element)) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = element.getAttribute('role');
  if (role !== null && EXCLUDED_ROLES.has(role.trim().toLowerCase())) return true;
  return hasNoiseName(element, strongNamesOnly);
}
