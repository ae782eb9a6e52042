// Links to other stories set in an article's body ("Read also: …"): what the matcher leaves out of the article.
import { describe, expect, it } from 'vitest';

import { TEASER_MAX_CHARS } from '@/lib/match/teaser-size';
import { articleBlocks, teaserOpener } from '@/lib/match/teasers';

import { pageOf } from './helpers';

const PROSE = [
  'The council voted on Tuesday to repair the old river bridge, closed to lorries since the spring.',
  'Residents said the detour through the market square had doubled their journeys to work.',
];

/** The lines of `lines` that `articleBlocks` keeps. */
function kept(lines: string[]): string[] {
  const { text, blocks } = pageOf(lines.join('\n'));
  return articleBlocks(text, blocks).map((b) => text.slice(b.start, b.end));
}

describe('links to other stories inside an article', () => {
  it.each([
    'Read also: Storm closes the coast road for a second day',
    'READ MORE: Fuel prices rise for the third week in a row',
    '>> Read more on our site: the museum reopens',
    'Читайте також: Як змінилися ціни на пальне',
    'Читайте также: Музей открылся после ремонта',
    'Lees ook: Nieuwe brug over de rivier geopend',
    'Czytaj więcej: "Nowy most na rzece otwarty"',
    'Дивіться також Нова школа відкрилася у місті',
    '- Related: Council approves new budget for schools',
  ])('leaves out "%s"', (teaser) => {
    expect(teaserOpener(teaser, { start: 0, end: teaser.length })).toBe('inline');
    expect(kept([PROSE[0] as string, teaser, PROSE[1] as string])).toEqual(PROSE);
  });

  it('leaves out an opener standing alone and the headlines listed below it, up to the prose that follows', () => {
    const lines = [
      PROSE[0] as string,
      'Read also:',
      '- Storm closes the coast road for a second day',
      'What the new budget means for schools?',
      'Museum reopens after two years of renovation.',
      'We are just children. Conscripts film their way to the front',
      'The mayor promised on Wednesday that the works would begin before winter. Buses will run every ten minutes.',
      PROSE[1] as string,
    ];
    expect(teaserOpener('Read also:', { start: 0, end: 10 })).toBe('alone');
    expect(kept(lines)).toEqual([PROSE[0], lines[6], PROSE[1]]);
  });

  it('leaves out at most six lines below an opener standing alone', () => {
    const headlines = Array.from({ length: 8 }, (_, i) => `Headline number ${i + 1} of the list`);
    expect(kept(['Lue myös', ...headlines])).toEqual(headlines.slice(6));
  });

  it('keeps prose that begins with the same words, and a long paragraph whatever its first words', () => {
    const lines = [
      'Related to the repairs, the council also voted to widen the pavement.',
      'По теме мобилизации высказался и пресс-секретарь, заявивший, что решение ещё не принято.',
      'Reading also matters: the library will open on Sundays.',
      `Read also the full report, which says ${'the bridge needs new cables and a new deck, '.repeat(8)}before winter.`,
      ...PROSE,
    ];
    expect((lines[3] as string).length).toBeGreaterThan(TEASER_MAX_CHARS);
    expect(kept(lines)).toEqual(lines);
  });

  it('gives back every block of a page with no teaser', () => {
    const { text, blocks } = pageOf(PROSE.join('\n'));
    expect(articleBlocks(text, blocks)).toEqual(blocks);
    expect(articleBlocks('', [])).toEqual([]);
  });
});

describe('lines that are links', () => {
  const LINES = [
    'Council approves the bridge budget',
    PROSE[0] as string,
    'Storm closes the coast road',
    PROSE[1] as string,
  ];
  const { text, blocks } = pageOf(LINES.join('\n'));
  const read = (spans: { start: number; end: number }[]): string[] => spans.map((b) => text.slice(b.start, b.end));

  it('leaves out a short block that is a link, and keeps the same words when they are not one', () => {
    expect(read(articleBlocks(text, blocks, [2]))).toEqual([LINES[0], PROSE[0], PROSE[1]]);
    expect(read(articleBlocks(text, blocks))).toEqual(LINES);
  });

  it('keeps a headline that links to its own page, and a link longer than a teaser', () => {
    expect(read(articleBlocks(text, blocks, [0, 2], blocks[0]))).toEqual([LINES[0], PROSE[0], PROSE[1]]);
    const long = `${'A report of what the council decided on the bridge, and why. '.repeat(6)}`;
    expect(long.length).toBeGreaterThan(TEASER_MAX_CHARS);
    const page = pageOf([LINES[0], long, PROSE[0]].join('\n'));
    expect(articleBlocks(page.text, page.blocks, [1])).toEqual(page.blocks);
  });

  it('keeps every link of a page that sets most of its text in links', () => {
    expect(articleBlocks(text, blocks, [1, 2, 3])).toEqual(blocks);
  });
});
