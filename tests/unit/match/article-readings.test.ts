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

describe('a short stem that only another language has', () => {
  const mixed = compileEventIndex(
    [
      {
        ...event('memoir', []),
        terms: [
          { text: 'lutar', lang: 'pt' },
          { text: 'ZOV', lang: 'en' },
        ],
      },
    ],
    [],
    [],
  );
  const words = (text: string, lang: 'pl' | 'pt'): string[] => {
    const t = gather(mixed, [], { text, toks: tokenize(text), found: [], lang, sentences: new Map() }).get(0);
    return [...(t?.terms.values() ?? [])].map((x) => x.label);
  };

  it('is a chance likeness on a page in another language, and the word itself on a page in its own', () => {
    // Polish lutego (of February) and Portuguese lutar (to fight) stem alike.
    expect(words('Książka ukazała się w lutego.', 'pl')).toEqual([]);
    expect(words('Eles recusaram-se a lutar.', 'pt')).toEqual(['lutar']);
  });

  it('is still read where the page writes it as a name', () => {
    expect(words('Jego książka ZOV ukazała się w Paryżu.', 'pl')).toEqual(['ZOV']);
  });
});
