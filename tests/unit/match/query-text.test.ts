import { describe, expect, it } from 'vitest';

import { cleanQueryText, queryParts, SIGNATURE_WEIGHT } from '../../../lib/match/query-text';

describe('query text of a post', () => {
  it('keeps the signature of an embedded post apart, at a lower weight, without the day of its date', () => {
    const parts = queryParts('No collusion, no obstruction! — Donald J. Trump (@realDonaldTrump) March 24, 2019');
    expect(parts).toHaveLength(2);
    expect(parts[0]).toEqual({ text: 'No collusion, no obstruction!', weight: 1 });
    expect(parts[1]?.weight).toBe(SIGNATURE_WEIGHT);
    expect(parts[1]?.text).toContain('real Donald Trump');
    expect(parts[1]?.text).toContain('March 2019');
    expect(parts[1]?.text).not.toContain('24');
  });

  it('reads text without a signature as one part', () => {
    expect(queryParts('Police found heroin disguised as candy.')).toEqual([
      { text: 'Police found heroin disguised as candy.', weight: 1 },
    ]);
  });

  it('removes links even when glued to the word before them', () => {
    const clean = cleanQueryText(
      '#DefundTheCBChttps://t.co/CsHG8R9cHp and stadium pic.twitter.com/abc and www.example.com/x',
    );
    expect(clean).not.toMatch(/https|t\.co|pic\.twitter|example/);
    expect(clean).toContain('Defund The CBC');
  });

  it('splits camel-case tags and handles, letters from digits', () => {
    expect(cleanQueryText('#MarchForOurLives @Emma4Change').split(/\s+/).filter(Boolean)).toEqual([
      'March',
      'For',
      'Our',
      'Lives',
      'Emma',
      '4',
      'Change',
    ]);
  });
});
