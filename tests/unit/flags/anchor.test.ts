import { describe, expect, it } from 'vitest';

import { anchorFlag, describeSelection } from '@/lib/flags/anchor';
import type { FlagSelectors } from '@/lib/flags/types';
import type { PageText } from '@/lib/match/types';

import { pageFrom, seedParagraphs, spanOf } from './pages';

const QUOTE = 'parts of a military unit from the self-proclaimed Luhansk People’s Republic';

function flagOn(page: PageText, quote: string): FlagSelectors {
  const span = spanOf(page, quote);
  return describeSelection(page, span.start, span.end);
}

function anchoredText(page: PageText, selectors: FlagSelectors): string | null {
  const anchor = anchorFlag(page, selectors);
  return anchor ? page.text.slice(anchor.start, anchor.end) : null;
}

describe('describing a selection', () => {
  const page = pageFrom(seedParagraphs());

  it('keeps the exact text, ~32 characters of context cut at words, and the position', () => {
    const span = spanOf(page, QUOTE);
    const selectors = describeSelection(page, span.start, span.end);
    expect(selectors.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: QUOTE,
      prefix: 'social media channels show ',
      suffix: ' “delivering a declaration',
    });
    expect(selectors.position).toEqual({ type: 'TextPositionSelector', start: span.start, end: span.end });
  });

  it('leaves white space at the edges of the selection out of the quote', () => {
    const span = spanOf(page, QUOTE);
    const selectors = describeSelection(page, span.start - 1, span.end + 1);
    expect(selectors.quote.exact).toBe(QUOTE);
    expect(selectors.position.start).toBe(span.start);
  });

  it('collapses paragraph breaks in the context to one space', () => {
    const first = page.text.indexOf('Soldiers from Ukrainian territory');
    const selectors = describeSelection(page, first, first + 'Soldiers from Ukrainian territory'.length);
    expect(selectors.quote.prefix).toBe('Contributor via Getty Images ');
    expect(selectors.quote.prefix).not.toMatch(/\n/);
  });

  it('refuses a blank selection', () => {
    expect(() => describeSelection(page, 0, 0)).toThrow(RangeError);
    const gap = page.text.indexOf('\n\n');
    expect(() => describeSelection(page, gap, gap + 2)).toThrow(/no text/);
  });
});

describe('anchoring a flag', () => {
  const paragraphs = seedParagraphs();
  const page = pageFrom(paragraphs);
  const selectors = flagOn(page, QUOTE);

  it('finds the quote again, verbatim, on the unchanged page', () => {
    expect(anchorFlag(page, selectors)).toEqual({ ...spanOf(page, QUOTE), exactness: 'exact' });
  });

  it('survives paragraphs added and removed before and after', () => {
    const changed = pageFrom([
      'Live updates: new paragraph at the top.',
      ...paragraphs.slice(2, 5),
      'An editor’s note.',
      ...paragraphs.slice(5, 8),
    ]);
    expect(anchorFlag(changed, selectors)).toEqual({ ...spanOf(changed, QUOTE), exactness: 'exact' });
  });

  it('survives changed white space, non-breaking spaces and straight instead of curly quotes', () => {
    const respaced = paragraphs.map((paragraph) =>
      paragraph
        .replace('a military unit', 'a  military\n   unit')
        .replace('self-proclaimed Luhansk', 'self-proclaimed\u00a0Luhansk')
        .replace(/’/g, "'")
        .replace(/[“”]/g, '"'),
    );
    const changed = pageFrom(respaced);
    const anchor = anchorFlag(changed, selectors);
    expect(anchor?.exactness).toBe('exact');
    expect(changed.text.slice(anchor?.start, anchor?.end)).toBe(
      "parts of a  military\n   unit from the self-proclaimed\u00a0Luhansk People's Republic",
    );
  });

  it('finds curly-quoted text from a flag made on a straight-quoted copy', () => {
    const straight = pageFrom(paragraphs.map((paragraph) => paragraph.replace(/’/g, "'")));
    const made = flagOn(straight, "self-proclaimed Luhansk People's Republic");
    expect(anchoredText(page, made)).toBe('self-proclaimed Luhansk People’s Republic');
  });

  it('finds a quote with a small edit inside it, and says it is fuzzy', () => {
    const edited = pageFrom(
      paragraphs.map((paragraph) => paragraph.replace('parts of a military unit', 'part of a military unit')),
    );
    const anchor = anchorFlag(edited, selectors);
    expect(anchor?.exactness).toBe('fuzzy');
    expect(edited.text.slice(anchor?.start, anchor?.end)).toBe(
      'part of a military unit from the self-proclaimed Luhansk People’s Republic',
    );
  });

  it('finds a quote whose typo was corrected and a word added, on a page with other changes', () => {
    const quote =
      'delivering a declaration outlining their refusal to be deployed as part of offensive operations in Donestk Oblast';
    const made = flagOn(page, quote);
    const edited = pageFrom([
      'Breaking: a new first paragraph.',
      ...paragraphs.map((p) => p.replace('Donestk Oblast', 'the Donetsk Oblast')),
    ]);
    const anchor = anchorFlag(edited, made);
    expect(anchor?.exactness).toBe('fuzzy');
    expect(edited.text.slice(anchor?.start, anchor?.end)).toBe(quote.replace('Donestk Oblast', 'the Donetsk Oblast'));
  });

  it('returns null when the quote is gone', () => {
    const without = pageFrom(paragraphs.filter((paragraph) => !paragraph.includes('military unit')));
    expect(anchorFlag(without, selectors)).toBeNull();
  });

  it('returns null when the passage was rewritten beyond small edits', () => {
    const rewritten = pageFrom(
      paragraphs.map((paragraph) => paragraph.replace(QUOTE, 'soldiers of a unit of the LPR, a breakaway region')),
    );
    expect(anchorFlag(rewritten, selectors)).toBeNull();
  });
});

describe('choosing among several copies of a quote', () => {
  const repeated = 'the unit refused to deploy';
  const page = pageFrom([
    `Officials in Kyiv said ${repeated} on Monday.`,
    `A video from Luhansk suggests ${repeated} to Donetsk Oblast.`,
    `Moscow denied that ${repeated} at all.`,
  ]);

  it('uses the prefix and suffix to pick the flagged copy, even after the text moved', () => {
    const second = page.text.indexOf(repeated, page.text.indexOf('Luhansk'));
    const selectors = describeSelection(page, second, second + repeated.length);
    const moved = pageFrom([
      'A new lead paragraph pushes everything down by a good many characters.',
      ...page.text.split('\n\n').reverse(),
    ]);
    const anchor = anchorFlag(moved, selectors);
    expect(anchor?.start).toBe(moved.text.indexOf(repeated, moved.text.indexOf('Luhansk')));
  });

  it('uses the position when the context says nothing', () => {
    const same = pageFrom([repeated, repeated, repeated]);
    const third = same.text.lastIndexOf(repeated);
    const selectors: FlagSelectors = {
      quote: { type: 'TextQuoteSelector', exact: repeated, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: third, end: third + repeated.length },
    };
    expect(anchorFlag(same, selectors)?.start).toBe(third);
    expect(
      anchorFlag(same, { ...selectors, position: { type: 'TextPositionSelector', start: 0, end: repeated.length } })
        ?.start,
    ).toBe(0);
  });

  it('prefers the copy whose context matches over a closer position', () => {
    const first = page.text.indexOf(repeated);
    const selectors = describeSelection(page, first, first + repeated.length);
    const misleadingHint = {
      ...selectors,
      position: { type: 'TextPositionSelector' as const, start: page.text.lastIndexOf(repeated), end: 0 },
    };
    expect(anchorFlag(page, misleadingHint)?.start).toBe(first);
  });
});

describe('describe → anchor round trip', () => {
  it('finds every sentence of every seed article at the place it was flagged, duplicates included', () => {
    for (const name of ['000_416081c9e06a5122.txt', '001_07d73b0ec3901f25.txt']) {
      const page = pageFrom(seedParagraphs(name));
      const sentences = page.text.match(/[^.!?\n]+[.!?]?/g) ?? [];
      let from = 0;
      let checked = 0;
      for (const sentence of sentences) {
        const start = page.text.indexOf(sentence, from);
        from = start + sentence.length;
        if (!sentence.trim()) continue;
        const selectors = describeSelection(page, start, start + sentence.length);
        const anchor = anchorFlag(page, selectors);
        expect(anchor, sentence).toEqual({
          start: selectors.position.start,
          end: selectors.position.end,
          exactness: 'exact',
        });
        checked += 1;
      }
      expect(checked).toBeGreaterThan(20);
    }
  });

  it('tells apart a line the article repeats (a caption under the headline) by its context', () => {
    const page = pageFrom(seedParagraphs());
    const line = "Some soldiers are refusing to join Russia's latest offensive operation against Ukraine";
    const second = page.text.indexOf(line, page.text.indexOf(line) + 1);
    expect(second).toBeGreaterThan(0);
    const selectors = describeSelection(page, second, second + line.length);
    const shifted = pageFrom(['Updated: a correction at the top of the page.', ...seedParagraphs()]);
    const expected = shifted.text.indexOf(line, shifted.text.indexOf(line) + 1);
    expect(anchorFlag(shifted, selectors)?.start).toBe(expected);
  });

  it('keeps empty context at the very start and end of the text', () => {
    const page = pageFrom(['Kyiv denied involvement.']);
    expect(describeSelection(page, 0, 4).quote).toMatchObject({
      exact: 'Kyiv',
      prefix: '',
      suffix: ' denied involvement.',
    });
    expect(describeSelection(page, 12, 24).quote).toMatchObject({
      exact: 'involvement.',
      prefix: 'Kyiv denied ',
      suffix: '',
    });
  });

  it('ignores soft hyphens and zero-width characters a site inserts into words', () => {
    const page = pageFrom(['The Luhansk People’s Republic announced it was independent from Ukraine in May 2014.']);
    const selectors = describeSelection(page, 4, 29);
    const hyphenated = pageFrom([
      'The Lu\u00adhansk Peo\u200bple’s Republic announced it was independent from Ukraine in May 2014.',
    ]);
    const anchor = anchorFlag(hyphenated, selectors);
    expect(anchor).toEqual({ start: 4, end: 31, exactness: 'exact' });
  });

  it('does not accept a short quote a couple of edits away in unrelated surroundings', () => {
    const page = pageFrom(['Officials said the unit refused to deploy to Donetsk.']);
    const start = page.text.indexOf('unit refused');
    const selectors = describeSelection(page, start, start + 'unit refused'.length);
    const elsewhere = pageFrom(['A completely different story where a unit refuted the claims made by others.']);
    expect(anchorFlag(elsewhere, selectors)).toBeNull();
  });
});
