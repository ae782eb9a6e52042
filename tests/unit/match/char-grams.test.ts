import { describe, expect, it } from 'vitest';

import type { Claim } from '../../../lib/dataset/types';
import { claimText, gramCosines, gramStats } from '../../../lib/match/char-grams';

function claim(statement: string, title = ''): Claim {
  return { id: statement, eventId: 'e', statement, hints: { terms: title ? [title] : [], entityIds: [] } };
}

const claims = [
  claim('Migrants stormed the border.', 'Did Migrants Storm the Border?'),
  claim('A shark swam on the highway.'),
  claim('Bed bugs at the resort.'),
];
const stats = gramStats(claims);
const cosines = (query: string, weight = 1): number[] =>
  gramCosines(stats, [{ text: query, weight }], claims.map(claimText));

describe('character-gram cosine', () => {
  it('is 1 for the same words, whatever the case, accents and punctuation', () => {
    expect(cosines('a SHARK swam on the highway!!')[1]).toBeCloseTo(1, 5);
    expect(cosines('A shárk swam on the highway.')[1]).toBeCloseTo(1, 5);
  });

  it('sees word forms and run-together words that terms miss', () => {
    const [migrants, shark, bugs] = cosines('immigrants at the border, bedbugs');
    expect(migrants).toBeGreaterThan(0.2);
    expect(bugs).toBeGreaterThan(0.1);
    expect(shark).toBeLessThan(0.05);
  });

  it('is 0 for text with no gram of any claim, and leaves no trace for the next query', () => {
    expect(cosines('zzqx')).toEqual([0, 0, 0]);
    expect(cosines('shark highway')[1]).toBeCloseTo(cosines('shark highway')[1] ?? NaN, 10);
  });

  it('counts a part at its weight: a half-weight part matters less against the rest of the query', () => {
    const full = gramCosines(
      stats,
      [
        { text: 'shark highway', weight: 1 },
        { text: 'resort', weight: 1 },
      ],
      claims.map(claimText),
    );
    const half = gramCosines(
      stats,
      [
        { text: 'shark highway', weight: 1 },
        { text: 'resort', weight: 0.5 },
      ],
      claims.map(claimText),
    );
    expect(half[2]).toBeLessThan(full[2] ?? 0);
    expect(half[1]).toBeGreaterThan(full[1] ?? 1);
  });
});
