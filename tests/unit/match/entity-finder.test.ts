import { describe, expect, it } from 'vitest';

import type { Pack } from '../../../lib/dataset/types';
import { compileIndex, matchPage, type MatchIndex } from '../../../lib/match/index';
import { indexFor, pageOf, readRepoFile } from './helpers';

const index = indexFor('tests/fixtures/match-pack.json');

function found(text: string): { text: string; id: string; context?: string }[] {
  const page = pageOf(text);
  return matchPage(index, page, { claims: false }).entities.map((e) => ({
    text: text.slice(e.start, e.end),
    id: e.id,
    ...(e.why.context !== undefined ? { context: e.why.context } : {}),
  }));
}

/** The ids of the entities `index` finds in a text, in text order. */
function idsIn(index: MatchIndex): (text: string) => string[] {
  return (text) => matchPage(index, pageOf(text), { claims: false }).entities.map((e) => e.id);
}

describe('entity finder', () => {
  it('prefers the longest alias and never nests matches', () => {
    expect(found('Fighting in Luhansk Oblast and in Luhansk itself.')).toEqual([
      { text: 'Luhansk Oblast', id: 'luhansk-oblast' },
      { text: 'Luhansk', id: 'luhansk' },
    ]);
  });

  it('matches possessives and curly quotes with offsets on the name only', () => {
    expect(found('Dugina’s father and the Luhansk People’s Republic’s leaders')).toEqual([
      { text: 'Dugina', id: 'darya-dugina' },
      { text: 'Luhansk People’s Republic', id: 'luhansk-peoples-republic' },
    ]);
  });

  it('matches transliteration variants and Cyrillic case endings', () => {
    expect(found('Daria Dugina, Darja Dugina and Zelenskiy').map((f) => f.id)).toEqual([
      'darya-dugina',
      'darya-dugina',
    ]);
    expect(found('гибель Дарьи Дугиной и взрыв в Луганске').map((f) => f.id)).toEqual(['darya-dugina', 'luhansk']);
    expect(found('загибель Дар’ї Дугіної').map((f) => f.id)).toEqual(['darya-dugina']);
  });

  it('folds the romanisations the languages press use, listed or not (French, German, Dutch, Polish, Czech)', () => {
    // The test pack lists only Filatyev, Dugin(a), Putin, Kharkiv, Podolyak and Mykhailo.
    const ids = (text: string): string[] => found(text).map((f) => f.id);
    expect(ids('Pavel Filatieff, Pawel Filatjew and Pavel Filatjev wrote')).toEqual([
      'pavel-filatyev',
      'pavel-filatyev',
      'pavel-filatyev',
    ]);
    expect(ids('Aleksandr Douguine and Darja Doegina')).toEqual(['alexander-dugin', 'darya-dugina']);
    expect(ids('Vladimir Poutine spoke')).toEqual(['vladimir-putin']);
    expect(ids('fighting near Harkiv')).toEqual(['kharkiv']);
    expect(ids('Mychajlo Podoljak said')).toEqual(['mykhailo-podolyak']);
  });

  it('keeps different names apart after folding', () => {
    expect(found('Pavel Filatov and Filatova spoke').map((f) => f.id)).toEqual([]);
    expect(found('Vladimir Rutin spoke').map((f) => f.id)).toEqual([]);
  });

  it('meets a name listed in Russian on a page that spells it the Ukrainian way', () => {
    // Made-up people, each listed with a Russian alias only: Ukrainian writes и for ы, і for и, є for е.
    const names = compileIndex({
      entities: [
        { id: 'a', kind: 'person', name: 'A', description: '', aliases: [{ text: 'Тарас Рыбаков', lang: 'ru' }] },
        { id: 'b', kind: 'person', name: 'B', description: '', aliases: [{ text: 'Кузьмин', lang: 'ru' }] },
        { id: 'c', kind: 'person', name: 'C', description: '', aliases: [{ text: 'Олег Зверев', lang: 'ru' }] },
      ],
      claims: [],
    });
    const ids = idsIn(names);
    expect(ids('Тарас Рибаков заявив, що Кузьміна затримали.')).toEqual(['a', 'b']);
    expect(ids('Олега Звєрєва звільнили.')).toEqual(['c']);
    // Other letters still tell names apart.
    expect(ids('Тарас Рубаков і Кузьменко')).toEqual([]);
  });

  it('reads a name with a case ending joined to it, in the languages that join them', () => {
    // Hungarian, Finnish, Turkish (its apostrophe is folded away) and the German genitive.
    for (const text of ['Putinnak a', 'Putinin mukaan', "Putin'in açıklaması", 'Putins Rede', 'Putinnal együtt'])
      expect(found(text).map((f) => f.id)).toEqual(['vladimir-putin']);
    // Only a capitalised word, and only where the word itself is no name.
    expect(found('putinnak a')).toEqual([]);
    expect(found('Moscowites')).toEqual([]);
  });

  it('does not match inside a longer word', () => {
    expect(found('Moscowites and Putinism and Dugina-like')).toEqual([{ text: 'Dugina', id: 'darya-dugina' }]);
  });

  it('takes an ambiguous alias written as a name, in quotation marks, as the name', () => {
    expect(found('The self-styled «LPR» said nothing.')).toEqual([
      { text: 'LPR', id: 'luhansk-peoples-republic', context: '«LPR»' },
    ]);
    expect(found('The so-called "LPR" said nothing.').map((f) => f.id)).toEqual(['luhansk-peoples-republic']);
    // A quotation that only begins or ends with it is not its name.
    expect(found('"LPR and the rest," he said.')).toEqual([]);
  });

  it('shows an ambiguous acronym only with context from the page', () => {
    expect(found('The LPR said nothing.')).toEqual([]);
    expect(found('The Luhansk People’s Republic spoke.\nLater the LPR said nothing.')).toEqual([
      { text: 'Luhansk People’s Republic', id: 'luhansk-peoples-republic' },
      { text: 'LPR', id: 'luhansk-peoples-republic', context: 'Luhansk People’s Republic' },
    ]);
    expect(found('The FSB blamed Natalya Vovk.')).toContainEqual({ text: 'FSB', id: 'fsb', context: 'Natalya Vovk' });
  });

  it('needs capitals for acronyms and for aliases that are common words', () => {
    expect(found('the lpr and a storm over the sea')).toEqual([]);
    expect(found('Storm units attacked.')).toEqual([{ text: 'Storm', id: 'storm-z' }]);
  });

  it('reads a Cyrillic acronym without a vowel in lower case, as Ukrainian outlets write it', () => {
    expect(found('Луганська Народна Республіка. Бойовики “лнр” відмовляються.').map((f) => f.text)).toEqual([
      'Луганська Народна Республіка',
      'лнр',
    ]);
  });

  it('leaves a surname shared by two people unresolved unless the page names one in full', () => {
    expect(found('Сообщение о Дугиной.')).toEqual([]);
    expect(found('Дарья Дугина погибла. Отец Дугиной выступил.').map((f) => f.text)).toEqual([
      'Дарья Дугина',
      'Дугиной',
    ]);
  });

  it('reads a name written as common words, or as a word of another language, only where the page writes it as a name', () => {
    const names = compileIndex({
      entities: [
        { id: 'putin', kind: 'person', name: 'Putin', description: '', aliases: [{ text: 'Putin', lang: 'en' }] },
        { id: 'mod', kind: 'organisation', name: 'MoD', description: '', aliases: [{ text: 'MoD', lang: 'en' }] },
        {
          id: 'way-home',
          kind: 'organisation',
          name: 'The Way Home',
          description: '',
          aliases: [{ text: 'The Way Home', lang: 'en' }],
        },
      ],
      claims: [],
    });
    const ids = idsIn(names);
    // Romanian puțin (little) and mod (way), an English phrase: words, not names.
    expect(ids('Cel puțin 300 de oameni, în mod oficial, spune Putin.')).toEqual(['putin']);
    expect(ids('Cel puţin trei soldaţi au murit.')).toEqual([]);
    expect(ids('The soldiers were killed on the way home.')).toEqual([]);
    expect(ids('The MoD said The Way Home had protested.')).toEqual(['mod', 'way-home']);
    // A name some outlets write in lower case on purpose is still the name.
    expect(ids('Troops loyal to putin retreated.')).toEqual(['putin']);
  });

  it('reads the Duma from the word alone where a page capitalises it, and not Polish duma (pride)', () => {
    const pack = JSON.parse(readRepoFile('assets/pack/parallax.pack.json')) as Pack;
    const names = compileIndex({ entities: pack.entities, claims: [] });
    const ids = idsIn(names);
    expect(ids('La Duma ha approvato la legge in terza lettura.')).toEqual(['state-duma']);
    expect(ids('La Douma a adopté la loi.')).toEqual(['state-duma']);
    expect(ids('To była nasza narodowa duma.')).toEqual([]);
  });
});
