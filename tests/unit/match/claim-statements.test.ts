// A claim's statement in another language; the statement and the page sentences are written for these tests.
import { describe, expect, it } from 'vitest';

import type { Claim, Pack } from '@/lib/dataset/types';
import { matchPage, type MatchIndex } from '@/lib/match/index';

import { indexFor, pageOf, readRepoFile } from './helpers';

const PACK = 'assets/pack/parallax.pack.json';
const CLAIM = 'lpr-fighters-duty-fulfilled';

/**
 * The bundled pack's claims, the one under test with English hints only and stated in German as `de` says,
 * or in English only.
 */
function claimsWith(de: string | undefined): Claim[] {
  const claims = (JSON.parse(readRepoFile(PACK)) as Pack).claims;
  return claims.map((c) => {
    if (c.id !== CLAIM) return c;
    const { statements: _, ...rest } = c;
    const english = { ...rest, hints: { ...c.hints, terms: c.hints.terms.filter((t) => /^[\x20-\x7e]+$/.test(t)) } };
    return de ? { ...english, statements: { de } } : english;
  });
}

const GERMAN =
  'Die LNR-Kämpfer erklärten, ihre Pflicht sei mit der Einnahme des gesamten Gebiets Luhansk im Juli 2022 erfüllt gewesen.';
const PAGE =
  'Die Kämpfer sagten, sie hätten ihre Pflicht erfüllt, nachdem das ganze Gebiet Luhansk eingenommen worden war.';

const indexes = new Map<string, MatchIndex>();

/** The pack's index with the claim under test stated as `de` says, compiled once for each statement (about a second). */
function indexWith(de: string | undefined): MatchIndex {
  let index = indexes.get(de ?? '');
  if (!index) {
    index = indexFor(PACK, { claims: claimsWith(de) });
    indexes.set(de ?? '', index);
  }
  return index;
}

function scoreOn(de: string | undefined, text: string, lang: string): number {
  const index = indexWith(de);
  const hits = matchPage(index, { ...pageOf(text), lang }, { article: false, threshold: 0 }).claims;
  return hits.find((c) => c.id === CLAIM)?.score ?? 0;
}

describe('a claim stated in the language of the page', () => {
  it('is met by a sentence in that language saying the same in other forms of its words', () => {
    const without = scoreOn(undefined, PAGE, 'de');
    const stated = scoreOn(GERMAN, PAGE, 'de');
    expect(stated).toBeGreaterThanOrEqual(0.5);
    expect(stated).toBeGreaterThan(without + 0.2);
  });

  it('changes nothing on an English page', () => {
    const english = 'The LPR fighters said their duty was fulfilled once all of Luhansk Oblast was taken in July 2022.';
    expect(scoreOn(GERMAN, english, 'en')).toBe(scoreOn(undefined, english, 'en'));
    const hits = (de: string | undefined): unknown[] =>
      matchPage(indexWith(de), { ...pageOf(english), lang: 'en' }).claims.map((c) => [c.id, c.score, c.why.terms]);
    expect(hits(undefined)).not.toEqual([]);
    expect(hits(GERMAN)).toEqual(hits(undefined));
  });

  it('lets a sentence of a recognised event meet the claim; toward recognition counts only one that clears the bar', () => {
    const index = indexWith(GERMAN);
    const found = (text: string): string[] => matchPage(index, { ...pageOf(text), lang: 'de' }).claims.map((c) => c.id);
    const other = [
      'Der Stadtrat beriet am Abend über den neuen Haushalt.',
      'Die Schulen sollen mehr Geld für Computer bekommen.',
      'Auch der Bau einer Brücke wurde lange besprochen.',
      'Eine Entscheidung fällt erst im nächsten Monat.',
    ];
    expect(found([...other, PAGE].join('\n'))).not.toContain(CLAIM);
    // The article-level recognition reads the sentence's claim evidence against the statement only when the
    // sentence clears the usual bar there: a few common words of it are no report.
    const claimEvidence = (de: string | undefined, text: string): number => {
      let claim = 0;
      matchPage(
        indexWith(de),
        { ...pageOf(text), lang: 'de' },
        {
          onVerdicts: (verdicts) => {
            claim = verdicts.find((v) => v.eventId === 'lpr-unit-refusal-video')?.why.parts.claim ?? 0;
          },
        },
      );
      return claim;
    };
    const weak = 'Die Kämpfer sagten, ihre Pflicht sei erfüllt.';
    expect(claimEvidence(GERMAN, weak)).toBe(claimEvidence(undefined, weak));
    const strong = 'Kämpfer im Gebiet Luhansk erklärten ihre Pflicht.';
    expect(claimEvidence(GERMAN, strong)).toBeGreaterThanOrEqual(0.5);
    expect(claimEvidence(undefined, strong)).toBeLessThan(0.5);
    const report = [
      'Ein Video zeigt Kämpfer einer Einheit der LNR, die sich weigern, im Gebiet Donezk zu kämpfen.',
      'Die Männer der selbsternannten Volksrepublik Luhansk sagen in dem Video, sie würden nicht weiterkämpfen.',
      PAGE,
      'Das britische Verteidigungsministerium sprach von Drohungen gegen die Verweigerer.',
    ];
    expect(found(report.join('\n'))).toContain(CLAIM);
  });

  it('meets a Serbian page in Cyrillic through the statement written in Latin letters', () => {
    const page = {
      ...pageOf('Бомба је експлодирала у аутомобилу који је возила Дарја Дугина, која је погинула код Москве.'),
      lang: 'sr',
    };
    const score = (index: ReturnType<typeof indexFor>): number =>
      matchPage(index, page, { article: false, threshold: 0 }).claims.find((c) => c.id === 'dugina-killed-car-bomb')
        ?.score ?? 0;
    const bundled = JSON.parse(readRepoFile(PACK)) as Pack;
    expect(bundled.claims.find((c) => c.id === 'dugina-killed-car-bomb')?.statements?.sr).toMatch(/automobilu/);
    const unstated = bundled.claims.map(({ statements: _, ...rest }) => rest);
    expect(score(indexFor(PACK))).toBeGreaterThanOrEqual(0.5);
    expect(score(indexFor(PACK))).toBeGreaterThan(score(indexFor(PACK, { claims: unstated })) + 0.2);
  });
});
