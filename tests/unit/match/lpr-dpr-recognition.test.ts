// Reports of Russia's recognition of the two republics (21 February 2022) often say "recognition of their
// sovereignty" and "decrees" rather than "recognised as independent", and in their own language. Texts
// written for these tests, with a headline as a news page has one.
import { describe, expect, it } from 'vitest';

import { matchPage } from '@/lib/match/index';
import type { PageText } from '@/lib/match/types';

import { indexFor, pageOf } from './helpers';

const index = indexFor('assets/pack/parallax.pack.json');
const CLAIM = 'russia-recognises-lpr-dpr/putin-recognised-lpr-dpr';

/** A news page: its first line is the headline, its language and day declared. */
function newsPage(lines: string[], lang: string): PageText {
  const page = pageOf(lines.join('\n'));
  return { ...page, ...(page.blocks[0] ? { headline: page.blocks[0] } : {}), lang, published: '2022-02-21' };
}

const claimsOn = (page: PageText): string[] => matchPage(index, page).claims.map((c) => `${c.eventId}/${c.id}`);

describe("Russia's recognition of the LPR and DPR", () => {
  it('is recognised in a report of decrees on the recognition of their sovereignty', () => {
    const page = newsPage(
      [
        'Putin signs decrees on the sovereignty of Donetsk and Lugansk',
        'Vladimir Putin has signed decrees on the recognition of the sovereignty of the self-proclaimed people’s republics of Donetsk and Lugansk.',
        'He asked parliament to ratify the decision quickly.',
      ],
      'en',
    );
    expect(claimsOn(page)).toContain(CLAIM);
  });

  it('is recognised in a German report of the recognition', () => {
    const page = newsPage(
      [
        'Putin erkennt die Separatistengebiete an',
        'Kremlchef Wladimir Putin hat die Unabhängigkeit der Volksrepubliken Donezk und Luhansk anerkannt und entsprechende Dekrete unterzeichnet.',
        'Der Westen kündigte Sanktionen an.',
      ],
      'de',
    );
    expect(claimsOn(page)).toContain(CLAIM);
  });
});
