// Before Ukraine's Independence Day in 2022, Zelensky warned that Russia might try "something particularly
// nasty, something particularly cruel" that week, and the US State Department that Russia was stepping up
// strikes on civilian infrastructure. Most reports of the event lead with one of the two warnings, and name
// none of the military's figures. Texts written for these tests.
import { describe, expect, it } from 'vitest';

import { matchPage } from '@/lib/match/index';
import type { PageText } from '@/lib/match/types';

import { indexFor, pageOf } from './helpers';

const index = indexFor('assets/pack/parallax.pack.json');
const CLAIM = 'independence-day-missile-warning/zelensky-warns-of-something-particularly-cruel';
const US_CLAIM = 'independence-day-missile-warning/us-warns-of-strikes-on-civilian-infrastructure';

/** A news page: its first line is the headline, its language and day declared. */
function newsPage(lines: string[], lang: string, published: string): PageText {
  const page = pageOf(lines.join('\n'));
  return { ...page, ...(page.blocks[0] ? { headline: page.blocks[0] } : {}), lang, published };
}

const claimsOn = (page: PageText): string[] => matchPage(index, page).claims.map((c) => `${c.eventId}/${c.id}`);

/** Our own report of the warning in three languages and three translations of his words. */
const REPORTS = [
  {
    lang: 'en',
    lines: [
      'Zelensky says Russia may try something ugly this week',
      'Ukraine will mark Independence Day on Wednesday, six months after the invasion began.',
      'In his nightly video address, President Volodymyr Zelensky told Ukrainians that Russia could try to do something particularly ugly, something particularly vicious this week.',
      'He urged people not to give in to fear.',
    ],
  },
  {
    lang: 'de',
    lines: [
      'Selenskyj rechnet mit russischen Angriffen zum Unabhängigkeitstag',
      'Die Ukraine feiert am Mittwoch ihre Unabhängigkeit von der Sowjetunion.',
      'Russland könnte in dieser Woche etwas besonders Widerwärtiges und Gewalttätiges versuchen, sagte Präsident Wolodymyr Selenskyj in seiner abendlichen Videoansprache.',
      'In Charkiw gilt eine Ausgangssperre.',
    ],
  },
  {
    lang: 'uk',
    lines: [
      'Зеленський попередив про можливі провокації Росії',
      'Україна готується відзначити День Незалежності.',
      'Володимир Зеленський у вечірньому зверненні сказав, що цього тижня Росія може спробувати зробити щось особливо гидке, щось особливо жорстоке.',
      'Він закликав українців не піддаватися страху.',
    ],
  },
];

describe("Zelensky's warning before Independence Day 2022", () => {
  for (const { lang, lines } of REPORTS)
    it(`is recognised in a report in ${lang}`, () => {
      expect(claimsOn(newsPage(lines, lang, '2022-08-21'))).toContain(CLAIM);
    });

  it('is not taken from his warning before the Independence Day of a later year', () => {
    const page = newsPage(
      [
        'Zelensky warns of Russian provocations before Independence Day',
        'President Volodymyr Zelensky said in his nightly address that Russia could try to do something particularly cruel before Ukraine marks Independence Day on Saturday.',
        'He asked the allies for long-range weapons.',
      ],
      'en',
      '2024-08-21',
    );
    expect(claimsOn(page)).not.toContain(CLAIM);
  });
});

describe('the US warning before Independence Day 2022', () => {
  it('is recognised in a report that leads with it', () => {
    const page = newsPage(
      [
        'Americans told to leave Ukraine as Russia readies strikes',
        'Russia is stepping up efforts to hit civilian infrastructure and government facilities in Ukraine in the coming days, the US State Department said in a security alert.',
        'The embassy in Kyiv urged US citizens to leave the country at once.',
      ],
      'en',
      '2022-08-23',
    );
    expect(claimsOn(page)).toContain(US_CLAIM);
  });

  it('is not taken from an embassy warning of another year', () => {
    const page = newsPage(
      [
        'US embassy in Kyiv closes over risk of a major air attack',
        'The US State Department said the embassy would close for the day after it received information about a potential significant air attack, and urged US citizens to be ready to shelter.',
        'Spain, Italy and Greece also closed their embassies.',
      ],
      'en',
      '2024-11-20',
    );
    expect(claimsOn(page)).not.toContain(US_CLAIM);
  });
});
