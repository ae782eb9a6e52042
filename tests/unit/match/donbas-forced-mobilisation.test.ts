// From February 2022 the Russian-backed Donetsk and Luhansk republics mobilised their men by force. Many reports
// say only that, in a sentence or a headline, and name neither the street round-ups nor the officials of the
// event's other claims. Texts written for these tests, with a headline as a news page has one.
import { describe, expect, it } from 'vitest';

import { matchPage } from '@/lib/match/index';
import type { PageText } from '@/lib/match/types';

import { indexFor, pageOf } from './helpers';

const index = indexFor('assets/pack/parallax.pack.json');
const CLAIM = 'forced-conscription-occupied-ukraine/dpr-lpr-men-forcibly-mobilised';

/** A news page: its first line is the headline, its language and day declared. */
function newsPage(lines: string[], published: string): PageText {
  const page = pageOf(lines.join('\n'));
  return { ...page, ...(page.blocks[0] ? { headline: page.blocks[0] } : {}), lang: 'en', published };
}

const claimsOn = (page: PageText): string[] => matchPage(index, page).claims.map((c) => `${c.eventId}/${c.id}`);

describe('forced mobilisation in the Donetsk and Luhansk republics', () => {
  it('is recognised in a report that says only that', () => {
    const page = newsPage(
      [
        'Donetsk conscripts say they were sent to Mariupol untrained',
        'Soldiers of a battalion of the Donetsk People’s Republic say in a video that they were forcibly mobilised in February and sent to storm Mariupol without training.',
        'They accuse the republic’s leader Denis Pushilin of breaking his word that students would not fight.',
      ],
      '2022-05-12',
    );
    expect(claimsOn(page)).toContain(CLAIM);
  });

  it('is not taken from a report of conscription there in a later year', () => {
    const page = newsPage(
      [
        'Donetsk conscripts sent to the Kursk region',
        'Men forcibly mobilised in the Donetsk People’s Republic were sent to the Kursk region in August 2024, their relatives said.',
        'The families asked Denis Pushilin to bring them home.',
      ],
      '2024-08-30',
    );
    expect(claimsOn(page)).not.toContain(CLAIM);
  });
});
