// A page's markup may declare the wrong language: a site template's default `lang="en"` on a Polish or Ukrainian
// article, or a Russian tag left on a site's pages in other languages. The text is read in the language it is
// written in. Texts written for these tests (written-reports.ts).
import { describe, expect, it } from 'vitest';

import { claimKeysOn, indexFor, newsPage } from './helpers';
import { POLISH_3RD_DIVISION, UKRAINIAN_ZELENSKY_WARNING } from './written-reports';

const index = indexFor('assets/pack/parallax.pack.json');

/** Our own reports, each with the language it is written in and the claim it must find. */
const REPORTS = [
  {
    lines: POLISH_3RD_DIVISION,
    lang: 'pl',
    published: '2022-04-04',
    claim: 'refusals-to-fight-2022/general-staff-3rd-division-refusals',
  },
  {
    lines: UKRAINIAN_ZELENSKY_WARNING,
    lang: 'uk',
    published: '2022-08-21',
    claim: 'independence-day-missile-warning/zelensky-warns-of-something-particularly-cruel',
  },
];

describe('a page that declares the wrong language', () => {
  it('is read in the language it is written in, and finds what the same page declared rightly finds', () => {
    for (const { lines, lang, published, claim } of REPORTS) {
      const right = claimKeysOn(index, newsPage(lines, lang, published));
      expect(right, lang).toContain(claim);
      for (const wrong of ['en-US', 'ru', 'de'].filter((tag) => tag !== lang))
        expect(claimKeysOn(index, newsPage(lines, wrong, published)), `${lang} declared ${wrong}`).toEqual(right);
    }
  });
});
