import { describe, expect, it } from 'vitest';

import type { Lang } from '../../../../lib/match/lang/languages';
import { stemmerFor } from '../../../../lib/match/lang/stem';
import { foldString } from '../../../../lib/match/normalise';

/** Stems as the engine computes them: on the folded token text. */
function stems(lang: Lang, words: readonly string[]): string[] {
  const stem = stemmerFor(lang);
  return words.map((w) => stem(foldString(w)));
}

/** Inflected forms that must meet, and pairs of different words that must not, per language. */
const CASES: readonly {
  lang: Lang;
  families: readonly (readonly string[])[];
  distinct: readonly (readonly [string, string])[];
}[] = [
  {
    lang: 'en',
    families: [
      ['attack', 'attacks', 'attacked', 'attacking'],
      ['soldier', 'soldiers'],
      ['kill', 'killed', 'killing', 'kills'],
    ],
    distinct: [
      ['war', 'ward'],
      ['army', 'arms'],
    ],
  },
  {
    lang: 'de',
    families: [
      ['Mord', 'Morde', 'Mordes', 'Morden'],
      ['Angriff', 'Angriffe', 'Angriffen', 'Angriffs'],
      ['Anschlag', 'Anschläge', 'Anschlägen'],
    ],
    distinct: [
      ['Mord', 'Mode'],
      ['Wahl', 'Wahn'],
    ],
  },
  {
    lang: 'fr',
    // attaquée and réfugiée: the stemmer needs -ée accented, see restoreFrench.
    families: [
      ['attaque', 'attaqué', 'attaquée', 'attaquées', 'attaques'],
      ['blessé', 'blessés', 'blessée', 'blessées'],
      ['réfugié', 'réfugiés', 'réfugiée', 'réfugiées'],
    ],
    distinct: [
      ['armée', 'arme'],
      ['guerre', 'guerrier'],
    ],
  },
  {
    lang: 'es',
    families: [
      ['ataque', 'ataques'],
      ['elección', 'elecciones'],
      ['muerto', 'muertos', 'muerta', 'muertas'],
    ],
    distinct: [
      ['guerra', 'guardia'],
      ['ataque', 'atasco'],
    ],
  },
  {
    lang: 'it',
    families: [
      ['attacco', 'attacchi'],
      ['elezione', 'elezioni'],
      ['ucciso', 'uccisi', 'uccisa', 'uccise'],
    ],
    distinct: [
      ['guerra', 'guardia'],
      ['attacco', 'attore'],
    ],
  },
  {
    lang: 'pt',
    // -ão and its plurals meet only through restorePortuguese.
    families: [
      ['eleição', 'eleições'],
      ['cidadão', 'cidadãos'],
      ['morto', 'mortos', 'morta'],
    ],
    distinct: [
      ['mãe', 'mão'],
      ['guerra', 'guarda'],
    ],
  },
  {
    lang: 'ro',
    families: [
      ['rachetă', 'racheta', 'rachete', 'rachetele'],
      ['soldat', 'soldați', 'soldații', 'soldaților', 'soldatul'],
      ['țară', 'țara', 'țării', 'țări'],
    ],
    distinct: [
      ['război', 'rachetă'],
      ['soldat', 'sold'],
    ],
  },
  {
    lang: 'nl',
    families: [
      ['soldaat', 'soldaten'],
      ['verkiezing', 'verkiezingen'],
      ['oorlog', 'oorlogen'],
    ],
    distinct: [
      ['oorlog', 'oorzaak'],
      ['aanval', 'aanvoer'],
    ],
  },
  {
    lang: 'hu',
    // The -ról/-ból/-nál endings are recognised only through restoreHungarian.
    families: [
      ['Ukrajna', 'Ukrajnát', 'Ukrajnában', 'Ukrajnának', 'Ukrajnáról', 'Ukrajnából'],
      ['Orbán', 'Orbánt', 'Orbánnak', 'Orbánról', 'Orbánnal'],
      ['kormány', 'kormányt', 'kormánytól', 'kormányról', 'kormánynál'],
    ],
    distinct: [
      ['kormány', 'korona'],
      ['Orbán', 'Ukrajna'],
    ],
  },
  {
    lang: 'fi',
    families: [
      ['presidentti', 'presidentin', 'presidenttiä', 'presidentille'],
      ['Venäjä', 'Venäjän', 'Venäjällä', 'Venäjälle', 'Venäjää'],
    ],
    distinct: [
      ['sotilas', 'sota'],
      ['Venäjä', 'venttiili'],
    ],
  },
  {
    lang: 'ru',
    // -ой, -ий and -ей arrive folded as -ои, -ии, -еи: see restoreRussian.
    families: [
      ['Дугина', 'Дугиной', 'Дугину'],
      ['армия', 'армии', 'армией', 'армий', 'армию'],
      ['новый', 'новая', 'новые', 'нового', 'новой'],
      // A noun in -изация and its verb: see stem-uk.ts.
      ['мобилизация', 'мобилизации', 'мобилизовали', 'мобилизуют', 'мобилизованных'],
    ],
    distinct: [
      ['мир', 'мера'],
      ['армия', 'арка'],
    ],
  },
  {
    lang: 'uk',
    // ї and й arrive folded as і and и: see restoreUkrainian.
    families: [
      ['Дугіна', 'Дугіної', 'Дугіну', 'Дугіною'],
      ['Україна', 'України', 'Україні', 'Україною', 'Україну'],
      ['військо', 'війська', 'військами'],
      // The stemmer's leftovers of -ія nouns and -овий adjectives: see stem-uk.ts.
      ['територія', 'території', 'територію', 'територією', 'територіях'],
      ['операція', 'операції', 'операцією'],
      ['примусова', 'примусового', 'примусовий', 'примусово'],
      ['мобілізація', 'мобілізації', 'мобілізували', 'мобілізують', 'мобілізованих'],
    ],
    distinct: [
      ['напад', 'народ'],
      ['військо', 'вісті'],
    ],
  },
  {
    lang: 'sr',
    // One stem whichever alphabet the word is written in.
    families: [
      ['napad', 'напада', 'napadom'],
      ['жена', 'žena', 'žene', 'ženama'],
      ['држава', 'државе', 'država', 'države'],
      ['ћерка', 'ćerka', 'ćerke'],
    ],
    distinct: [
      ['rat', 'rad'],
      ['napad', 'narod'],
    ],
  },
  {
    lang: 'pl',
    families: [
      ['zamach', 'zamachu', 'zamachem', 'zamachy'],
      ['Dugina', 'Duginy', 'Duginę', 'Duginą'],
      ['żołnierze', 'żołnierzy', 'żołnierz'],
    ],
    distinct: [
      ['zamach', 'zamek'],
      ['kot', 'kod'],
    ],
  },
  {
    lang: 'cs',
    families: [
      ['útok', 'útoku', 'útokem'],
      ['vojáci', 'vojáků', 'vojákům', 'voják'],
      ['Dugina', 'Duginy', 'Duginou'],
    ],
    distinct: [
      ['útok', 'útěk'],
      ['vojáci', 'vojsko'],
    ],
  },
  {
    lang: 'hr',
    families: [
      ['protuofenziva', 'protuofenzive', 'protuofenzivom'],
      ['zarobljenik', 'zarobljenika', 'zarobljeniku'],
    ],
    distinct: [
      ['rat', 'rad'],
      ['napad', 'narod'],
    ],
  },
  {
    lang: 'sk',
    // -om, -och, -ej and -ia/-ie are Slovak endings the Czech stemmer does not know.
    families: [
      ['útok', 'útoku', 'útokom', 'útokoch', 'útokov'],
      ['zariadenie', 'zariadenia', 'zariadení'],
      ['Duginová', 'Duginovej', 'Duginovú'],
    ],
    distinct: [
      ['útok', 'útek'],
      ['vojak', 'vojna'],
    ],
  },
  {
    lang: 'da',
    families: [
      ['soldat', 'soldater', 'soldaterne', 'soldaten'],
      ['grænse', 'grænsen', 'grænser'],
      ['mobilisering', 'mobiliseringen'],
    ],
    distinct: [
      ['krig', 'kirke'],
      ['grænse', 'græs'],
    ],
  },
  {
    lang: 'no',
    families: [
      ['soldat', 'soldater', 'soldatene', 'soldaten'],
      ['grense', 'grensen', 'grenser'],
      ['nekter', 'nektet'],
    ],
    distinct: [
      ['krig', 'kirke'],
      ['grense', 'gress'],
    ],
  },
  {
    lang: 'sv',
    families: [
      ['soldater', 'soldaterna', 'soldaten'],
      ['vägrade', 'vägrar'],
      ['mobiliseringen', 'mobilisering'],
    ],
    distinct: [
      ['krig', 'kyrka'],
      ['soldat', 'sorg'],
    ],
  },
  {
    lang: 'sl',
    families: [
      ['napad', 'napada', 'napadom', 'napadov', 'napadih'],
      ['ruski', 'ruskega', 'ruskih', 'ruskim'],
      ['osvoboditev', 'osvoboditve'],
      ['kilometer', 'kilometrov', 'kilometrih'],
    ],
    distinct: [
      ['napad', 'narod'],
      ['vojak', 'vojna'],
    ],
  },
];

describe('stemmers on folded words', () => {
  for (const { lang, families, distinct } of CASES) {
    it(`${lang}: inflected forms meet at one stem, different words stay apart`, () => {
      for (const family of families) {
        const s = stems(lang, family);
        expect(new Set(s).size, `${family.join(', ')} → ${s.join(', ')}`).toBe(1);
      }
      for (const pair of distinct) {
        const [a, b] = stems(lang, pair);
        expect(a, `${pair.join(' / ')}`).not.toBe(b);
      }
    });
  }

  it('finds the stems a search would expect for Polish and Czech names', () => {
    expect(stems('pl', ['Dugina', 'Duginę'])).toEqual(['dugin', 'dugin']);
    expect(stems('cs', ['Dugina', 'Duginou'])).toEqual(['dugin', 'dugin']);
    expect(stems('pl', ['Charków', 'Charkowie'])).toEqual(['chark', 'chark']);
  });

  it('reads Croatian and Bosnian with the Serbian stemmer, so their words and Serbian words meet', () => {
    expect(stemmerFor('hr')).toBe(stemmerFor('sr'));
    expect(stemmerFor('bs')).toBe(stemmerFor('sr'));
    expect(stems('hr', ['kontraofenzive'])).toEqual(stems('sr', ['kontraofenziva']));
  });

  it('leaves words of the other alphabet alone', () => {
    expect(stems('de', ['Путина'])).toEqual([foldString('Путина')]);
    expect(stems('ru', ['Berlin'])).toEqual(['berlin']);
  });

  it('does not stem an undetermined language', () => {
    expect(stems('und', ['attacks', 'Дугиной'])).toEqual(['attacks', 'дугинои']);
  });

  it('hands out one memoised stemmer per language that keeps working past its cache limit', () => {
    const de = stemmerFor('de');
    expect(stemmerFor('de')).toBe(de);
    for (let i = 0; i < 25_000; i++) de(`wort${i}en`);
    expect(de('angriffen')).toBe(de('angriff'));
  });
});
