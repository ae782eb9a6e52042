import { describe, expect, it } from 'vitest';

import { baseLanguage, detectLanguage, type Lang } from '../../../../lib/match/lang/detect';
import { LANGS } from '../../../../lib/match/lang/languages';
import { SENTENCES } from './sentences';

const english = SENTENCES.find(([l]) => l === 'en')?.[1] ?? '';
const russian = SENTENCES.find(([l]) => l === 'ru')?.[1] ?? '';

describe('detectLanguage', () => {
  it('recognises short news sentences in every supported language', () => {
    const misses: string[] = [];
    const correct = new Map<Lang, number>();
    for (const [lang, text] of SENTENCES) {
      const got = detectLanguage(text);
      if (got === lang) correct.set(lang, (correct.get(lang) ?? 0) + 1);
      else misses.push(`${lang} read as ${got}: ${text.slice(0, 50)}`);
    }
    // At least 28 in 30 overall, and never more than one miss per language.
    expect(misses.length, misses.join('\n')).toBeLessThanOrEqual(Math.floor(SENTENCES.length * (2 / 30)));
    for (const lang of LANGS) expect(correct.get(lang) ?? 0, lang).toBeGreaterThanOrEqual(2);
  });

  it('tells Serbian from Russian and Ukrainian in Cyrillic, and from Czech in Latin', () => {
    expect(detectLanguage('Влада је саопштила да ће ускоро бити нових мера.')).toBe('sr');
    expect(detectLanguage('Уряд заявив, що нові заходи буде ухвалено вже цього тижня.')).toBe('uk');
    expect(detectLanguage('Правительство заявило, что новые меры будут приняты уже на этой неделе.')).toBe('ru');
    expect(detectLanguage('Vlada je saopštila da će uskoro biti novih mera, ali nije rekla kada.')).toBe('sr');
  });

  it('tells Croatian and Bosnian from Serbian in Latin script by their dialect words', () => {
    // Ekavian Serbian (posle, nedelje), Croatian (tjedna, kazao), Bosnian (poslije with sedmice).
    expect(detectLanguage('Predsednik je posle sastanka rekao da će nova pravila važiti od sledeće nedelje.')).toBe(
      'sr',
    );
    expect(detectLanguage('Predsjednik je nakon sastanka kazao da će nova pravila vrijediti od idućeg tjedna.')).toBe(
      'hr',
    );
    expect(detectLanguage('Predsjednik je poslije sastanka rekao da će nova pravila važiti od naredne sedmice.')).toBe(
      'bs',
    );
    // Cyrillic, and Latin without a dialect word, stay Serbian.
    expect(detectLanguage('Председник је после састанка рекао да ће нова правила важити од следеће недеље.')).toBe(
      'sr',
    );
    expect(detectLanguage('Vlada je rekla da će nova pravila važiti uskoro, ali nije rekla kada.')).toBe('sr');
  });

  it('tells Slovak and Slovene from Czech', () => {
    expect(detectLanguage('Policie uvedla, že muž byl zadržen ve středu večer a že případ je stále vyšetřován.')).toBe(
      'cs',
    );
    expect(detectLanguage('Polícia uviedla, že muž bol zadržaný v stredu večer a že prípad sa stále vyšetruje.')).toBe(
      'sk',
    );
    expect(
      detectLanguage(
        'Policija je sporočila, da so moškega pridržali v sredo zvečer in da primer še vedno preiskujejo.',
      ),
    ).toBe('sl');
  });

  it('keeps a declared language the text agrees with, or cannot tell from it', () => {
    expect(detectLanguage('Vlada je saopštila nove mere.', 'sr-Latn')).toBe('sr');
    expect(detectLanguage('Влада је саопштила нове мере.', 'sr-Cyrl')).toBe('sr');
    // Croatian and Bosnian are told from Serbian by dialect words only: the tag decides.
    expect(detectLanguage('Vlada je rekla da će nova pravila važiti uskoro, ali nije rekla kada.', 'hr')).toBe('hr');
    // Names and numbers say nothing of a language.
    expect(detectLanguage('Wolodymyr Selenskyj, Kyjiw, 24.08.2022', 'de')).toBe('de');
    expect(detectLanguage(english, 'en-GB')).toBe('en');
  });

  it('reads a page in the language it is written in when its declared language is plainly wrong', () => {
    // A site template's default tag on an article in another language, or another script.
    expect(detectLanguage(english, 'de-DE')).toBe('en');
    expect(detectLanguage(english, 'pt-BR')).toBe('en');
    expect(detectLanguage(english, 'ru')).toBe('en');
    expect(detectLanguage(russian, 'en-US')).toBe('ru');
    expect(detectLanguage('Уряд заявив, що нові заходи буде ухвалено вже цього тижня.', 'ru')).toBe('uk');
    expect(
      detectLanguage('Według sztabu żołnierze odmawiają udziału w walkach, a dowódcy nie wiedzą, co robić.', 'en'),
    ).toBe('pl');
  });

  it('falls back to the text when the declared language is unsupported or empty', () => {
    expect(detectLanguage(english, 'et-EE')).toBe('en');
    expect(detectLanguage(russian, '')).toBe('ru');
  });

  it('answers und when the text carries no evidence', () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('12:30 — 2024/05/01 — 15 %')).toBe('und');
    expect(detectLanguage('東京で新しい会議が開かれた')).toBe('und');
    expect(detectLanguage('Xqzt vrbl kkrm plth.')).toBe('und');
  });
});

describe('baseLanguage', () => {
  it('maps BCP 47 tags and common aliases to supported languages', () => {
    expect(baseLanguage('de-DE')).toBe('de');
    expect(baseLanguage('pt_BR')).toBe('pt');
    expect(baseLanguage('sr-Latn-RS')).toBe('sr');
    expect(baseLanguage('sr-Cyrl')).toBe('sr');
    expect(baseLanguage(' EN ')).toBe('en');
    expect(baseLanguage('ua')).toBe('uk');
    expect(baseLanguage('cze')).toBe('cs');
    expect(baseLanguage('hr-HR')).toBe('hr');
    expect(baseLanguage('bs-Latn-BA')).toBe('bs');
    expect(baseLanguage('sk')).toBe('sk');
    expect(baseLanguage('sl-SI')).toBe('sl');
    expect(baseLanguage('slv')).toBe('sl');
    expect(baseLanguage('nb-NO')).toBe('no');
    expect(baseLanguage('nn')).toBe('no');
    expect(baseLanguage('sv-SE')).toBe('sv');
    expect(baseLanguage('da-DK')).toBe('da');
  });

  it('reads Danish, Norwegian and Swedish pages in their own language, not as English or Spanish', () => {
    const danish = SENTENCES.filter(([l]) => l === 'da')
      .map(([, t]) => t)
      .join(' ');
    const swedish = SENTENCES.filter(([l]) => l === 'sv')
      .map(([, t]) => t)
      .join(' ');
    expect(detectLanguage(danish)).toBe('da');
    expect(detectLanguage(swedish)).toBe('sv');
    expect(detectLanguage(danish, 'da')).toBe('da');
  });

  it('rejects languages the engine does not analyse', () => {
    expect(baseLanguage('et')).toBeNull();
    expect(baseLanguage('zh-Hans')).toBeNull();
    expect(baseLanguage('')).toBeNull();
  });
});
