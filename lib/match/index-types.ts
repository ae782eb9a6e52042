/**
 * The shapes of a compiled match index, its cacheable form and the options of
 * a page match. (Kept beside the public types in types.ts, which carry the
 * page-facing contract.)
 */
import type { Claim, Entity, PackEvent } from '../dataset/types';
import type { Scorer } from './bm25';
import type { ClaimIndex, ClaimIndexParams } from './claim-index';
import type { EntityIndex } from './entity-index';
import type { EventIndex } from './event-index';
import type { ArticleWhy } from './types';

/** The article-level verdict on one event, as tools see it. */
export interface ArticleVerdict {
  eventId: string;
  recognised: boolean;
  contradicted: boolean;
  why: ArticleWhy;
}

/** What an index is compiled from: the pack's entities, claims and events. */
export interface MatchData {
  entities: Entity[];
  claims: Claim[];
  events?: PackEvent[];
}

/**
 * The layout version of a compiled index. Cached indexes need no bump: their
 * key (`matcherCacheKey` in snapshot.ts) hashes the matcher's source and
 * scoring parameters, so any change to them compiles the index again.
 */
export const INDEX_VERSION = 3;

/** A serialized index: plain data and typed arrays, safe to structured-clone into IndexedDB. */
export interface SerializedIndex {
  version: typeof INDEX_VERSION;
  entities: EntityIndex;
  claims: ClaimIndex;
  /** The claim records, kept so user-flagged claims can be added without the pack. */
  claimSource: Claim[];
  events: PackEvent[];
  /** Article-level evidence per event (entities, distinctive terms, dates). */
  eventIndex: EventIndex;
  params: ClaimIndexParams;
}

/** A compiled, ready-to-match index. */
export interface MatchIndex extends SerializedIndex {
  /** Scratch accumulators reused by every call (never serialized). */
  scorer: Scorer;
}

/** Knobs for `matchPage`; the defaults are set for precision. */
export interface MatchOptions {
  /** Use the article-level evidence (default true); false matches each sentence on its own, as a baseline. */
  article?: boolean;
  /** Skip entity finding (claims still use entity evidence internally). */
  entities?: boolean;
  /** Skip claim matching. */
  claims?: boolean;
  /** Minimum claim score for a sentence to be highlighted. */
  threshold?: number;
  /** Best sentences kept per claim. */
  maxSentencesPerClaim?: number;
  /** Receives the article-level verdict on every event the page gave evidence for (tools and benches). */
  onVerdicts?: (verdicts: ArticleVerdict[]) => void;
}
