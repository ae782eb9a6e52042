import { describe, expect, it } from 'vitest';

import type { Claim } from '../../../lib/dataset/types';
import { nearestTerm, oneEditApart } from '../../../lib/match/fuzzy';
import { compileIndex } from '../../../lib/match/index';

function claim(id: string, statement: string): Claim {
  return { id, eventId: 'e', statement, hints: { terms: [], entityIds: [] } };
}

const ix = compileIndex({
  entities: [],
  claims: [claim('a', 'Saudi princes bought a yacht.'), claim('b', 'Missing children were found.')],
}).claims;
const nearest = (term: string): string | undefined => ix.terms.strings[nearestTerm(ix, term)];

describe('typo correction of query words', () => {
  it('corrects a word one edit from an index word', () => {
    expect(nearest('chidlren')).toBe('children');
    expect(nearest('prince')).toBe('princ');
  });

  it('does not correct a word that only shares a deletion variant (two edits away)', () => {
    // "sadli" (sadly) and "saudi" both lose a letter to "sadi".
    expect(nearestTerm(ix, 'sadli')).toBe(-1);
  });

  it('counts a change, an added or dropped letter and a swap as one edit', () => {
    expect(oneEditApart('saudi', 'sauda')).toBe(true);
    expect(oneEditApart('saudi', 'saud')).toBe(true);
    expect(oneEditApart('saud', 'saudi')).toBe(true);
    expect(oneEditApart('sadui', 'saudi')).toBe(true);
    expect(oneEditApart('sadli', 'saudi')).toBe(false);
    expect(oneEditApart('esper', 'super')).toBe(false);
    expect(oneEditApart('saudi', 'saudi')).toBe(false);
  });
});
