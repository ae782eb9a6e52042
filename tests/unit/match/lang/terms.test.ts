import { describe, expect, it } from 'vitest';

import { eventTermKeys, pageTermKeys } from '../../../../lib/match/event-terms';
import { detectLanguage } from '../../../../lib/match/lang/detect';
import { createTokens, tokenize } from '../../../../lib/match/tokenize';

/** The keys a page yields, in the language the engine reads it in (declared, or detected). */
function pageKeys(text: string, declared?: string): Set<string> {
  const toks = tokenize(text, createTokens());
  const keys = new Set<string>();
  pageTermKeys(toks, 0, toks.count, detectLanguage(text, declared), (key) => keys.add(key));
  return keys;
}

/** Whether every key of an event term written in `lang` is found on the page. */
function meets(term: string, lang: string, page: Set<string>): boolean {
  const keys = eventTermKeys(term, lang);
  return keys.length > 0 && keys.every((k) => page.has(k));
}

const CROATIAN =
  'Ukrajinska vojska nastavlja protuofenzivu na sjeveroistoku, a predsjednik je kazao da su ruske postrojbe ' +
  'tijekom tjedna izgubile tisuće četvornih kilometara.';
const SLOVAK =
  'Dcéra ruského ideológa zahynula, keď v jej aute vybuchlo výbušné zariadenie; podľa polície išlo o atentát.';
const SLOVENE =
  'Ukrajinske sile so v protiofenzivi osvobodile več kot tri tisoč kvadratnih kilometrov, je dejal predsednik.';

describe('event terms and page words of one language meet', () => {
  it('a Croatian term and the inflected word of a Croatian page, declared or detected', () => {
    expect(detectLanguage(CROATIAN)).toBe('hr');
    expect(meets('protuofenziva', 'hr', pageKeys(CROATIAN))).toBe(true);
    expect(meets('protuofenziva', 'hr', pageKeys(CROATIAN, 'hr-HR'))).toBe(true);
    expect(meets('četvorni kilometar', 'hr', pageKeys(CROATIAN))).toBe(true);
    // Serbian terms reach Croatian pages: one stemmer reads both.
    const page =
      'Vojska je pokrenula kontraofanzivu na sjeveru, kazao je zapovjednik, a napadi su se nastavili tijekom tjedna.';
    expect(detectLanguage(page)).toBe('hr');
    expect(meets('kontraofanziva', 'sr', pageKeys(page))).toBe(true);
  });

  it('a Bosnian term on a Bosnian page', () => {
    const page = 'Ukrajinske snage su prošle sedmice oslobodile više gradova u protuofanzivi, saopćeno je.';
    expect(detectLanguage(page)).toBe('bs');
    expect(meets('protuofanziva', 'bs', pageKeys(page))).toBe(true);
  });

  it('Slovak and Slovene terms on pages in their language', () => {
    expect(detectLanguage(SLOVAK)).toBe('sk');
    expect(meets('výbušné zariadenie', 'sk', pageKeys(SLOVAK))).toBe(true);
    expect(meets('dcéra', 'sk', pageKeys(SLOVAK))).toBe(true);
    expect(detectLanguage(SLOVENE)).toBe('sl');
    expect(meets('protiofenziva', 'sl', pageKeys(SLOVENE))).toBe(true);
    expect(meets('kvadratni kilometer', 'sl', pageKeys(SLOVENE))).toBe(true);
  });

  it('a term in a language the matcher does not analyse is keyed unstemmed, as its pages are read', () => {
    // Written as it would appear on a Lithuanian page, a term meets that page: stemmed as English, it lost its s.
    const page = 'Rusijoje vyksta protestas prieš mobilizaciją, pranešė policija.';
    expect(detectLanguage(page, 'lt')).toBe('und');
    expect(eventTermKeys('protestas', 'lt')).toEqual(['protestas']);
    expect(meets('protestas', 'lt', pageKeys(page, 'lt'))).toBe(true);
    expect(eventTermKeys('attacks', 'xx')).toEqual(['attacks']);
  });

  it("a Ukrainian plural the stemmer reads as a verb meets the noun's other forms", () => {
    // солдати and військкомати end like infinitives, підвали like a past plural: cut as verbs, they
    // would never meet солдатів, військкоматів, підвалах.
    const page = 'Солдатів тримали в підвалах, а біля військкоматів чергували патрулі.';
    expect(detectLanguage(page, 'uk')).toBe('uk');
    const keys = pageKeys(page, 'uk');
    // A one-word term is found under either of its readings.
    const meetsOnce = (term: string, on: Set<string>): boolean => eventTermKeys(term, 'uk').some((k) => on.has(k));
    expect(meetsOnce('солдати', keys)).toBe(true);
    expect(meetsOnce('підвали', keys)).toBe(true);
    expect(meetsOnce('військкомати', keys)).toBe(true);
    // The plural on the page meets a term written in another form.
    expect(meetsOnce('військкоматів', pageKeys('Біля військкомати стояли черги.', 'uk'))).toBe(true);
  });

  it('a German participle, infinitive with zu or third person meets the infinitive it is a form of', () => {
    // The stemmer cuts weigern to weig but leaves geweigert, weigert and zurückzukehren whole.
    const meetsOnce = (term: string, on: Set<string>): boolean => eventTermKeys(term, 'de').some((k) => on.has(k));
    const page = pageKeys('Rund 60 Soldaten haben sich geweigert, in die Ukraine zurückzukehren.', 'de');
    expect(meetsOnce('weigern', page)).toBe(true);
    expect(meetsOnce('zurückkehren', page)).toBe(true);
    expect(meetsOnce('weigern', pageKeys('Die Einheit weigert sich, weiterzukämpfen.', 'de'))).toBe(true);
    expect(meetsOnce('kämpfen', pageKeys('Sie haben in Charkiw gekämpft.', 'de'))).toBe(true);
    // A word that is no such form keeps its one reading.
    expect(pageKeys('Die Gegenoffensive im Gebiet Charkiw.', 'de').has('gebiet')).toBe(true);
  });

  it('drops a term its number carried, rather than keep the one generic word left of it', () => {
    // "years", "August", "article": every page has them.
    expect(eventTermKeys('до 30 лет', 'ru')).toEqual([]);
    expect(eventTermKeys('24 August', 'en')).toEqual([]);
    expect(eventTermKeys('Article 337', 'en')).toEqual([]);
    // Two words beside the number still make a term.
    expect(eventTermKeys('45,000 soldiers killed', 'en')).toEqual(['soldier kill']);
  });

  it("keys no function word of the page's language alone, whatever another language's term stems to", () => {
    // Portuguese "detidos" stems to det, German "Keller" to kell: Danish "det" and Hungarian "kell" are
    // function words of their pages.
    expect(eventTermKeys('detidos', 'pt')).toEqual(['det']);
    expect(pageKeys('Det siger politiet, og det er alvorligt.', 'da').has('det')).toBe(false);
    expect(eventTermKeys('Keller', 'de')).toEqual(['kell']);
    expect(pageKeys('Ezt is el kell mondani a kormánynak.', 'hu').has('kell')).toBe(false);
    // The same word on a page in a language where it is a word is read.
    expect(pageKeys('Die Gefangenen saßen im Keller.', 'de').has('kell')).toBe(true);
  });

  it('keys a term by its content words, its function words standing between them as on a page', () => {
    // "mehr als 1300" is a figure and two function words, which every German page has.
    expect(eventTermKeys('mehr als 1300', 'de')).toEqual([]);
    expect(pageKeys('Es waren mehr als zehn, sagte er auf der Straße.', 'de').has('mehr als')).toBe(false);
    expect(eventTermKeys('protesti protiv mobilizacije', 'sr')).toEqual(['protest mobilizacij']);
    expect(
      meets('protesti protiv mobilizacije', 'sr', pageKeys('Protesti protiv mobilizacije nastavljeni su.', 'sr')),
    ).toBe(true);
    expect(meets('abbandono del reparto', 'it', pageKeys('Accusati di abbandono del reparto.', 'it'))).toBe(true);
  });
});
