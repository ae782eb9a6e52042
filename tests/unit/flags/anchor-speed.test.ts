import { describe, expect, it } from 'vitest';

import { anchorFlag, describeSelection } from '@/lib/flags/anchor';
import type { FlagSelectors } from '@/lib/flags/types';
import type { PageText } from '@/lib/match/types';

import { pageFrom, words } from './pages';

/** A 100,000-word page: 2,000 paragraphs of 50 words drawn from a small news vocabulary, so phrases repeat a lot. */
function hugePage(): PageText {
  const all = words(100_000);
  const paragraphs: string[] = [];
  for (let at = 0; at < all.length; at += 50) paragraphs.push(`${all.slice(at, at + 50).join(' ')}.`);
  return pageFrom(paragraphs);
}

/** The first call's time (cold: nothing compiled or cached yet) and the median of five more (a page's other flags). */
function timed<T>(run: () => T): { value: T; ms: number; warm: number } {
  const started = performance.now();
  const value = run();
  const ms = performance.now() - started;
  const again: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    const from = performance.now();
    run();
    again.push(performance.now() - from);
  }
  return { value, ms, warm: again.sort((a, b) => a - b)[2] as number };
}

describe('anchoring on a 100,000-word page', () => {
  const page = hugePage();
  // A 30-word passage three quarters of the way down.
  const start = page.text.indexOf(' ', Math.floor(page.text.length * 0.75)) + 1;
  const end = page.text.indexOf('.', start + 180);
  const selectors: FlagSelectors = describeSelection(page, start, end);
  const quote = selectors.quote.exact;
  // Baseline, measured in the same run: one plain substring search over the page.
  const baseline = timed(() => page.text.indexOf(quote.slice(0, 40).replace(/ /g, '  '))).warm;

  function report(name: string, time: { ms: number; warm: number }): void {
    const ratio = (ms: number): string => `${(ms / Math.max(baseline, 0.01)).toFixed(0)}×`;
    console.log(
      `${name}: first ${time.ms.toFixed(1)} ms (${ratio(time.ms)} one indexOf over the page), then ${time.warm.toFixed(1)} ms (${ratio(time.warm)})`,
    );
  }

  it('places the quote verbatim, after white space changes, and after small edits, each well under 200 ms', () => {
    expect(page.text.split(/\s+/).length).toBeGreaterThanOrEqual(100_000);
    const verbatim = timed(() => anchorFlag(page, selectors));
    expect(verbatim.value).toEqual({
      start: selectors.position.start,
      end: selectors.position.end,
      exactness: 'exact',
    });

    const respacedText = page.text.slice(0, start) + quote.replace(/ /g, '\u00a0 ') + page.text.slice(end);
    const respaced: PageText = { text: respacedText, blocks: page.blocks };
    const folded = timed(() => anchorFlag(respaced, selectors));
    expect(folded.value?.exactness).toBe('exact');
    expect(folded.value?.start).toBe(start);

    const words = quote.split(' ');
    words[10] = `${words[10]}x`;
    words.splice(20, 1);
    const edited = words.join(' ');
    const editedPage: PageText = {
      text: page.text.slice(0, start) + edited + page.text.slice(end),
      blocks: page.blocks,
    };
    const fuzzy = timed(() => anchorFlag(editedPage, selectors));
    expect(fuzzy.value).toEqual({ start, end: start + edited.length, exactness: 'fuzzy' });

    const gone = timed(() =>
      anchorFlag({ text: page.text.slice(0, start) + page.text.slice(end), blocks: page.blocks }, selectors),
    );
    expect(gone.value).toBeNull();

    report('verbatim', verbatim);
    report('white space changed (first call normalises the page)', folded);
    report('small edits', fuzzy);
    report('quote gone', gone);
    for (const time of [verbatim, folded, fuzzy, gone]) {
      expect(time.ms).toBeLessThan(200);
      expect(time.warm).toBeLessThan(100);
    }
  });

  it('places a two-word flag that occurs thousands of times by its context', () => {
    const phrase = 'the army';
    let at = page.text.indexOf(phrase, Math.floor(page.text.length / 2));
    while (!/\s/.test(page.text.charAt(at - 1))) at = page.text.indexOf(phrase, at + 1);
    const made = describeSelection(page, at, at + phrase.length);
    const shifted: PageText = { text: `A new first paragraph.\n\n${page.text}`, blocks: page.blocks };
    const result = timed(() => anchorFlag(shifted, made));
    expect(result.value?.start).toBe(at + 'A new first paragraph.\n\n'.length);
    report('two words, many copies', result);
    expect(result.ms).toBeLessThan(200);
    expect(result.warm).toBeLessThan(100);
  });
});
