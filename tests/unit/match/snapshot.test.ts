import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

import { sourceHash } from '@/lib/build/matcher-source';
import { loadIndex, matchPage, serializeIndex } from '@/lib/match';
import { ARTICLE_SCORING } from '@/lib/match/article-evidence';
import { DEFAULT_CLAIM_PARAMS } from '@/lib/match/claim-index';
import { CLAIM_SCORING } from '@/lib/match/claim-matcher';
import { cacheKeyOf, matcherCacheKey } from '@/lib/match/snapshot';

import { indexFor, pageOf } from './helpers';

/** Runs `change` on a scoring parameter object and always puts it back. */
function withChanged<T extends object>(target: T, change: (target: T) => void, run: () => void): void {
  const saved = structuredClone(target);
  try {
    change(target);
    run();
  } finally {
    Object.assign(target, saved);
  }
}

describe('the compiled-index cache key', () => {
  it('differs when the matcher source or any parameter differs, and only then', () => {
    const params = { claimIndex: { ...DEFAULT_CLAIM_PARAMS }, claim: { ...CLAIM_SCORING } };
    expect(cacheKeyOf('abc', params)).toBe(cacheKeyOf('abc', structuredClone(params)));
    expect(cacheKeyOf('abd', params)).not.toBe(cacheKeyOf('abc', params));
    expect(
      cacheKeyOf('abc', { ...params, claim: { ...params.claim, threshold: params.claim.threshold + 0.01 } }),
    ).not.toBe(cacheKeyOf('abc', params));
    expect(cacheKeyOf('abc', { ...params, claimIndex: { ...params.claimIndex, k1: 1.3 } })).not.toBe(
      cacheKeyOf('abc', params),
    );
  });

  it('carries the hash of lib/match that the build defines', () => {
    expect(matcherCacheKey()).toContain(`:${sourceHash(resolve(__dirname, '../../../lib/match'))}:`);
  });

  it('follows the claim, article and index parameters as they are when asked', () => {
    const before = matcherCacheKey();
    withChanged(
      CLAIM_SCORING,
      (s) => (s.threshold += 0.05),
      () => expect(matcherCacheKey()).not.toBe(before),
    );
    withChanged(
      ARTICLE_SCORING,
      (s) => (s.threshold += 1),
      () => expect(matcherCacheKey()).not.toBe(before),
    );
    withChanged(
      DEFAULT_CLAIM_PARAMS,
      (s) => (s.b = 0.7),
      () => expect(matcherCacheKey()).not.toBe(before),
    );
    expect(matcherCacheKey()).toBe(before);
  });

  it('restores a snapshot only under the key it was taken with', () => {
    const index = indexFor('tests/fixtures/match-pack.json');
    const snapshot = serializeIndex(index);
    expect(snapshot.key).toBe(matcherCacheKey());
    withChanged(
      CLAIM_SCORING,
      (s) => (s.minTerms += 1),
      () => expect(() => loadIndex(snapshot)).toThrow(/recompile/),
    );
    expect(() => loadIndex({ ...snapshot, key: 'an older matcher' })).toThrow(/recompile/);
    const page = pageOf('Darya Dugina was killed when a car bomb exploded near Moscow.');
    expect(matchPage(loadIndex(snapshot), page)).toEqual(matchPage(index, page));
  });
});
