// An event the article is not recognised as reporting, but whose names are those of one it is: a sequel
// months later (the defector killed abroad) lends the recognised story's names no support of its own, while
// a sibling of the same weeks still may be reported beside it.
import { describe, expect, it } from 'vitest';

import type { SentenceEvidence } from '@/lib/match/article-evidence';
import { compileEventIndex } from '@/lib/match/event-index';

import { claimSentence, namedEntity, storyEvent, verdictsOn } from './article-pack';

const entities = [
  namedEntity('pilot', 'person', 'Kuzin'),
  namedEntity('agency', 'organisation', 'Barsa'),
  namedEntity('base', 'place', 'Sokol'),
  namedEntity('other', 'person', 'Orlov'),
];
const both = ['pilot', 'agency', 'base'];
const events = [
  storyEvent('pilot-defects', both, ['defected', 'helicopter', 'landed'], '2023-08-09', '2023-09-05'),
  storyEvent('crew-detained', both, ['crew', 'detained'], '2023-08-20'),
  storyEvent('pilot-killed', both, ['shot', 'garage'], '2024-02-13', '2024-02-22'),
  ...['summit', 'flood', 'harvest', 'ballot'].map((word) => storyEvent(word, ['other'], [word], '2023-08-15')),
];
const ev = compileEventIndex(events, [], entities);
// A sentence near one of the defection's claims.
const verdictsOf = (text: string) => verdictsOn(ev, entities, text, { sentences: claimSentence(0.8) });

describe('events whose names are those of a story the article reports', () => {
  const v = verdictsOf(
    'Kuzin defected: he landed his helicopter at a Ukrainian airfield, the agency Barsa said. ' +
      'Barsa had planned the flight for months, and Kuzin left the Sokol base at dawn. ' +
      'The helicopter that defected with Kuzin is now in Barsa hands.',
  );

  it('recognises the story the article tells', () => {
    expect(v.get('pilot-defects')?.recognised).toBe(true);
  });

  it('takes a later event pointed to by the same names as background, not as support of its own', () => {
    expect(v.get('pilot-killed')?.recognised).toBe(false);
    expect(v.get('pilot-killed')?.overshadowed).toBe(true);
  });

  it('leaves an event of the same weeks free to be reported beside it', () => {
    expect(v.get('crew-detained')?.recognised).toBe(false);
    expect(v.get('crew-detained')?.overshadowed).toBe(false);
  });
});

/**
 * Sentence evidence of a page telling the defection (event 0) and a later event (`later`): the defection's best
 * sentence scores `story` against its claims, the later event's 0.8.
 */
function storyBeside(story: number, later: number): Map<number, SentenceEvidence> {
  const sentence = (claim: number): SentenceEvidence => ({
    claim,
    figures: new Set(),
    dates: new Set(),
    sourced: new Set(),
  });
  return new Map([
    [0, sentence(story)],
    [later, sentence(0.8)],
  ]);
}

/** Pages that recall the defection in a report of what came after it; both events have evidence enough. */
const LATER = [
  {
    story: 'a story and its sequel months later',
    // A report of the killing that retells the defection.
    text:
      'Kuzin was shot dead in a garage, the agency Barsa said. Kuzin had defected months before: he landed ' +
      'his helicopter at a Ukrainian airfield after leaving the Sokol base. Barsa called the shooting in the garage revenge.',
    later: 'pilot-killed',
    index: 2,
  },
  {
    story: 'a story and what followed it in the same weeks, told with more evidence',
    // A report of the crew's detention that recalls the defection.
    text:
      'The crew was detained after the landing, the agency Barsa said. Barsa detained the crew at the Sokol base ' +
      'and questioned the crew for days. Kuzin had defected with the helicopter a week before.',
    later: 'crew-detained',
    index: 1,
  },
];

for (const { story, text, later, index } of LATER)
  describe(`${story}, both recognised`, () => {
    it('is taken as a report of the later one, which recalls the story as background', () => {
      const v = verdictsOn(ev, entities, text, { sentences: storyBeside(0.6, index) });
      expect(v.get(later)?.recognised).toBe(true);
      expect(v.get('pilot-defects')?.recognised).toBe(false);
    });

    it('is taken as a report of both when a sentence tells one of the story’s claims as closely as a lone sentence must', () => {
      const v = verdictsOn(ev, entities, text, { sentences: storyBeside(0.8, index) });
      expect(v.get(later)?.recognised).toBe(true);
      expect(v.get('pilot-defects')?.recognised).toBe(true);
    });
  });

describe('a story and a sequel with too little evidence', () => {
  it('leaves the story recognised when its sequel has too little evidence to be recognised', () => {
    const text = LATER[0]?.text ?? '';
    const v = verdictsOn(ev, entities, text, {
      sentences: new Map([[0, storyBeside(0.8, 2).get(0) as SentenceEvidence]]),
    });
    expect(v.get('pilot-defects')?.recognised).toBe(true);
  });
});
