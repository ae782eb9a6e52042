import { describe, expect, it } from 'vitest';

import type { ClaimHit, EntityHit } from '@/lib/match/types';
import { summariseMatches } from '@/lib/ui/page-summary';

const claim = (id: string, eventId: string, start: number): ClaimHit => ({
  kind: 'claim',
  id,
  eventId,
  start,
  end: start + 10,
  score: 1,
  why: { terms: [], entityIds: [], figures: [], score: 1, threshold: 0.5 },
});
const entity = (id: string, start: number): EntityHit => ({
  kind: 'entity',
  id,
  start,
  end: start + 3,
  why: { alias: id, lang: 'en' },
});

describe('summariseMatches', () => {
  it('lists events and entities in reading order with counts and the claims seen', () => {
    const items = summariseMatches(
      [claim('c2', 'dugina', 500), claim('c1', 'lpr', 100), claim('c3', 'lpr', 300)],
      [entity('lpr-entity', 120), entity('dugina-entity', 510), entity('lpr-entity', 310)],
      { lpr: 'LPR refusal', dugina: 'Dugina killing', 'lpr-entity': 'LPR', 'dugina-entity': 'Darya Dugina' },
    );
    expect(items.map((i) => [i.kind, i.label, i.count])).toEqual([
      ['event', 'LPR refusal', 2],
      ['entity', 'LPR', 2],
      ['event', 'Dugina killing', 1],
      ['entity', 'Darya Dugina', 1],
    ]);
    expect(items[0]?.claimIds).toEqual(['c1', 'c3']);
  });

  it('is empty for a page with no matches', () => {
    expect(summariseMatches([], [], {})).toEqual([]);
  });
});
