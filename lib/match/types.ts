/**
 * What the recognition engine takes and gives. Offsets are UTF-16 code-unit
 * indices into `PageText.text`, exactly as the page's own text, so the page
 * layer can map every match back to DOM ranges without re-searching.
 */
import type { Slug } from '../dataset/types';

/** A half-open range `[start, end)` in a page's text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** The article text as the content script read it. */
export interface PageText {
  /** The concatenated text of the article region, unmodified. */
  text: string;
  /** Paragraph-like blocks in reading order; sentences never cross a block. */
  blocks: TextSpan[];
  /**
   * Indices in `blocks`, ascending, of the blocks that are links: nearly all their text is inside links, as in a
   * line that links to another story between the article's paragraphs.
   */
  links?: number[];
  /** The page's declared language (`<html lang>`), when any. */
  lang?: string;
  /** The page's publication day (`YYYY-MM-DD`) from its metadata, when any. */
  published?: string;
  /** Where the article's headline is in `text`, when the page has one. */
  headline?: TextSpan;
}

/** Why an entity was highlighted. */
export interface EntityWhy {
  /** The alias that matched, as written in the dataset. */
  alias: string;
  /** Language of that alias. */
  lang: string;
  /** For an ambiguous alias: the entity or full name elsewhere on the page that licensed it. */
  context?: string;
}

/** One entity mention. */
export interface EntityHit extends TextSpan {
  kind: 'entity';
  id: Slug;
  why: EntityWhy;
}

/** Why a sentence was matched to a claim: every piece of evidence and the score. */
export interface ClaimWhy {
  /** Claim words or hint terms found in the sentence (as they appear in the text). */
  terms: string[];
  /** Claim entities named in the sentence or its paragraph. */
  entityIds: Slug[];
  /** Figures or dates in the sentence that match the claim's. */
  figures: string[];
  /** The final score and the threshold it had to reach. */
  score: number;
  threshold: number;
  /** When the whole article was recognised as reporting the claim's event: what pointed to it. */
  article?: ArticleWhy;
}

/** Why a whole article was recognised as reporting an event. */
export interface ArticleWhy {
  /** The article score, and how many independent kinds of evidence agreed. */
  score: number;
  kinds: number;
  /** The event's entities named anywhere in the article. */
  entityIds: Slug[];
  /** The event's distinctive words found in the article, as written there. */
  terms: string[];
  /** Figures and dates of the event's claims found in the article. */
  figures: string[];
  dates: string[];
  /** True when the headline points to the event. */
  headline: boolean;
  /** The page's publication day, when it falls in the event's news window. */
  published?: string;
  /** The score's parts: entity, term and claim evidence (before their weights). */
  parts: { entity: number; term: number; claim: number; specific: number };
}

/** One sentence recognised as reporting a known claim. */
export interface ClaimHit extends TextSpan {
  kind: 'claim';
  id: Slug;
  eventId: Slug;
  score: number;
  why: ClaimWhy;
}

/** Everything recognised on one page. */
export interface PageMatches {
  entities: EntityHit[];
  claims: ClaimHit[];
}

/** One of the reader's flags on a page: their own (found again by its quote) or a similar sentence to one made elsewhere. */
export interface FlagHit extends TextSpan {
  kind: 'flag';
  /** The flag's id. */
  id: Slug;
  /** True for a flag made on this page; false for a sentence like a flag made on another page. */
  own: boolean;
}
