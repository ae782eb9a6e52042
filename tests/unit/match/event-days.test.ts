// The latest day a page writes, which bounds when a page with no declared publication day was written.
import { describe, expect, it } from 'vitest';

import { latestWrittenDay } from '@/lib/match/event-days';
import type { TextSpan } from '@/lib/match/types';

import { pageOf } from './helpers';

/** The text of `lines`, one block each. */
const blocksOf = (lines: string[]): { text: string; blocks: TextSpan[] } => pageOf(lines.join('\n'));

const REPORT = [
  'Women danced in a circle in the town square on Sunday to protest against the call-up.',
  'The police watched at first and later detained several of the dancers, a rights group said.',
];

describe('the latest day a page writes', () => {
  it('reads every day of a text given without its blocks', () => {
    const { text } = blocksOf([...REPORT, '22.01.2026']);
    expect(latestWrittenDay(text)).toBe('2026-01-22');
  });

  it('leaves out a day standing alone after the prose: the date of another story teased below the article', () => {
    const { text, blocks } = blocksOf([
      ...REPORT,
      'More stories',
      '22.01.2026',
      'A reshuffle in the cabinet explained',
    ]);
    expect(latestWrittenDay(text, blocks)).toBeUndefined();
  });

  it('reads a date line before the prose, and the days the prose writes wherever they stand', () => {
    const dated = blocksOf(['25 September 2022', ...REPORT]);
    expect(latestWrittenDay(dated.text, dated.blocks)).toBe('2022-09-25');
    const later = blocksOf([
      ...REPORT,
      'A court fined two of them on 3 October 2022, their lawyer said.',
      '22.01.2026',
    ]);
    expect(latestWrittenDay(later.text, later.blocks)).toBe('2022-10-03');
  });

  it('leaves out a day that ends a span or sets a deadline: it may be still to come', () => {
    const law = [
      'The Duma passed the bill in its third reading on 25 July 2023.',
      'It takes effect on 1 January 2024; an earlier draft phased it in from 2024 until 1 January 2026.',
    ];
    expect(latestWrittenDay(law.join(' '))).toBe('2024-01-01');
    expect(latestWrittenDay('Призыв продлится до 31 декабря 2026 года, сообщили 25 июля 2023 года.')).toBe(
      '2023-07-25',
    );
    expect(latestWrittenDay("La loi s'appliquera jusqu'au 1 janvier 2026, a-t-on appris le 25 juillet 2023.")).toBe(
      '2023-07-25',
    );
    // The first day of a span is written as it is: the call-up of another year begins on it.
    expect(latestWrittenDay('The call-up runs from 1 October 2024 to 31 December 2024.')).toBe('2024-10-01');
  });

  it('leaves out a day in no block of the article: a teaser the matcher left out', () => {
    const { text, blocks } = blocksOf([...REPORT, 'Read also: A court ruling on 22 January 2026 explained']);
    expect(latestWrittenDay(text, blocks)).toBe('2026-01-22');
    expect(latestWrittenDay(text, blocks.slice(0, REPORT.length))).toBeUndefined();
  });
});
