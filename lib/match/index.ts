/**
 * The recognition engine's public API: compile a pack into an index once,
 * cache it, restore it fast, and match pages or rank claims against it.
 */
import type { Claim } from '../dataset/types';
import { createScorer } from './bm25';
import { compileClaimIndex, DEFAULT_CLAIM_PARAMS, type ClaimIndexParams } from './claim-index';
import { matchClaims } from './claim-matcher';
import { findEntities } from './entity-finder';
import { compileEntityIndex } from './entity-index';
import { compileEventIndex } from './event-index';
import { INDEX_VERSION, type MatchData, type MatchIndex, type MatchOptions, type SerializedIndex } from './index-types';
import { detectLanguage } from './lang/detect';
import { fromSnapshot, toSnapshot, type IndexSnapshot } from './snapshot';
import { articleBlocks } from './teasers';
import { createTokens, tokenize } from './tokenize';
import type { EntityHit, PageMatches, PageText } from './types';

export { rankClaims } from './rank';
export type { MatchData, MatchIndex, MatchOptions, SerializedIndex } from './index-types';
export type { IndexSnapshot } from './snapshot';
export type { ClaimIndexParams } from './claim-index';

/** Compiles entities, claims and events into a match index (do it once per pack); `tuning` overrides BM25 parameters. */
export function compileIndex(data: MatchData, tuning: Partial<ClaimIndexParams> = {}): MatchIndex {
  const events = data.events ?? [];
  const params = { ...DEFAULT_CLAIM_PARAMS, ...tuning };
  const entities = compileEntityIndex(data.entities, events, data.claims);
  const claims = compileClaimIndex(data.claims, events, entities, params);
  const eventIndex = compileEventIndex(events, data.claims, data.entities);
  const index: SerializedIndex = {
    version: INDEX_VERSION,
    entities,
    claims,
    claimSource: data.claims,
    events,
    eventIndex,
    params,
  };
  return { ...index, scorer: createScorer(claims) };
}

/** The index as plain, structured-cloneable data (typed arrays and a few long strings) for the IndexedDB cache. */
export function serializeIndex(index: MatchIndex): IndexSnapshot {
  return toSnapshot(index);
}

/** Restores a serialized index; nothing is recompiled. Throws on a cache from another layout version. */
export function loadIndex(snapshot: IndexSnapshot): MatchIndex {
  const index = fromSnapshot(snapshot) as MatchIndex;
  // Extended in place, not spread: spreading would read the lazily restored parts.
  index.scorer = createScorer(index.claims);
  return index;
}

/**
 * A new index that also recognises `claims` (for example the reader's flags,
 * with ids `flag:<id>` and the quote as statement); entities are shared.
 * Claims whose id is already present replace the old record.
 */
export function addClaims(index: MatchIndex, claims: Claim[]): MatchIndex {
  const ids = new Set(claims.map((c) => c.id));
  const claimSource = [...index.claimSource.filter((c) => !ids.has(c.id)), ...claims];
  const compiled = compileClaimIndex(claimSource, index.events, index.entities, index.params);
  return { ...index, claims: compiled, claimSource, scorer: createScorer(compiled) };
}

/** Everything the index recognises on one page: entity mentions and claim sentences, in text order. */
export function matchPage(index: MatchIndex, page: PageText, opts: MatchOptions = {}): PageMatches {
  const toks = createTokens(1024);
  const tokBlock: number[] = [];
  // Links to other stories set in the article ("Read also: …") are not the article: neither read nor marked.
  const blocks = articleBlocks(page.text, page.blocks, page.links, page.headline);
  blocks.forEach((block, b) => {
    const before = toks.count;
    tokenize(page.text, toks, block.start, block.end);
    for (let t = before; t < toks.count; t++) tokBlock.push(b);
  });
  const blockOf = Int32Array.from(tokBlock);
  const found = findEntities(index.entities, page.text, toks, blockOf);
  const entities: EntityHit[] =
    opts.entities === false
      ? []
      : found.map((f) => ({
          kind: 'entity',
          id: index.entities.entityIds[f.entity] ?? '',
          start: f.start,
          end: f.end,
          why: {
            alias: index.entities.aliasText[f.alias] ?? '',
            lang: index.entities.aliasLang[f.alias] ?? '',
            ...(f.context !== undefined ? { context: f.context } : {}),
          },
        }));
  if (opts.claims === false) return { entities, claims: [] };
  // Only claims need the language: its stemmer reads the event words.
  const lang = detectLanguage(page.text.slice(0, 3000), page.lang);
  const facts = {
    text: page.text,
    toks,
    found,
    lang,
    ...(page.headline ? { headline: page.headline } : {}),
    ...(page.published ? { published: page.published } : {}),
  };
  return { entities, claims: matchClaims(index, { ...facts, blocks }, opts) };
}
