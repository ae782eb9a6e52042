/**
 * Types of the page layer: where the article is, how its text maps to DOM
 * nodes, and what the highlighter was asked to draw and did draw.
 */
import type { Slug } from '../dataset/types';
import type { PageText, TextSpan } from '../match/types';

/** The text contract shared with the matcher, re-exported for page-layer callers. */
export type { PageText, TextSpan };

/** How the article region was found; useful for diagnostics and tests. */
export type RegionSource = 'semantic' | 'site-rule' | 'scored';

/** The part of a page that holds the article: its body and its headline. */
export interface ArticleRegion {
  /** The element holding the article body; noise inside it is skipped when reading. */
  root: Element;
  /** The article's own headline (`h1` or og:title match), which may sit outside `root`. */
  headline: Element | null;
  /** Which strategy found `root`. */
  source: RegionSource;
}

/** One text node's share of the page text. */
export interface TextSegment {
  /** The DOM text node, as it was when the page was read. */
  node: Text;
  /** Offset of the node's first character in `PageText.text`. */
  start: number;
  /** Length of the node's data when read. */
  length: number;
}

/** The part of one text node covered by a span: `[start, end)` within `node.data`. */
export interface NodePiece {
  node: Text;
  start: number;
  end: number;
}

/** What the highlighter draws: a kind, an id, and for claims the event id. */
export type HighlightKind = 'entity' | 'claim' | 'flag';

/** One span to highlight, in offsets of the `PageText` the map was built from. */
export interface HighlightHit extends TextSpan {
  kind: HighlightKind;
  id: Slug;
  /** Required for claims (contract: `data-parallax-event`); ignored otherwise. */
  eventId?: Slug;
}

/** Why a hit was not drawn. */
export type SkipReason = 'cap' | 'unmappable' | 'overlap' | 'aborted';

/** A hit the highlighter did not draw, and why. */
export interface SkippedHit {
  hit: HighlightHit;
  reason: SkipReason;
}

/** What one `apply` call did. */
export interface ApplyReport {
  /** Hits drawn, each with the mark elements it became (several when it spans inline elements). */
  drawn: { hit: HighlightHit; marks: HTMLElement[] }[];
  skipped: SkippedHit[];
  /** Number of time slices the work took (1 = never yielded). */
  slices: number;
  /** Longest slice in ms: the longest the page's main thread was held by this call. */
  longestSliceMs: number;
}
