import { describe, expect, it } from 'vitest';

import { MatcherService } from '@/lib/background/matcher';
import { loadPack } from '@/lib/db/load';
import { ParallaxDB } from '@/lib/db/schema';
import { matchPage, type IndexSnapshot } from '@/lib/match';
import { matcherCacheKey } from '@/lib/match/snapshot';

import { realPack } from '../dataset/real-pack';

const text =
  'Darya Dugina, the daughter of Alexander Dugin, was killed when a car bomb exploded near Moscow. Kyiv denied any involvement in the killing.';
const page = { text, blocks: [{ start: 0, end: text.length }] };

describe('MatcherService', () => {
  it('compiles once, then a restarted service worker restores the same index from the database', async () => {
    const db = new ParallaxDB();
    expect((await loadPack(db, realPack())).ok).toBe(true);
    const first = new MatcherService(db, async () => []);
    const compiled = await first.get();
    expect(first.source).toBe('compiled');
    const restarted = new MatcherService(new ParallaxDB(), async () => []);
    const restored = await restarted.get();
    expect(restarted.source).toBe('cache');
    expect(matchPage(restored.index, page)).toEqual(matchPage(compiled.index, page));
    expect(restored.names.get('darya-dugina')).toBe(compiled.names.get('darya-dugina'));
    expect(restored.claim('ukraine-denies-dugina-involvement')).toEqual(
      compiled.claim('ukraine-denies-dugina-involvement'),
    );
  });

  it('compiles again after a newer pack is loaded', async () => {
    const db = new ParallaxDB();
    await loadPack(db, realPack());
    await new MatcherService(db, async () => []).get();
    const newer = realPack();
    newer.version = '1.0.1';
    await loadPack(db, newer);
    const after = new MatcherService(db, async () => []);
    await after.get();
    expect(after.source).toBe('compiled');
  });

  it('compiles again, and stores the new index, when the stored one was compiled by another matcher', async () => {
    const db = new ParallaxDB();
    await loadPack(db, realPack());
    await new MatcherService(db, async () => []).get();
    const stored = await db.derived.get('match-index');
    if (!stored) throw new Error('The compiled index was not stored.');
    const cached = stored.value as { index: IndexSnapshot };
    expect(cached.index.key).toBe(matcherCacheKey());
    await db.derived.put({ ...stored, value: { ...cached, index: { ...cached.index, key: 'an older matcher' } } });
    const rebuilt = new MatcherService(new ParallaxDB(), async () => []);
    const compiled = await rebuilt.get();
    expect(rebuilt.source).toBe('compiled');
    expect(((await db.derived.get('match-index'))?.value as { index: IndexSnapshot }).index.key).toBe(
      matcherCacheKey(),
    );
    const restarted = new MatcherService(new ParallaxDB(), async () => []);
    expect(matchPage((await restarted.get()).index, page)).toEqual(matchPage(compiled.index, page));
    expect(restarted.source).toBe('cache');
  });

  it('recognises a flagged quote as a claim once flags are added', async () => {
    const db = new ParallaxDB();
    await loadPack(db, realPack());
    const quote = 'the authorities quickly hushed up protests in solidarity with Ukraine across Russia';
    const matcher = new MatcherService(db, async () => [
      { id: 'flag-abc123', eventId: 'flag-abc123', statement: quote, hints: { terms: [], entityIds: [] } },
    ]);
    const { index, flagIds } = await matcher.get();
    const sentence = 'Protests across Russia in solidarity with Ukraine were quickly hushed up by the authorities.';
    const found = matchPage(index, { text: sentence, blocks: [{ start: 0, end: sentence.length }] });
    expect(flagIds.has('flag-abc123')).toBe(true);
    expect(found.claims.map((c) => c.id)).toContain('flag-abc123');
  });
});
