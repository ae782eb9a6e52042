// Whom an article is about is named in its headline or lead: a person, unit or several places that belong to
// one event alone recognise it only when named there, and one recalled further down (the victim of an
// earlier bombing, in a report of a later one) does not. A small pack written for these tests.
import { describe, expect, it } from 'vitest';

import { ARTICLE_SCORING } from '@/lib/match/article-evidence';
import { compileEventIndex } from '@/lib/match/event-index';

import { namedEntity, storyEvent, verdictsOn } from './article-pack';

const entities = [
  namedEntity('victim', 'person', 'Vera Lantsova'),
  namedEntity('mayor', 'person', 'Ivan Rostov'),
  namedEntity('town', 'place', 'Lesnoy'),
  namedEntity('army', 'organisation', 'Army'),
];
const events = [
  storyEvent('car-bomb', ['victim'], ['explosion', 'car bomb'], '2022-08-20'),
  storyEvent('round-ups', ['mayor', 'town'], ['checkpoint', 'conscripted'], '2022-06-01', '2022-09-30'),
  ...['summit', 'flood', 'harvest'].map((word) => storyEvent(word, ['army'], [word], '2022-07-01')),
];
const ev = compileEventIndex(events, [], entities);
const recognised = (text: string, event: string): boolean =>
  verdictsOn(ev, entities, text).get(event)?.recognised ?? false;

/** Sentences that name no one and none of the events' words, to push a mention out of the lead. */
const filler = (chars: number): string => {
  const sentence = 'The weather stayed mild and the market opened as usual on the square. ';
  return sentence.repeat(Math.ceil(chars / sentence.length));
};

describe('a name that belongs to one event alone', () => {
  it('recognises the event when the lead names the person', () => {
    expect(recognised('Vera Lantsova was killed by a car bomb. The explosion shook the road.', 'car-bomb')).toBe(true);
  });

  it('leaves a person recalled further down to the story that recalls them', () => {
    const text =
      'A car bomb went off in the city centre on Sunday. The explosion wounded several people. ' +
      filler(ARTICLE_SCORING.leadChars) +
      'It came months after Vera Lantsova was killed.';
    expect(recognised(text, 'car-bomb')).toBe(false);
  });

  it('asks the same of several names that only one event has', () => {
    const lead = 'Ivan Rostov said men in Lesnoy were conscripted at every checkpoint.';
    expect(recognised(lead, 'round-ups')).toBe(true);
    const later = `Checkpoints went up on every road. Men were conscripted. ${filler(ARTICLE_SCORING.leadChars)}Ivan Rostov of Lesnoy spoke of it too.`;
    expect(recognised(later, 'round-ups')).toBe(false);
  });
});
