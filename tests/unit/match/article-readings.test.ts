// Ukrainian words with two readings (see event-terms.ts) count once on a page; a small pack written for these tests.
import { describe, expect, it } from 'vitest';

import type { PackEvent } from '@/lib/dataset/types';
import { gather } from '@/lib/match/article-evidence';
import { compileEventIndex } from '@/lib/match/event-index';
import { tokenize } from '@/lib/match/tokenize';

const event = (id: string, terms: string[]): PackEvent => ({
  id,
  title: id,
  date: { start: '2022-09-21' },
  place: '',
  summary: '',
  entityIds: [],
  terms: terms.map((text) => ({ text, lang: 'uk' })),
});
const ev = compileEventIndex([event('arson', ['підпали', 'військкомати']), event('other', ['повінь'])], [], []);

function termEvidence(text: string): { term: number; words: number } {
  const t = gather(ev, [], { text, toks: tokenize(text), found: [], lang: 'uk', sentences: new Map() }).get(0);
  return { term: t?.term ?? 0, words: t?.terms.size ?? 0 };
}

describe('a word read two ways', () => {
  it('meets the term in its other forms', () => {
    expect(termEvidence('Уночі сталися підпали двох військкоматів у місті.').words).toBe(2);
    expect(termEvidence('Після підпалу військкомати охороняє поліція.').words).toBe(2);
  });

  it('counts once, though both its readings are keys of the same term', () => {
    // підпали and військкомати are indexed under both readings; the page's own forms hit both.
    const plural = termEvidence('Підпали, військкомати.');
    expect(plural.words).toBe(2);
    expect(plural.term).toBeCloseTo(termEvidence('Підпалу, військкоматів.').term, 5);
  });
});
