import { describe, expect, it } from 'vitest';

import type { Claim } from '../../../lib/dataset/types';
import { compileIndex, loadIndex, rankClaims, serializeIndex } from '../../../lib/match/index';
import { learnAssociations } from '../../../lib/match/paraphrase';
import { SIGNATURE_WEIGHT } from '../../../lib/match/query-text';
import { splitRunTogether } from '../../../lib/match/segment';

function claim(id: string, statement: string, title = ''): Claim {
  return { id, eventId: 'e', statement, hints: { terms: title ? [title] : [], entityIds: [] } };
}

// A few verified claims in the style of a fact-checking site: statement plus headline.
const index = compileIndex({
  entities: [],
  claims: [
    claim(
      'soros',
      'George Soros was a Nazi collaborator during World War II.',
      'Was George Soros a Nazi Collaborator?',
    ),
    claim('festival', 'The Fyre Festival in the Bahamas descended into chaos.', 'Fyre Festival Descends Into Chaos?'),
    claim(
      'ecig',
      'E-cigarettes contain 10 times the carcinogens of tobacco.',
      'Do E-Cigarettes Contain More Carcinogens?',
    ),
    claim('kids', 'Missing children were found in a warehouse.', 'Were Missing Children Found?'),
    claim('wall', 'Mexican troops helped residents after Hurricane Katrina.', 'Did Foreign Troops Help After Katrina?'),
    claim('pic', 'A photograph shows a shark swimming on a flooded highway.', 'Shark on the Highway?'),
    claim('shark', 'Sharks were seen in a Houston swimming pool.', 'Sharks in Houston?'),
    claim('trump-golf', 'Donald Trump played golf during a hurricane.', 'Trump Golf Hurricane?'),
    claim('pelosi', 'Nancy Pelosi was drunk during a speech.', 'Was Pelosi Drunk?'),
  ],
});

const top = (text: string): string | undefined => rankClaims(index, text, 3)[0]?.claimId;

describe('rankClaims on free text', () => {
  it('splits a run-together hashtag into words the index knows', () => {
    expect(top('Remember this next time #georgesoros funds the left')).toBe('soros');
    expect(top('Total disaster at #fyrefestival tonight')).toBe('festival');
    expect(splitRunTogether('georgesoros', (t) => t === 'georg' || t === 'soro')).toEqual(['georg', 'soro']);
    expect(splitRunTogether('ordinary', () => false)).toBeNull();
  });

  it('meets a number written as a word and a typo one letter off', () => {
    expect(top('ten')).toBe('ecig');
    expect(top('chidlren')).toBe('kids');
  });

  it('meets a demonym with its country and a picture with a photograph', () => {
    expect(top('Mexico')).toBe('wall');
    expect(top('picture')).toBe('pic');
  });

  it('lets the post’s own words outweigh the name in its signature', () => {
    expect(top('Pelosi drunk again — Donald Trump (@realDonaldTrump) May 24, 2019')).toBe('pelosi');
    const signed = rankClaims(index, 'Unbelievable scenes — Donald Trump (@DonaldTrump) May 24, 2019', 1)[0];
    const said = rankClaims(index, 'Unbelievable scenes, Donald Trump', 1)[0];
    expect(signed?.claimId).toBe('trump-golf');
    expect(signed?.score).toBeCloseTo((said?.score ?? 0) * SIGNATURE_WEIGHT, 4);
  });

  it('re-ranks by shared letters a word form the stemmer does not fold (child, children)', () => {
    // Both claims share "found" and "warehouse" with the post; only the letters of "child" tell them apart.
    const ix = compileIndex({
      entities: [],
      claims: [claim('dogs', 'Dogs were found in a warehouse.'), claim('kids', 'Children were found in a warehouse.')],
    });
    const ranked = rankClaims(ix, 'A child was found in a warehouse', 2);
    expect(ranked.map((r) => r.claimId)).toEqual(['kids', 'dogs']);
    expect(ranked[0]?.score).toBeGreaterThan(ranked[1]?.score ?? Infinity);
  });

  it('keeps the first of two identical claims first', () => {
    const ix = compileIndex({
      entities: [],
      claims: [
        claim('a', 'Sharks swim in a flooded mall.'),
        claim('b', 'Sharks swim in a flooded mall.'),
        claim('c', 'A mall flooded.'),
      ],
    });
    expect(rankClaims(ix, 'sharks in the flooded mall', 3).map((r) => r.claimId)).toEqual(['a', 'b', 'c']);
  });

  it('ranks the same on an index restored from its cache', () => {
    const restored = loadIndex(structuredClone(serializeIndex(index)));
    for (const text of [
      'A child was found in a warehouse',
      'Pelosi drunk again — Donald Trump (@realDonaldTrump) May 24, 2019',
      'sharks in Houston',
    ]) {
      expect(rankClaims(restored, text, 5)).toEqual(rankClaims(index, text, 5));
    }
  });

  it('returns nothing for text without a known word', () => {
    expect(rankClaims(index, 'zzzz qqqq', 5)).toEqual([]);
  });
});

describe('word associations learned from the claims', () => {
  const gunClaims = [
    claim('mall', 'A man fired a gun in a mall.', 'Firearm Fired in Mall?'),
    claim('car', 'Police found a gun in a car.', 'Firearm Found in Car?'),
  ];

  it('pairs a statement word with the hint word that restates it in two claims, and not in one', () => {
    expect(
      learnAssociations(gunClaims)
        .get('gun')
        ?.map(([w]) => w),
    ).toContain('firearm');
    expect(
      learnAssociations(gunClaims)
        .get('firearm')
        ?.map(([w]) => w),
    ).toContain('gun');
    expect(learnAssociations(gunClaims.slice(0, 1)).get('gun')).toBeUndefined();
  });

  it('lets a post’s word meet a claim that only uses its associate', () => {
    const ix = compileIndex({
      entities: [],
      claims: [
        claim('painting', 'A painting was stolen.'),
        claim('firearm', 'A firearm was stolen from a museum.'),
        ...gunClaims,
      ],
    });
    expect(rankClaims(ix, 'gun stolen', 1)[0]?.claimId).toBe('firearm');
  });
});
