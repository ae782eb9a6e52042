import { describe, expect, it } from 'vitest';

import type { PageText } from '@/lib/match/types';
import { openingOf } from '@/lib/scan/opening';

const text = 'Headline here\n\nFirst paragraph of the story.\n\nSecond paragraph, somewhat longer than the first.';
const page: PageText = {
  text,
  blocks: [
    { start: 0, end: 13 },
    { start: 15, end: 43 },
    { start: 45, end: text.length },
  ],
  headline: { start: 0, end: 13 },
  lang: 'en',
  published: '2022-08-15',
};

describe('openingOf', () => {
  it('keeps the blocks that begin in the opening, cut at its end, with the page facts', () => {
    const opening = openingOf(page, 50);
    expect(opening.text).toBe(text.slice(0, 50));
    expect(opening.blocks).toEqual([
      { start: 0, end: 13 },
      { start: 15, end: 43 },
      { start: 45, end: 50 },
    ]);
    expect(opening.headline).toEqual({ start: 0, end: 13 });
    expect(opening.lang).toBe('en');
    expect(opening.published).toBe('2022-08-15');
  });

  it('drops a headline that does not fit and blocks that begin after the opening', () => {
    const opening = openingOf(page, 10);
    expect(opening.blocks).toEqual([{ start: 0, end: 10 }]);
    expect(opening.headline).toBeUndefined();
  });

  it('takes a short page whole', () => {
    expect(openingOf(page, text.length + 1)).toEqual(page);
    expect(openingOf(page, text.length)).toEqual(page);
  });
});
