import { describe, expect, it } from 'vitest';

import { splitSentences } from '@/lib/match/sentences';

/** The sentences of `text`, read as one block. */
const sentences = (text: string): string[] =>
  splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  it('ends a sentence before a quotation that opens the next, in the quotation marks of each language', () => {
    expect(sentences('Das berichtet die Zeitung. „Wir kämpfen nicht“, sagte er.')).toEqual([
      'Das berichtet die Zeitung.',
      '„Wir kämpfen nicht“, sagte er.',
    ]);
    expect(sentences('Ezt írja a lap. „Jöjjön, harcoljon”, mondta Prigozsin.')).toHaveLength(2);
    expect(sentences('Er schwieg. »Nein«, sagte sie.')).toEqual(['Er schwieg.', '»Nein«, sagte sie.']);
    expect(sentences('Lo dijo el ministro. ¿Qué pasará ahora? ¡Nada!')).toEqual([
      'Lo dijo el ministro.',
      '¿Qué pasará ahora?',
      '¡Nada!',
    ]);
  });

  it('ends a sentence after a quotation that closes high or with «, as German and Danish close them', () => {
    expect(sentences('„Wir kämpfen nicht.“ Dann ging er.')).toEqual(['„Wir kämpfen nicht.“', 'Dann ging er.']);
    expect(sentences('»Vi kæmper ikke.« Så gik han.')).toEqual(['»Vi kæmper ikke.«', 'Så gik han.']);
  });

  it('keeps a closing mark set apart by a space, as French writes it, with the sentence it closes', () => {
    expect(sentences('Il a dit : « Nous refusons. » Puis il est parti.')).toEqual([
      'Il a dit : « Nous refusons. »',
      'Puis il est parti.',
    ]);
    expect(sentences('Er schwieg. »Nein«, sagte sie.')).toEqual(['Er schwieg.', '»Nein«, sagte sie.']);
  });

  it('keeps English quotations as they were', () => {
    expect(sentences('He left. “We will not fight,” he said. Then he stayed.')).toEqual([
      'He left.',
      '“We will not fight,” he said.',
      'Then he stayed.',
    ]);
  });

  it('does not end a sentence at a title, a month or the St. of a city, nor at initials', () => {
    expect(
      sentences('On Sept. 21, Mr. Putin ordered it. Gen. Valery Gerasimov and J. R. Doe met in St. Petersburg.'),
    ).toEqual(['On Sept. 21, Mr. Putin ordered it.', 'Gen. Valery Gerasimov and J. R. Doe met in St. Petersburg.']);
  });

  it('ends a sentence at a word that only looks like an abbreviation in another language', () => {
    expect(sentences('Cruzaron el mar. Después dijo que no. Luego se fue.')).toEqual([
      'Cruzaron el mar.',
      'Después dijo que no.',
      'Luego se fue.',
    ]);
  });
});
