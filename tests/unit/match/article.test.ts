// Article-level recognition on short articles written for these tests (not copied from any outlet).
import { describe, expect, it } from 'vitest';

import { PACK_SOURCE_FILE } from '@/lib/build/pack-file';
import type { Pack } from '@/lib/dataset/types';
import { phrasePlaces } from '@/lib/match/claim-sentence';
import { matchPage } from '@/lib/match/index';
import type { PageText } from '@/lib/match/types';

import { indexFor, pageOf, readRepoFile } from './helpers';

const index = indexFor(PACK_SOURCE_FILE);

/** One paragraph per line; the first line is the headline. */
function article(lines: string[], extra: Partial<PageText> = {}): PageText {
  const page = pageOf(lines.join('\n'));
  return { ...page, headline: page.blocks[0], ...extra };
}

/** Whether `page` is recognised as reporting event `eventId` (undefined: the page gives it no evidence). */
function recognisedOn(page: PageText, eventId: string): boolean | undefined {
  let out: boolean | undefined;
  matchPage(index, page, { onVerdicts: (vs) => (out = vs.find((x) => x.eventId === eventId)?.recognised) });
  return out;
}

const RUSSIAN_DUGINA = article(
  [
    'Дочь Александра Дугина погибла при взрыве автомобиля под Москвой',
    'Дарья Дугина погибла вечером в субботу, когда её внедорожник взорвался на трассе у деревни Большие Вязёмы.',
    'По данным Следственного комитета, взрывное устройство было заложено под днищем автомобиля со стороны водителя.',
    'Отец Дарьи Дугиной, философ Александр Дугин, возвращался с того же фестиваля на другой машине.',
    'В Киеве заявили, что Украина не имеет отношения к взрыву.',
  ],
  { lang: 'ru', published: '2022-08-21' },
);

describe('recognising an event from the whole article', () => {
  it('names first the entities that tell most of the event, for the why line that shows a few', () => {
    const page = article(
      [
        'Взрыв под Москвой: погибла дочь философа',
        'В Подмосковье в субботу вечером взорвался внедорожник. В Москве Следственный комитет возбудил дело.',
        'Погибшая — Дарья Дугина, дочь Александра Дугина; её автомобиль взорвался у деревни Большие Вязёмы.',
        'В Киеве заявили, что Украина не имеет отношения к взрыву.',
      ],
      { lang: 'ru', published: '2022-08-21' },
    );
    const why = matchPage(index, page).claims.find((c) => c.eventId === 'darya-dugina-killing')?.why.article;
    // Moscow comes first on the page, but many events happen there.
    expect(why?.entityIds[0]).toBe('darya-dugina');
    expect(why?.entityIds.at(-1)).toBe('moscow');
  });

  it('recognises a Russian report naming Dugina in oblique cases, and says why', () => {
    const claims = matchPage(index, RUSSIAN_DUGINA).claims;
    expect(new Set(claims.map((c) => c.eventId))).toEqual(new Set(['darya-dugina-killing']));
    expect(claims.map((c) => c.id)).toContain('ukraine-denies-dugina-involvement');
    const why = claims[0]?.why.article;
    expect(why?.entityIds).toEqual(expect.arrayContaining(['darya-dugina', 'alexander-dugin']));
    expect(why?.headline).toBe(true);
    expect(why?.kinds).toBeGreaterThanOrEqual(2);
    expect(why?.published).toBe('2022-08-21');
    // Sentence by sentence, fewer of its sentences are recognised.
    expect(matchPage(index, RUSSIAN_DUGINA, { article: false }).claims.length).toBeLessThan(claims.length);
  });

  it('finds the same article without a declared language', () => {
    const { lang: _declared, ...undeclared } = RUSSIAN_DUGINA;
    expect(matchPage(index, undeclared).claims.map((c) => c.eventId)).toContain('darya-dugina-killing');
  });

  it('leaves a page dated a year after the event alone, though it names the same people', () => {
    const later = { ...RUSSIAN_DUGINA, published: '2023-11-02' };
    expect(matchPage(index, later).claims).toEqual([]);
  });

  it('reads the last day the text reports in full as the earliest it can be published, when the page gives none', () => {
    const { published: _day, ...undated } = RUSSIAN_DUGINA;
    expect(matchPage(index, undated).claims.map((c) => c.eventId)).toContain('darya-dugina-killing');
    // The same report closing on a court hearing set two years on is a later story about the same people.
    const closing = 'Суд назначил слушание на 14 марта 2024 года.';
    const later = article([...RUSSIAN_DUGINA.text.split('\n'), closing], { lang: 'ru' });
    expect(matchPage(index, later).claims).toEqual([]);
    // A day within the event's news window changes nothing.
    const soon = article([...RUSSIAN_DUGINA.text.split('\n'), 'Прощание пройдёт 23 августа 2022 года.'], {
      lang: 'ru',
    });
    expect(matchPage(index, soon).claims.map((c) => c.eventId)).toContain('darya-dugina-killing');
  });

  it('reads a month written with its year as the earliest the page can be published, when it gives no day', () => {
    // The same report closing on hearings set for a month two years on: a later story about the same people.
    const later = article([...RUSSIAN_DUGINA.text.split('\n'), 'В марте 2024 года суд продолжит слушания.'], {
      lang: 'ru',
    });
    expect(matchPage(index, later).claims).toEqual([]);
    // A month within the event's news window changes nothing.
    const soon = article([...RUSSIAN_DUGINA.text.split('\n'), 'В сентябре 2022 года суд начнёт слушания.'], {
      lang: 'ru',
    });
    expect(matchPage(index, soon).claims.map((c) => c.eventId)).toContain('darya-dugina-killing');
  });

  it('does not read the date of another story listed below the article as a day the article reports', () => {
    const teasers = ['Статьи', 'Страна', '22.01.2026', '10:55', 'Кадровые перестановки: что означают новые назначения'];
    const listed = article([...RUSSIAN_DUGINA.text.split('\n'), ...teasers], { lang: 'ru' });
    expect(matchPage(index, listed).claims.map((c) => c.eventId)).toContain('darya-dugina-killing');
    // Written in a sentence of the article, the same day still says the page is later than the event.
    const told = article([...RUSSIAN_DUGINA.text.split('\n'), 'Суд вынес приговор 22.01.2026 по делу о взрыве.'], {
      lang: 'ru',
    });
    expect(matchPage(index, told).claims).toEqual([]);
  });

  /** An unrelated article of a day in the killing's news window, with `line` as its fourth line (index 3). */
  const council = (line: string, extra: Partial<PageText> = {}): PageText =>
    article(
      [
        'Council approves new bridge budget',
        'The town council voted on Tuesday to approve the budget for repairs to the old river bridge.',
        'Residents told the meeting that the detour through the market square had doubled their journeys.',
        line,
        'The council will meet again next month to discuss parking near the station.',
      ],
      { lang: 'en', published: '2022-08-22', ...extra },
    );
  const DUGINA = 'Darya Dugina, daughter of Alexander Dugin, killed by a car bomb near Moscow';

  it('gives no claim highlight to an unrelated article that links to a report of the event ("Read also")', () => {
    expect(matchPage(index, council(`Read also: ${DUGINA}`)).claims).toEqual([]);
    // The same line written as the article's own sentence is a report of the event.
    expect(matchPage(index, council(DUGINA)).claims.map((c) => c.eventId)).toContain('darya-dugina-killing');
  });

  it('gives no claim highlight to an unrelated article with a line that is a link to a report of the event', () => {
    expect(matchPage(index, council(DUGINA, { links: [3] })).claims).toEqual([]);
    // The same line, not a link, is the article's own sentence: a report of the event.
    expect(matchPage(index, council(DUGINA)).claims.map((c) => c.eventId)).toContain('darya-dugina-killing');
  });

  it('gives no claim highlight to an unrelated article that shares a place and generic words', () => {
    const unrelated = article(
      [
        'Stadtrat in Cherson beschließt neuen Haushalt',
        'Der Stadtrat hat am Montag einen neuen Haushalt für Schulen und Krankenhäuser beschlossen.',
        'Die Abgeordneten stritten über Soldatenfriedhöfe, Buslinien und ein neues Buch über die Geschichte der Stadt.',
        'Die Verwaltung will die Pläne im Herbst veröffentlichen.',
      ],
      { lang: 'de', published: '2022-08-29' },
    );
    expect(matchPage(index, unrelated).claims).toEqual([]);
  });
});

describe('a casualty figure written with a word for thousand, beside its source', () => {
  // Written for this test: a sentence naming the official who gave the estimate, in several languages.
  const CASES: readonly [string, string, string][] = [
    [
      'de',
      'Colin Kahl aus dem Pentagon schätzt, dass Russland in der Ukraine zwischen 70 und 80 Tausend Soldaten verloren hat, Tote und Verwundete zusammen.',
      '80 Tausend',
    ],
    [
      'pl',
      'Colin Kahl z Pentagonu ocenił, że Rosja straciła od 70 do 80 tys. żołnierzy, zabitych i rannych.',
      '80 tys.',
    ],
    ['ru', 'Колин Каль из Пентагона оценил потери России в 70–80 тысяч военных убитыми и ранеными.', '80 тысяч'],
    [
      'it',
      'Secondo Colin Kahl del Pentagono, la Russia ha perso tra 70 e 80 mila soldati, tra morti e feriti.',
      '80 mila',
    ],
  ];

  for (const [lang, sentence, written] of CASES)
    it(`${lang}: reads "${written}" as the figure of the estimate`, () => {
      const hits = matchPage(index, article(['Pentagon', sentence], { lang })).claims;
      const casualty = hits.find((h) => h.eventId === 'russian-casualty-estimates-aug-2022');
      expect(casualty?.why.article?.figures).toContain(written);
    });

  it('does not read a bare number as a thousand of them', () => {
    const hits = matchPage(
      index,
      article(['Pentagon', 'Colin Kahl z Pentagonu ocenił, że Rosja straciła od 70 do 80 żołnierzy w tym tygodniu.'], {
        lang: 'pl',
      }),
    ).claims;
    for (const h of hits) expect(h.why.article?.figures ?? []).toEqual([]);
  });
});

describe('names and words that belong to one event, met together', () => {
  // Written for these tests: a Croatian report of the Kharkiv counteroffensive that names only places
  // (no person or unit of the event), and the event's own words in Croatian.
  const lines = [
    'Ukrajinska vojska ušla u Izjum i Balakliju',
    'Ukrajinske snage su u protuofenzivi oslobodili Balakliju i ušle u Izjum, javljaju iz Harkiva.',
    'Ruske postrojbe započele su povlačenje prema istoku, a ceste su pune napuštenih vozila.',
  ];

  it('recognises an event from two of its own places and two of its own words', () => {
    const claims = matchPage(index, article(lines, { lang: 'hr' })).claims;
    expect(new Set(claims.map((c) => c.eventId))).toEqual(new Set(['kharkiv-counteroffensive']));
    expect(claims[0]?.why.article?.entityIds).toEqual(expect.arrayContaining(['izium', 'balakliia']));
  });

  it('needs the words as well as the places', () => {
    const placesOnly = [
      'Vijesti iz Izjuma i Balaklije',
      'U Izjumu i Balakliji danas su otvorene nove škole i obnovljena je tržnica.',
      'Gradske vlasti najavile su nove autobusne linije prema Harkivu.',
    ];
    expect(matchPage(index, article(placesOnly, { lang: 'hr' })).claims).toEqual([]);
  });

  it('counts a word of the event once, however often and in whatever form the article repeats it', () => {
    const repeated = [
      'Protuofenziva: protuofenzive, protuofenzivom, protuofenzivi',
      'Protuofenziva je počela, protuofenziva traje, o protuofenzivi se govori u Harkivu.',
    ];
    const verdicts: { eventId: string; terms: string[]; term: number }[] = [];
    matchPage(index, article(repeated, { lang: 'hr' }), {
      onVerdicts: (vs) => {
        for (const v of vs) verdicts.push({ eventId: v.eventId, terms: v.why.terms, term: v.why.parts.term });
      },
    });
    const kharkiv = verdicts.find((v) => v.eventId === 'kharkiv-counteroffensive');
    expect(kharkiv?.terms).toHaveLength(1);
    expect(kharkiv?.term).toBeLessThanOrEqual(1.5);
  });
});

describe('a sentence alone, its event not recognised', () => {
  it('counts claim words next to each other, or one word apart, as one phrase', () => {
    expect(phrasePlaces([])).toBe(0);
    expect(phrasePlaces([4, 5])).toBe(1);
    expect(phrasePlaces([4, 6])).toBe(1);
    expect(phrasePlaces([4, 7])).toBe(2);
    expect(phrasePlaces([9, 2, 3, 3])).toBe(2);
  });

  it('reads a headline that states the claim in a short phrase as the report it leads, not a passing mention', () => {
    const lines = [
      'Путін оголосив часткову мобілізацію',
      'Президент Росії Володимир Путін у зверненні заявив про часткову мобілізацію громадян країни.',
      'За його словами, призову підлягатимуть громадяни, які перебувають у запасі.',
      'Мобілізація почнеться вже зранку, повідомили у Кремлі.',
    ];
    const led = matchPage(index, article(lines, { lang: 'uk' })).claims;
    expect(led.map((c) => c.eventId)).toContain('putin-partial-mobilisation-order');
    expect(led.some((c) => c.start === 0)).toBe(true);
    // The same words under another headline are a mention in passing, as before.
    const other = ['Ціни на пальне у Львові зросли за тиждень', ...lines.slice(1)];
    expect(matchPage(index, article(other, { lang: 'uk' })).claims.map((c) => c.eventId)).not.toContain(
      'putin-partial-mobilisation-order',
    );
  });

  it('gives no claim highlight to a story that mentions the mobilisation order in passing', () => {
    const page = article(
      [
        'Волонтёры из Казани открыли приют для бездомных собак',
        'Приют на окраине города принял первых сорок собак, рассказали волонтёры.',
        'Приют открыли в сентябре 2022 года, после того как Владимир Путин объявил о частичной мобилизации.',
        'Корм для собак привозят местные фермеры, а ветеринары работают бесплатно.',
        'Городские власти обещали выделить участок для второго здания приюта весной.',
      ],
      { lang: 'ru' },
    );
    expect(matchPage(index, page).claims.map((c) => c.eventId)).not.toContain('putin-partial-mobilisation-order');
  });

  // Written for these tests: a report of the mobilisation order. Shoigu and the 300,000 are also in the
  // claim that the call-up was later declared complete, an event the report is not about.
  const shoigu =
    "Defence Minister Sergei Shoigu said the decree on partial mobilisation would see 300,000 additional personnel called up to serve in Russia's military campaign.";
  const orderReport = article([
    'Putin orders partial mobilisation of reservists',
    'In a televised address on Wednesday, President Vladimir Putin announced a partial mobilisation for the war in Ukraine.',
    'He said only citizens in the reserve who had served in the army would be called up.',
    shoigu,
    'The Kremlin did not say how long the call-up would last.',
  ]);
  const shoiguAt = orderReport.text.indexOf(shoigu);

  it('is read as a claim of the event the article reports, when one of its claims fits too', () => {
    const claims = matchPage(index, orderReport).claims;
    expect(new Set(claims.map((c) => c.eventId))).toEqual(new Set(['putin-partial-mobilisation-order']));
    expect(claims.find((c) => c.start === shoiguAt)?.id).toBe('shoigu-300000-reservists');
  });

  it("is read as the reader's flag it states more closely than that event's claim", () => {
    const flag = {
      id: 'flag-shoigu',
      eventId: 'flag-shoigu',
      statement:
        'Shoigu said the decree would see 300,000 additional personnel called up to serve in the military campaign.',
      hints: { terms: [], entityIds: [] },
    };
    const pack = JSON.parse(readRepoFile(PACK_SOURCE_FILE)) as Pack;
    const flagged = indexFor(PACK_SOURCE_FILE, { claims: [...pack.claims, flag] });
    expect(matchPage(flagged, orderReport).claims.find((c) => c.start === shoiguAt)?.id).toBe('flag-shoigu');
  });
});

describe('many words only one event has, and a sentence near one of its claims', () => {
  // Written for these tests: a warning before a national holiday that names no person, unit or place.
  const lines = [
    'Warning ahead of the holiday',
    'The military warned that Russian missile strikes could intensify around Independence Day on 24 August.',
    'Cruise missiles such as the Kalibr may be fired from submarines and warships, officers said.',
    'Cities have cancelled public celebrations and asked residents to avoid mass gatherings.',
    'Shelters will stay open through the weekend.',
  ];
  const verdict = (page: PageText): { recognised: boolean; entity: number } | undefined => {
    let out: { recognised: boolean; entity: number } | undefined;
    matchPage(index, page, {
      onVerdicts: (vs) => {
        const v = vs.find((x) => x.eventId === 'independence-day-missile-warning');
        if (v) out = { recognised: v.recognised, entity: v.why.parts.entity };
      },
    });
    return out;
  };

  it('recognises the event from them, though the article names no one', () => {
    expect(verdict(article(lines, { lang: 'en' }))).toEqual({ recognised: true, entity: 0 });
  });

  it('needs the sentence as well as the words', () => {
    // Four of its own words, and no sentence that says what its claim says.
    const words = [
      'Festival called off',
      'Organisers called off public celebrations in the park, citing a heightened threat of provocations.',
      'Mass gatherings are banned until further notice.',
      'Shelters will stay open through the weekend.',
    ];
    expect(verdict(article(words, { lang: 'en' }))?.recognised).toBe(false);
  });
});

describe('many words only one event has, with nothing else', () => {
  // Written for these tests: recruitment advertising that names no one and says none of the event's claims.
  const verdict = (lines: string[]): boolean | undefined =>
    recognisedOn(article(lines, { lang: 'en' }), 'russian-recruitment-drive-2022');

  it('recognise the event from seven or more of them', () => {
    const lines = [
      'Posters on every corner',
      'Billboards along the highway promise a monthly salary to men who enlist.',
      'The recruitment posters also offer a sign-up bonus and three-month contracts.',
      'Drivers and mechanics are wanted most, the posters say.',
      'Applicants queue outside the centre from early morning.',
    ];
    expect(verdict(lines)).toBe(true);
  });

  it('take more than a few of them', () => {
    const lines = [
      'Posters on every corner',
      'Billboards along the highway ask men to enlist.',
      'The posters also offer a sign-up bonus.',
      'Applicants queue outside the centre from early morning.',
    ];
    expect(verdict(lines)).toBe(false);
  });
});

describe('an event named after a person, reported before the name is out', () => {
  // Written for these tests: an early report of the Mi-8 defection that does not name the pilot.
  const verdict = (lines: string[]): boolean | undefined =>
    recognisedOn(article(lines, { lang: 'en', published: '2023-08-24' }), 'mi8-pilot-defection-aug-2023');

  it('is recognised from very many words only that story has and a sentence that reports one of its claims', () => {
    const lines = [
      'Russian helicopter pilot defects to Ukraine',
      'A Russian pilot flew his Mi-8 transport helicopter into Ukraine in an operation Ukraine’s military intelligence had prepared for six months.',
      'The two other crew members, who did not know of the plan, were killed after the helicopter landed.',
      'The helicopter was carrying spare parts for fighter jets, officials said.',
      'His family was evacuated before the defection, and he was promised a reward.',
    ];
    expect(verdict(lines)).toBe(true);
    // A few of those words are not enough beside the same sentence: another story of the same kind.
    expect(verdict(lines.slice(0, 3))).toBe(false);
  });

  it('is not recognised from a few of its words without such a sentence', () => {
    const lines = [
      'Helicopter lands in a field',
      'A Mi-8 helicopter made an emergency landing in a field, and its crew members were unhurt.',
      'The helicopter was carrying spare parts to a repair base, officials said.',
      'An inquiry into the engine fault has begun.',
    ];
    expect(verdict(lines)).toBe(false);
  });
});
