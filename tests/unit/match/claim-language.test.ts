// Claim hints read with the page language's stemmer; sentences written for these tests.
import { describe, expect, it } from 'vitest';

import { languageTerms } from '@/lib/match/claim-language';
import { matchPage } from '@/lib/match/index';

import { indexFor, pageOf } from './helpers';

const index = indexFor('assets/pack/parallax.pack.json');
const term = (id: number): string => index.claims.terms.strings[id] ?? '';

describe('claim hints in the language of the page', () => {
  it('meets a hint word in another case of the same noun', () => {
    // The hints list kontrofensywa and kontrofensywy; the page writes the locative.
    const met = languageTerms(index, 'pl', 'kontrofensywie', 0, -1).map(term);
    expect(met.length).toBeGreaterThan(0);
    expect(languageTerms(index, 'pl', 'kontrofensywa', 0, -1).map(term)).toEqual(expect.arrayContaining(met));
  });

  it('reads nothing more on an English page, or for a word no hint shares a stem with', () => {
    expect(languageTerms(index, 'en', 'counteroffensives', 0, -1)).toEqual([]);
    expect(languageTerms(index, 'pl', 'pogoda', 0, -1)).toEqual([]);
  });

  it('lets a sentence in that language meet the claim it reports', () => {
    const text = 'W kontrofensywie w obwodzie charkowskim ukraińska armia wyzwoliła tysiące kilometrów kwadratowych.';
    const claims = matchPage(index, { ...pageOf(text), lang: 'pl' }, { article: false }).claims;
    expect(claims.map((c) => c.id)).toContain('kharkiv-counteroffensive-territory-retaken');
  });
});
