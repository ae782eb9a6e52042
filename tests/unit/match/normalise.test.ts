import { describe, expect, it } from 'vitest';

import { findDates, findDatesEverywhere, findDatesWithYear, findMonthsWithYear } from '../../../lib/match/dates';
import { findNumbers } from '../../../lib/match/figures';
import { claimTerm } from '../../../lib/match/keys';
import { foldString } from '../../../lib/match/normalise';
import { stemEnglish } from '../../../lib/match/stem-en';
import { stemSlavic } from '../../../lib/match/stem-slavic';
import { tokenize } from '../../../lib/match/tokenize';

function words(text: string): string[] {
  const t = tokenize(text);
  return t.norm.slice(0, t.count);
}

/** The values of the numbers found in `text`, in order. */
function values(text: string): number[] {
  return findNumbers(text).map((n) => n.value);
}

function spans(text: string): string[] {
  const t = tokenize(text);
  return Array.from({ length: t.count }, (_, i) => text.slice(t.start[i], t.end[i]));
}

describe('normalisation and tokens', () => {
  it('folds case, accents and compatibility forms', () => {
    expect(foldString('ＬＰＲ Ёлка ﬁnal Café')).toBe('lpr елка final cafe');
  });

  it('treats every apostrophe alike and cuts possessives off the name', () => {
    for (const s of ["Dugina's", 'Dugina’s', 'Duginaʼs', 'Dugina‘s'])
      expect(words(`${s} car`)).toEqual(['dugina', 'car']);
    expect(spans('Dugina’s car')).toEqual(['Dugina', 'car']);
  });

  it('drops soft hyphens and joins words hyphenated across a line break, keeping original offsets', () => {
    const text = 'Lu\u00adhansk coun-\nter attack';
    expect(words(text)).toEqual(['luhansk', 'counter', 'attack']);
    expect(spans(text)).toEqual(['Lu\u00adhansk', 'coun-\nter', 'attack']);
  });

  it('splits on dashes and quotes of every kind', () => {
    expect(words('«Донецк»—Luhansk–Kyiv ‑ “Kharkiv”')).toEqual(['донецк', 'luhansk', 'kyiv', 'kharkiv']);
  });

  it('reads an elided French or Italian article apart from its word, but keeps names and English whole', () => {
    expect(words("d'enrôlement de l'armée, l’annonce qu'ils")).toEqual([
      'd',
      'enrolement',
      'de',
      'l',
      'armee',
      'l',
      'annonce',
      'qu',
      'ils',
    ]);
    expect(spans("dell'esercito jusqu'à")).toEqual(['dell', 'esercito', 'jusqu', 'à']);
    expect(words("D'Souza L'Oréal don't O'Brien")).toEqual(['dsouza', 'loreal', 'dont', 'obrien']);
  });

  it('keeps Ukrainian apostrophes inside words', () => {
    expect(words("Дар'я Дар’ї")).toEqual(['даря', 'дарі']);
  });

  it('maps offsets exactly around astral characters and non-breaking spaces', () => {
    const text = '🇺🇦\u00a0Дугина 𝐋𝐏𝐑';
    expect(spans(text)).toEqual(['Дугина', '𝐋𝐏𝐑']);
    expect(words(text)).toEqual(['дугина', 'lpr']);
  });
});

describe('stemmers', () => {
  it('brings English inflections together', () => {
    expect(stemEnglish('refused')).toBe(stemEnglish('refusing'));
    expect(stemEnglish('deployed')).toBe(stemEnglish('deployment'));
  });

  it('reads held, kept, detained and confined as one claim word, as detention reports alternate them', () => {
    const held = claimTerm('held', 0);
    for (const w of ['kept', 'detained', 'confined', 'imprisoned']) expect(claimTerm(w, 0), w).toBe(held);
    expect(claimTerm('killed', 0)).not.toBe(held);
  });

  it('brings Russian and Ukrainian case endings together', () => {
    expect(stemSlavic(foldString('Дугиной'))).toBe(stemSlavic(foldString('Дугина')));
    expect(stemSlavic(foldString('Луганської'))).toBe(stemSlavic(foldString('Луганська')));
  });

  it('brings every case of nouns in -ия/-ія together (Росгвардии, Росгвардией, Росгвардії)', () => {
    const stem = stemSlavic(foldString('Росгвардия'));
    for (const form of ['Росгвардии', 'Росгвардию', 'Росгвардией', 'Росгвардія', 'Росгвардії', 'Росгвардією'])
      expect(stemSlavic(foldString(form))).toBe(stem);
    expect(stemSlavic(foldString('Хакасии'))).toBe(stemSlavic(foldString('Хакасия')));
  });
});

describe('figures and dates', () => {
  it('reads 45,000 = 45 000 = 45.000 = 45k = 45 thousand', () => {
    for (const s of ['45,000', '45 000', '45.000', '45k', '45 thousand', '45 тысяч'])
      expect(findNumbers(`about ${s} dead`)[0]?.value).toBe(45000);
    expect(findNumbers('1.5 million')[0]?.value).toBe(1_500_000);
  });

  it('reads a multiplier word whatever its case and ending, and none in a word that only begins like one', () => {
    expect(values('80 ТЫСЯЧАМИ')).toEqual([80_000]);
    expect(values('80 MILLIONEN')).toEqual([80_000_000]);
    expect(values('2 MILLIARDEN')).toEqual([2_000_000_000]);
    expect(values('2 miliardów')).toEqual([2_000_000_000]);
    expect(values('80 tūkstančių')).toEqual([80_000]);
    for (const s of ['80 tysx', '80 mlnx', '80 milx', '80 bnx']) expect(values(s), s).toEqual([80]);
  });

  it('reads the word for a thousand, a million or a billion in every language read, inflected or abbreviated', () => {
    const thousands = [
      '80 тысяч',
      '80 тыс.',
      '80 тисяч',
      '80 тис.',
      '80 хиљада',
      '80 Tausend',
      '80 duizend',
      '80 tusen',
      '80 tusind',
      '80 mila',
      '80 mille',
      '80 mil',
      '80 de mii',
      '80 ezer',
      '80 tuhatta',
      '80 tysięcy',
      '80 tys.',
      '80 tisíc',
      '80 tis.',
      '80 tisoč',
      '80 tisuća',
      '80 hiljada',
      '80k',
    ];
    for (const s of thousands) expect(values(`około ${s} zabitych`), s).toEqual([80_000]);
    const millions = [
      '1,5 Millionen',
      '1,5 Mio.',
      '1,5 miljoen',
      '1,5 millió',
      '1,5 miljoonaa',
      '1,5 milionów',
      '1,5 milionů',
      '1,5 milioane',
      '1,5 milijuna',
      '1,5 milijona',
      '1,5 millones',
      '1,5 milhões',
      '1,5 миллиона',
      '1,5 мільйона',
      '1,5 mln',
    ];
    for (const s of millions) expect(values(s), s).toEqual([1_500_000]);
    for (const s of ['2 Milliarden', '2 miliardy', '2 млрд', '2 bn']) expect(values(s), s).toEqual([2e9]);
  });

  it('reads "a million" written without a digit, and not "millions" or "two million"', () => {
    const one = [
      'up to a million people',
      'eine Million Reservisten',
      "jusqu'à un million d'hommes",
      'milion Rosjan może zostać wysłanych',
      'до миллиона человек',
      'до мільйона чоловіків',
      'egy millió ember',
    ];
    for (const s of one) expect(values(s), s).toEqual([1e6]);
    expect(values('bis zu einer Milliarde')).toEqual([1e9]);
    for (const s of [
      'millions of people',
      'Millionen Menschen',
      'миллионов рублей',
      'two million',
      'два миллиона',
      'полтора миллиона',
      'several million',
      'kilka milionów',
    ])
      expect(values(s), s).toEqual([]);
    expect(values('1 million and 2 million')).toEqual([1e6, 2e6]);
  });

  it('takes a multiplier only as a whole word right after the number', () => {
    // "mil" is a thousand only on its own; "k" only written against the number (Czech k is "to").
    expect(values('80 military vehicles')).toEqual([80]);
    expect(values('poměr 3 k 1')).toEqual([3, 1]);
    expect(values('5 tisková')).toEqual([5]);
    expect(values('il 5 mio amico')).toEqual([5]);
  });

  it('gives the first number of a range the multiplier of the second (70 to 80 thousand)', () => {
    expect(values('between 70 and 80 thousand dead')).toEqual([70_000, 80_000]);
    expect(values('от 70 до 80 тысяч человек')).toEqual([70_000, 80_000]);
    expect(values('men aged 18 to 35')).toEqual([18, 35]);
    expect(values('5 and 80,000')).toEqual([5, 80_000]);
    for (const s of [
      'zwischen 70 und 80 Tausend',
      'od 70 do 80 tysięcy',
      'tra 70 e 80 mila',
      'de 70 a 80 mil',
      '70 és 80 ezer',
      '70 tai 80 tuhatta',
      '70 eller 80 tusen',
      'între 70 și 80 de mii',
      'od 70 do 80 tisuća',
      '70 ili 80 hiljada',
    ])
      expect(values(s), s).toEqual([70_000, 80_000]);
  });

  it('reads day-month dates in English, Russian and Ukrainian', () => {
    for (const s of ['20 August 2022', 'August 20', '20 августа', '20 серпня', '20.08.2022']) {
      expect(findDates(`on ${s} there`)[0]).toMatchObject({ day: 20, month: 8 });
    }
  });

  it('reads the dates that state a year around the years alone, as reading every date finds them', () => {
    const text =
      'Filed on 24 August 2022, updated August 25, 2022 and 26.08.2022; the 2022-08-27 notice, ' +
      'then 11.01.2023 right after 2023, the 24th of September, de 2022 and a day with no year, 3 March. ' +
      'A phone number 120229 and the year 2024 alone are no dates.';
    const withYear = findDates(text).filter((d) => d.year !== undefined);
    expect(withYear).toHaveLength(6);
    expect(findDatesWithYear(text)).toEqual(withYear);
  });

  it('finds the dates trying the pattern only where one can begin, as trying it at every character finds them', () => {
    const texts = [
      'Filed on 24 August 2022, updated August 25, 2022 and Sept. 26; the 2022-08-27 notice, 11.01.2023.',
      'September\n\n   21, 2022 and September 2022 and 21st of September, de 2022, 21 septembre.',
      'xSeptember 21, Septemberx 21, 13.13.2022, 2022-13-01, 32 August, 5 Augustus, a 120229 phone.',
      'On 21 сентября и 20 серпня, 21. září, 21 Eylül 2022; ı 5 Mai; 𝐀August 3; é août 4; 20.08.2022-2022-08-24.',
      '',
      'No digit here at all, only September and August.',
    ];
    for (const text of texts) expect(findDates(text), text).toEqual(findDatesEverywhere(text));
    expect(findDates(texts[0] as string).map((d) => d.text)).toEqual([
      '24 August 2022',
      'August 25, 2022',
      'Sept. 26',
      '2022-08-27',
      '11.01.2023',
    ]);
  });

  it('reads a month written with its year and no day, in the forms news gives it', () => {
    const months = (s: string) => findMonthsWithYear(s).map((d) => [d.year, d.month, d.day, d.text]);
    expect(months('In May 2024, the Kremlin said so again.')).toEqual([[2024, 5, 1, 'May 2024']]);
    expect(months('En septiembre de 2022, Putin llamó a filas.')).toEqual([[2022, 9, 1, 'septiembre de 2022']]);
    expect(months('В марте 2024 года и у травні 2024 р., w maju 2024')).toEqual([
      [2024, 3, 1, 'марте 2024'],
      [2024, 5, 1, 'травні 2024'],
      [2024, 5, 1, 'maju 2024'],
    ]);
    // A year alone, or after a word that only begins like a month, is no month.
    expect(months('The 2024 plan, Mayday 2024 and a budget for 2025.')).toEqual([]);
  });

  it('reads day-month dates as the other languages the matcher reads write them', () => {
    for (const s of [
      '21. September 2022',
      '21 septembre 2022',
      '21 de septiembre de 2022',
      '21 settembre',
      '21 de setembro de 2022',
      '21 september',
      '21 września 2022',
      '21. září',
      '21. septembra',
      '21 septembrie',
      '2022. szeptember 21.',
      '21. syyskuuta',
      '21. rujna',
      '21 Eylül 2022',
      '21 сентября',
    ]) {
      expect(findDates(`on ${s} there`)[0], s).toMatchObject({ day: 21, month: 9 });
    }
    expect(findDates('le 21 septembre 2022')[0]).toMatchObject({ year: 2022 });
    expect(findDates('el 21 de septiembre de 2022')[0]).toMatchObject({ year: 2022 });
    // November in Polish and Czech; the Croatian October of the same spelling is not read.
    expect(findDates('11 listopada')[0]).toMatchObject({ day: 11, month: 11 });
  });

  it('reads the year of a Hungarian date, written first, and dates written with slashes when only one reading holds', () => {
    const days = (s: string) => findDatesWithYear(s).map((d) => [d.year, d.month, d.day]);
    expect(days('Budapest, 2022. szeptember 21. A mozgósítás 2022. szeptember 21-én kezdődött.')).toEqual([
      [2022, 9, 21],
      [2022, 9, 21],
    ]);
    expect(days('Publicado el 21/09/2022; posted 9/21/2022.')).toEqual([
      [2022, 9, 21],
      [2022, 9, 21],
    ]);
    // 5/6/2022 is the 5th of June or May 6th: no day is read from it.
    expect(days('Updated 5/6/2022.')).toEqual([]);
  });
});
