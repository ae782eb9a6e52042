import { describe, expect, it } from 'vitest';

import { detectLanguage } from '../../../../lib/match/lang/detect';
import { stemmerFor } from '../../../../lib/match/lang/stem';
import { createTokens, tokenize } from '../../../../lib/match/tokenize';
import { SENTENCES } from './sentences';

// Endings from several languages, glued onto every other word so that the
// page is full of forms no stemmer has cached yet, as a new article is.
const VARIANTS = ['', 'a', 'ami', 'ach', 'em', 'ov', 'ing', 'en', 'es', 'ului', 'ssa', 'nak', 'ów', 'ие', 'ой', 'ів'];

/** One section per language, about `words` words in all; `seed` makes every run's forms new. */
function mixedPage(words: number, seed: string): string[] {
  const byLang = new Map<string, string[]>();
  for (const [lang, sentence] of SENTENCES) byLang.set(lang, [...(byLang.get(lang) ?? []), sentence]);
  const perSection = words / byLang.size;
  return [...byLang.values()].map((sentences) => {
    const out: string[] = [];
    for (let round = 0; out.length < perSection; round++) {
      for (const sentence of sentences) {
        sentence
          .split(' ')
          .forEach((w, i) =>
            out.push(i % 2 ? w : w.replace(/\p{L}+/u, (m) => m + seed + VARIANTS[(round + i) % VARIANTS.length])),
          );
      }
    }
    return out.join(' ');
  });
}

/** What the engine does with a page: detect each section's language, tokenize, stem every token. */
function analyse(sections: readonly string[]): number {
  let stemmed = 0;
  for (const text of sections) {
    const stem = stemmerFor(detectLanguage(text));
    const t = tokenize(text, createTokens());
    for (let i = 0; i < t.count; i++) stemmed += stem(t.norm[i] ?? '').length > 0 ? 1 : 0;
  }
  return stemmed;
}

function time(run: () => void): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

describe('language module speed', () => {
  it('detects the language of 3,000 characters in well under a millisecond', () => {
    const text = SENTENCES.map(([, s]) => s)
      .join(' ')
      .slice(0, 3000);
    for (let i = 0; i < 50; i++) detectLanguage(text);
    const runs = 500;
    const perCall =
      time(() => {
        for (let i = 0; i < runs; i++) detectLanguage(text);
      }) / runs;
    console.log(`detectLanguage on 3,000 characters: ${perCall.toFixed(3)} ms per call`);
    expect(perCall).toBeLessThan(1);
  });

  it('detects and stems a 6,000-word page in every supported language quickly', () => {
    // Five pages with different forms: the first pays for compiling every
    // stemmer, the best of five is the steady cost and the least disturbed
    // by other work on the machine.
    const pages = ['', 'q', 'x', 'j', 'w'].map((seed) => mixedPage(6000, seed));
    let stemmed = 0;
    const runs = pages.map((page) => time(() => (stemmed = analyse(page))));
    const tokenizeAll = (page: readonly string[]): void => page.forEach((text) => tokenize(text, createTokens()));
    const tokenizing = Math.min(...pages.map((page) => time(() => tokenizeAll(page))));
    const best = Math.min(...runs);
    console.log(
      `detect + tokenize + stem, ${stemmed} tokens: first page ${runs[0]?.toFixed(1)} ms, best ${best.toFixed(1)} ms ` +
        `(${(best / tokenizing).toFixed(1)}× tokenizing alone)`,
    );
    expect(stemmed).toBeGreaterThan(6000);
    expect(best).toBeLessThan(150);
  });
});
