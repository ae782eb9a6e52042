import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addClaims, matchPage, rankClaims } from '../../../lib/match/index';
import { indexFor, pageOf, readRepoFile } from './helpers';

interface Expected {
  pack: string;
  articles: Record<string, string[]>;
}

const expected = JSON.parse(readRepoFile('tests/fixtures/articles/expected.json')) as Expected;
const index = indexFor(expected.pack);

function claimsIn(text: string, ix = index): string[] {
  return [...new Set(matchPage(ix, pageOf(text)).claims.map((c) => c.id))].sort();
}

describe('claim matcher on fixture articles (reworded news, not the seeds)', () => {
  it('has an expectation for every fixture article', () => {
    const files = readdirSync(resolve(__dirname, '../../fixtures/articles')).filter((f) => f.endsWith('.txt'));
    expect(files.sort()).toEqual(Object.keys(expected.articles).sort());
  });

  for (const [file, claims] of Object.entries(expected.articles)) {
    it(`${file}: ${claims.length ? claims.join(', ') : 'no claim'}`, () => {
      expect(claimsIn(readRepoFile(`tests/fixtures/articles/${file}`))).toEqual([...claims].sort());
    });
  }

  it('explains each hit with words from the page, entities, figures, score and threshold', () => {
    const text = readRepoFile('tests/fixtures/articles/casualty-figures.txt');
    const hit = matchPage(index, pageOf(text)).claims.find((c) => c.id === 'us-estimates-70-80k-casualties');
    expect(hit).toBeDefined();
    const sentence = text.slice(hit?.start, hit?.end);
    expect(sentence.startsWith('Colin Kahl')).toBe(true);
    expect(sentence.endsWith('wounded troops.')).toBe(true);
    for (const term of hit?.why.terms ?? []) expect(sentence).toContain(term);
    expect(hit?.why.figures).toEqual(['70,000', '80,000']);
    expect(hit?.why.entityIds).toContain('colin-kahl');
    expect(hit?.why.score).toBeGreaterThanOrEqual(hit?.why.threshold ?? Infinity);
  });

  it('gives a sentence at most one claim and never crosses a block', () => {
    const text = readRepoFile('tests/fixtures/articles/dugina-killing.txt');
    const page = pageOf(text);
    const hits = matchPage(index, page).claims;
    const starts = hits.map((h) => h.start);
    expect(new Set(starts).size).toBe(starts.length);
    for (const h of hits) expect(page.blocks.some((b) => b.start <= h.start && h.end <= b.end)).toBe(true);
  });

  it('needs the claim’s actors: the same words about another unit do not match', () => {
    const text = 'A video showed soldiers of a Donetsk People’s Republic unit refusing to be deployed to fight in Luhansk Oblast.';
    expect(claimsIn(text)).toEqual([]);
  });
});

describe('flagged claims', () => {
  it('a quote flagged on one site matches a paraphrase on another', () => {
    const flagged = addClaims(index, [
      {
        id: 'flag:1',
        eventId: '',
        statement: 'Funeral notices printed in the Soviet era in 1974 are being handed to the families of dead soldiers.',
        hints: { terms: [], entityIds: [] },
      },
    ]);
    const other = 'Families of fallen servicemen are receiving death notices on forms printed back in 1974, in Soviet times.';
    expect(claimsIn(other, flagged)).toEqual(['flag:1']);
    expect(claimsIn(other, index)).toEqual([]);
    expect(rankClaims(flagged, other, 1)[0]?.claimId).toBe('flag:1');
  });
});
