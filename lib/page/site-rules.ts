/**
 * Site knowledge kept as data: which markup marks an article body, and which
 * markup inside it is noise. The code in `article.ts` and `exclusion.ts` only
 * interprets these lists, so a new site pattern is a one-line change with a
 * fixture that proves it (tests/fixtures/pages).
 */

/**
 * Selectors that name an article body, strongest first. The first one whose
 * element holds most of the page's paragraph text wins.
 */
export const ARTICLE_BODY_SELECTORS: readonly string[] = [
  '[itemprop~="articleBody"]',
  '[data-component="text-block"]',
  '.article-body',
  '.article__body',
  '.articleBody',
  '.article-content',
  '.article__content',
  '.story-body',
  '.story-content',
  '.entry-content',
  '.post-content',
  '.post-body',
  '.c-entry-content',
  '.body-text',
  '#article-body',
  '#articleBody',
  '#story-body',
];

/** Selectors that name a container of the article, tried after the body selectors. */
export const ARTICLE_CONTAINER_SELECTORS: readonly string[] = ['article', '[role="main"]', 'main', '[itemtype$="NewsArticle"]', '[itemtype$="/Article"]'];

/** Elements whose text is never article text (forms, code, media, our own UI). */
export const EXCLUDED_TAGS: ReadonlySet<string> = new Set([
  'NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FORM', 'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME',
  'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'DIALOG', 'MENU', 'LABEL', 'FIELDSET', 'TITLE', 'HEAD',
]);

/** ARIA roles of landmarks and widgets that are not article prose. */
export const EXCLUDED_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'complementary', 'contentinfo', 'banner', 'search', 'form', 'menu', 'menubar',
  'toolbar', 'dialog', 'alertdialog', 'button', 'tablist', 'tab', 'alert', 'status', 'marquee', 'log',
]);

/**
 * Words in class names or ids that mark noise: comments, ads, related links,
 * share bars, newsletter boxes. Matched against whole tokens split on `-`, `_`
 * and spaces, so `share-bar` matches while `shared-story` does not.
 */
export const NOISE_TOKENS: ReadonlySet<string> = new Set([
  'ad', 'ads', 'advert', 'advertisement', 'adslot', 'adunit', 'advertising', 'sponsor', 'sponsored', 'promo', 'promotion',
  'outbrain', 'taboola', 'comment', 'comments', 'disqus', 'replies', 'share', 'sharing', 'social', 'sharebar',
  'related', 'recommended', 'recirculation', 'recirc', 'newsletter', 'subscribe', 'subscription', 'paywall',
  'breadcrumb', 'breadcrumbs', 'sidebar', 'widget', 'popup', 'modal', 'cookie', 'consent', 'gdpr',
  'byline', 'dateline', 'author', 'tags', 'tag', 'toolbar', 'pagination', 'pager', 'skip', 'masthead',
  'nav', 'navigation', 'menu', 'footer', 'hidden', 'sr', 'visually', 'screenreader', 'offscreen',
  'signup', 'trending', 'popular', 'readmore',
]);

/**
 * Tokens that veto a noise verdict: a `comment-body` inside an article is a
 * comment, but an `article-content` that happens to say `more` is content.
 */
export const CONTENT_TOKENS: ReadonlySet<string> = new Set(['article', 'body', 'content', 'story', 'text', 'entry', 'main', 'post']);

/**
 * Tokens that are noise even next to a content token (`comments-content`,
 * `related-articles`, `share-story`).
 */
export const STRONG_NOISE_TOKENS: ReadonlySet<string> = new Set([
  'comment', 'comments', 'disqus', 'related', 'recommended', 'share', 'sharing', 'social', 'outbrain', 'taboola',
  'newsletter', 'advert', 'advertisement', 'sponsored', 'promo', 'sidebar', 'breadcrumb', 'breadcrumbs', 'paywall', 'ad', 'ads',
]);

/** Elements that start a new block of text: sentences never cross them. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN',
  'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'IMG', 'PICTURE',
]);

/** Elements in which a whitespace-only text node is layout, not text: never wrap it in an inline mark. */
export const NON_PHRASING_PARENTS: ReadonlySet<string> = new Set([
  'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'COLGROUP', 'UL', 'OL', 'DL', 'SELECT', 'OPTGROUP', 'DATALIST', 'HTML', 'HEAD',
]);
