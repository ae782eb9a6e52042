// Claims that reports of an event lead with, though they name none of the event's other claims' sources:
// Zelensky's and the US State Department's warnings before Ukraine's Independence Day in 2022, the forced
// mobilisation of men in the Donetsk and Luhansk republics, Russia's recognition of the two republics
// told as "decrees on their sovereignty", the regions' volunteer battalions told beside Putin, and the
// Pentagon's word on units laying down their weapons told by "a senior US defense official". Each is
// recognised in a report of it and not in a report of the same kind from another year. Texts written for
// these tests.
import { describe, expect, it } from 'vitest';

import { matchPage } from '@/lib/match/index';

import { readPage } from '../../bench/recognition';
import { claimKeysOn, indexFor, newsPage, readRepoFile } from './helpers';
import { UKRAINIAN_ZELENSKY_WARNING } from './written-reports';

const index = indexFor('assets/pack/parallax.pack.json');

const ZELENSKY = 'independence-day-missile-warning/zelensky-warns-of-something-particularly-cruel';
const US = 'independence-day-missile-warning/us-warns-of-strikes-on-civilian-infrastructure';
const DONBAS = 'forced-conscription-occupied-ukraine/dpr-lpr-men-forcibly-mobilised';
const RECOGNITION = 'russia-recognises-lpr-dpr/putin-recognised-lpr-dpr';
const BATTALIONS = 'russian-recruitment-drive-2022/regions-form-volunteer-battalions';
const PENTAGON = 'pentagon-units-laid-down-weapons/pentagon-units-laid-down-weapons';

interface Report {
  what: string;
  lines: string[];
  lang: string;
  published: string;
  claim: string;
}

/** Our own reports: each must find its claim. */
const FOUND: Report[] = [
  {
    what: "Zelensky's warning, in English",
    lines: [
      'Zelensky says Russia may try something ugly this week',
      'Ukraine will mark Independence Day on Wednesday, six months after the invasion began.',
      'In his nightly video address, President Volodymyr Zelensky told Ukrainians that Russia could try to do something particularly ugly, something particularly vicious this week.',
      'He urged people not to give in to fear.',
    ],
    lang: 'en',
    published: '2022-08-21',
    claim: ZELENSKY,
  },
  {
    what: "Zelensky's warning, in German",
    lines: [
      'Selenskyj rechnet mit russischen Angriffen zum Unabhängigkeitstag',
      'Die Ukraine feiert am Mittwoch ihre Unabhängigkeit von der Sowjetunion.',
      'Russland könnte in dieser Woche etwas besonders Widerwärtiges und Gewalttätiges versuchen, sagte Präsident Wolodymyr Selenskyj in seiner abendlichen Videoansprache.',
      'In Charkiw gilt eine Ausgangssperre.',
    ],
    lang: 'de',
    published: '2022-08-21',
    claim: ZELENSKY,
  },
  {
    what: "Zelensky's warning, in Ukrainian",
    lines: UKRAINIAN_ZELENSKY_WARNING,
    lang: 'uk',
    published: '2022-08-21',
    claim: ZELENSKY,
  },
  {
    what: "the US State Department's warning",
    lines: [
      'Americans told to leave Ukraine as Russia readies strikes',
      'Russia is stepping up efforts to hit civilian infrastructure and government facilities in Ukraine in the coming days, the US State Department said in a security alert.',
      'The embassy in Kyiv urged US citizens to leave the country at once.',
    ],
    lang: 'en',
    published: '2022-08-23',
    claim: US,
  },
  {
    what: 'forcibly mobilised DPR soldiers accusing their leader',
    lines: [
      'Donetsk conscripts say they were sent to Mariupol untrained',
      'Soldiers of a battalion of the Donetsk People’s Republic say in a video that they were forcibly mobilised in February and sent to storm Mariupol without training.',
      'They accuse the republic’s leader Denis Pushilin of breaking his word that students would not fight.',
    ],
    lang: 'en',
    published: '2022-05-12',
    claim: DONBAS,
  },
  {
    what: 'decrees on the recognition of the republics’ sovereignty',
    lines: [
      'Putin signs decrees on the sovereignty of Donetsk and Lugansk',
      'Vladimir Putin has signed decrees on the recognition of the sovereignty of the self-proclaimed people’s republics of Donetsk and Lugansk.',
      'He asked parliament to ratify the decision quickly.',
    ],
    lang: 'en',
    published: '2022-02-21',
    claim: RECOGNITION,
  },
  {
    what: 'the recognition, in German',
    lines: [
      'Putin erkennt die Separatistengebiete an',
      'Kremlchef Wladimir Putin hat die Unabhängigkeit der Volksrepubliken Donezk und Luhansk anerkannt und entsprechende Dekrete unterzeichnet.',
      'Der Westen kündigte Sanktionen an.',
    ],
    lang: 'de',
    published: '2022-02-21',
    claim: RECOGNITION,
  },
  {
    what: 'the volunteer battalions, told beside Putin rather than the Kremlin',
    lines: [
      'Russian regions raise volunteer battalions for the war',
      'From the Arctic to the Far East, Russian regions are forming volunteer battalions to send to the fighting in Ukraine, with bonuses for the men who sign up.',
      'President Vladimir Putin has so far held back from a general mobilisation.',
    ],
    lang: 'en',
    published: '2022-07-28',
    claim: BATTALIONS,
  },
  {
    what: 'the Pentagon on units laying down their weapons, told by "a senior US defense official"',
    lines: [
      'Russian advance on Kyiv stalls as some units surrender, US official says',
      'Some Russian units are surrendering to Ukrainian troops without a fight as morale drops, a senior US defense official told reporters on Tuesday.',
      'The official said many of the soldiers were young conscripts who had never seen combat.',
    ],
    lang: 'en',
    published: '2022-03-01',
    claim: PENTAGON,
  },
];

/** Reports of the same kind from a later year: none may take the claim. */
const NOT_FOUND: Report[] = [
  {
    what: 'his warning before the Independence Day of 2024',
    lines: [
      'Zelensky warns of Russian provocations before Independence Day',
      'President Volodymyr Zelensky said in his nightly address that Russia could try to do something particularly cruel before Ukraine marks Independence Day on Saturday.',
      'He asked the allies for long-range weapons.',
    ],
    lang: 'en',
    published: '2024-08-21',
    claim: ZELENSKY,
  },
  {
    what: 'an embassy warning of November 2024',
    lines: [
      'US embassy in Kyiv closes over risk of a major air attack',
      'The US State Department said the embassy would close for the day after it received information about a potential significant air attack, and urged US citizens to be ready to shelter.',
      'Spain, Italy and Greece also closed their embassies.',
    ],
    lang: 'en',
    published: '2024-11-20',
    claim: US,
  },
  {
    what: 'Donetsk conscripts sent to the Kursk region in 2024',
    lines: [
      'Donetsk conscripts sent to the Kursk region',
      'Men forcibly mobilised in the Donetsk People’s Republic were sent to the Kursk region in August 2024, their relatives said.',
      'The families asked Denis Pushilin to bring them home.',
    ],
    lang: 'en',
    published: '2024-08-30',
    claim: DONBAS,
  },
  {
    what: 'volunteer battalions still raised in 2024',
    lines: [
      'Russian regions keep raising volunteer battalions',
      'Russian regions are still forming volunteer battalions to send to the fighting in Ukraine, with ever larger bonuses, two years after President Vladimir Putin first turned to them.',
      'Some governors have run out of men to recruit.',
    ],
    lang: 'en',
    published: '2024-09-10',
    claim: BATTALIONS,
  },
  {
    what: 'a US official on Russian soldiers surrendering in the Kursk region in 2024',
    lines: [
      'Russian conscripts in Kursk surrender without a fight, US official says',
      'Some young Russian conscripts in the Kursk region laid down their weapons and surrendered without a fight, a senior US defense official told reporters.',
      'Ukraine says it has taken hundreds of prisoners.',
    ],
    lang: 'en',
    published: '2024-08-15',
    claim: PENTAGON,
  },
];

const claimsOn = ({ lines, lang, published }: Report): string[] => claimKeysOn(index, newsPage(lines, lang, published));

describe('claims reports lead with', () => {
  for (const report of FOUND)
    it(`finds ${report.what}`, () => {
      expect(claimsOn(report)).toContain(report.claim);
    });

  for (const report of NOT_FOUND)
    it(`leaves alone ${report.what}`, () => {
      expect(claimsOn(report)).not.toContain(report.claim);
    });

  it('reads "self-proclaimed" beside the Luhansk republic as part of its name, not as its recognition', () => {
    // The saved Express report of the LPR unit's video, read as the content script reads it: its first
    // claim sentence names "the self-proclaimed Luhansk People's Republic" and reports the refusal.
    const url = 'https://www.express.co.uk/news/world/1659853/russia-mutiny';
    const page = readPage(readRepoFile('tests/fixtures/site/express-russia-mutiny.html'), url);
    if (!page) throw new Error('The saved page reads as no article.');
    const claims = matchPage(index, page).claims;
    expect(claims[0]?.id).toBe('lpr-unit-refusal-video');
    expect(claims.map((c) => c.eventId)).not.toContain('russia-recognises-lpr-dpr');
  });
});
