// The 2022 refusals to fight were mostly reported through one story of them at a time: the Pskov paratroopers,
// the commanders of the 3rd Motor Rifle Division, the Buryat contract soldiers. The pack names each, so a report
// of one is recognised as the event. Texts written for these tests, with a headline as a news page has one.
import { describe, expect, it } from 'vitest';

import { claimKeysOn, indexFor, newsPage } from './helpers';
import { POLISH_3RD_DIVISION } from './written-reports';

const index = indexFor('assets/pack/parallax.pack.json');
const EVENT = 'refusals-to-fight-2022';

const NALCHIK_GUARDSMEN = [
  'Court upholds sacking of 115 national guardsmen who would not fight in Ukraine',
  'A garrison military court in Nalchik rejected a collective lawsuit by 115 members of the National Guard from Kabardino-Balkaria who were fired after refusing to fight in Ukraine.',
  'Their lawyer, Andrei Sabinin, said the ruling came unusually fast and that the men had been offered the choice of going home.',
];

/** Our own report of each story: its lines (the first is the headline), language, day and the claim it must find. */
const STORIES = [
  {
    story: 'the Pskov paratroopers who would not go back to the war',
    lines: [
      'Dozens of paratroopers from Pskov will not return to Ukraine',
      'Around 60 paratroopers based in Pskov refused to be sent back to Ukraine after their unit came home from Belarus, the local paper Pskovskaya Gubernia wrote.',
      'Most of them were dismissed from the army and some face criminal cases, the paper said.',
    ],
    lang: 'en',
    published: '2022-04-08',
    claim: 'pskov-paratroopers-refused-to-deploy',
  },
  {
    story: 'the General Staff on the 3rd Motor Rifle Division, in Polish',
    lines: POLISH_3RD_DIVISION,
    lang: 'pl',
    published: '2022-04-04',
    claim: 'general-staff-3rd-division-refusals',
  },
  {
    story: 'the Buryat contract soldiers who came home, in Russian',
    lines: [
      'Бурятские контрактники вернулись домой с войны',
      'Около 150 контрактников из Бурятии, которые отказались воевать в Украине, вернулись в Улан-Удэ, сообщил фонд «Свободная Бурятия».',
      'По словам Александры Гармажаповой, около 500 военных уже расторгли контракты.',
    ],
    lang: 'ru',
    published: '2022-07-12',
    claim: 'buryat-contract-soldiers-came-home',
  },
  {
    story: 'the 115 guardsmen of Kabardino-Balkaria whose lawsuit failed in Nalchik',
    lines: NALCHIK_GUARDSMEN,
    lang: 'en',
    published: '2022-05-26',
    claim: 'nalchik-court-upholds-115-dismissals',
  },
];

describe('stories of the 2022 refusals to fight', () => {
  for (const { story, lines, lang, published, claim } of STORIES)
    it(`recognises ${story}`, () => {
      expect(claimKeysOn(index, newsPage(lines, lang, published))).toContain(`${EVENT}/${claim}`);
    });

  it('does not read the Nalchik guardsmen as the Krasnodar riot police, another unit with a lawsuit of its own', () => {
    const claims = claimKeysOn(index, newsPage(NALCHIK_GUARDSMEN, 'en', '2022-05-26'));
    expect(claims).toContain(`${EVENT}/nalchik-court-upholds-115-dismissals`);
    expect(claims.filter((c) => c.startsWith('krasnodar-rosgvardia-refusal/'))).toEqual([]);
  });

  it('recognises Verstka’s count of the refusers in a Ukrainian report, as the story of the men held in Brianka', () => {
    const page = newsPage(
      [
        'Щонайменше 1793 російських військових відмовилися воювати проти України',
        'Від початку вторгнення щонайменше 1793 військовослужбовці з 22 регіонів росії відмовилися брати участь у війні, підрахувало незалежне видання «Верстка».',
        'Раніше в російських медіа йшлося про 1559 таких відмовників.',
      ],
      'uk',
      '2022-07-29',
    );
    expect(claimKeysOn(index, page)).toContain('refuseniks-held-in-brianka/verstka-counts-1793-refusals');
  });

  it('leaves alone Pskov paratroopers in a story of another year', () => {
    const page = newsPage(
      [
        'Pskov paratroopers sent to the Kursk region',
        'Paratroopers from the division based in Pskov were moved to the Kursk region in August 2024, a regional news site reported.',
        'The governor thanked the families of the soldiers.',
      ],
      'en',
      '2024-08-20',
    );
    expect(claimKeysOn(index, page).filter((c) => c.startsWith(`${EVENT}/`))).toEqual([]);
  });
});
