import { describe, expect, it } from 'vitest';

import { textTerms, tokenTerms, type TermList } from '../../../../lib/match/claim-terms';
import { pageFunctionWords } from '../../../../lib/match/lang/hint-words';
import type { Lang } from '../../../../lib/match/lang/languages';
import { createTokens, tokenize } from '../../../../lib/match/tokenize';

/** The word terms of a page sentence read in language `lang`. */
function sentenceWords(text: string, lang: Lang): string[] {
  const toks = tokenize(text, createTokens());
  const out: TermList = { terms: [], tokA: [], tokB: [] };
  tokenTerms(toks, 0, toks.count, out, true, undefined, pageFunctionWords(toks, lang) ?? undefined);
  return out.terms.filter((t) => !t.includes(' '));
}

/** The word terms (no bigrams) of a claim hint. */
function hintWords(hint: string): string[] {
  return textTerms(hint, undefined, true, true).terms.filter((t) => !t.includes(' '));
}

describe('claim hints lose the function words of the languages the matcher reads', () => {
  it('drops German, Spanish, French and Italian function words that English does not use', () => {
    expect(textTerms('weigern sich', undefined, true, false).terms).toContain('sich');
    expect(hintWords('weigern sich')).not.toContain('sich');
    expect(hintWords('seit dem Zweiten Weltkrieg')).not.toContain('seit');
    expect(hintWords('seit dem Zweiten Weltkrieg')).not.toContain('dem');
    expect(hintWords('ajuste de cuentas')).not.toContain('de');
    expect(hintWords('quitter la Russie')).not.toContain('la');
    expect(hintWords('il ministero della Difesa').filter((w) => w === 'il' || w === 'della')).toEqual([]);
  });

  it('keeps the content words, and pairs the words around a dropped one', () => {
    const terms = textTerms('ajuste de cuentas', undefined, true, true).terms;
    expect(terms.filter((t) => !t.includes(' '))).toHaveLength(2);
    expect(terms.filter((t) => t.includes(' '))).toHaveLength(1);
  });

  it('keeps a word English uses as a content word unless the rest of the hint is in a language it is a function word of', () => {
    expect(hintWords('war spoils')).toContain('war');
    expect(hintWords('die hard')).toContain('die');
    expect(hintWords('die Soldaten sind gefallen')).not.toContain('die');
    // A letter only German (and its neighbours) writes is evidence too.
    expect(hintWords('man weiß es nicht')).not.toContain('man');
  });

  it('leaves statements and acronyms alone', () => {
    expect(textTerms('la la land', undefined, true, false).terms).toContain('la');
    expect(hintWords('EL and IL')).toEqual(expect.arrayContaining(['el', 'il']));
  });
});

describe('a sentence of a language does not offer its function words as claim terms', () => {
  it('German "war" and "die" are no evidence in a German sentence, and stay words in an English one', () => {
    const german = 'Die Lage war nach dem Angriff unklar, sagte man.';
    expect(sentenceWords(german, 'de')).not.toEqual(expect.arrayContaining(['war']));
    expect(sentenceWords(german, 'de').filter((w) => ['die', 'war', 'man', 'dem'].includes(w))).toEqual([]);
    expect(sentenceWords(german, 'und')).toEqual(expect.arrayContaining(['war', 'die', 'dem']));
    expect(sentenceWords('The war will not end, a man said.', 'en')).toEqual(expect.arrayContaining(['war', 'man']));
  });

  it('French "en" and Croatian "je" are dropped in sentences of their languages', () => {
    expect(sentenceWords('Les soldats se sont rendus en masse.', 'fr')).not.toContain('en');
    expect(sentenceWords('Vojnici su se predali, rekao je zapovjednik.', 'hr')).not.toContain('je');
  });
});
