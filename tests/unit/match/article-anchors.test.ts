// What anchors an article's evidence to one event, in a small pack written for these tests: several
// places that only the event has anchor it as a telling name does.
import { describe, expect, it } from 'vitest';

import { compileEventIndex } from '@/lib/match/event-index';

import { claimSentence, namedEntity, storyEvent, verdictsOn } from './article-pack';

const towns = ['Ashford', 'Brindle', 'Corvey', 'Dunmore'];
const entities = [
  ...towns.map((t) => namedEntity(t.toLowerCase(), 'place', t)),
  namedEntity('army', 'organisation', 'Army'),
];
const event = (id: string, entityIds: string[], terms: string[]) =>
  storyEvent(id, entityIds, terms, '2022-09-06', '2022-09-15');
const events = [
  event('autumn-offensive', ['ashford', 'brindle', 'corvey', 'dunmore', 'army'], ['offensive', 'retreat']),
  event('spring-offensive', ['army'], ['offensive', 'shelling']),
  event('winter-shelling', ['army'], ['shelling']),
];
const ev = compileEventIndex(events, [], entities);

function recognised(text: string, claim: number): boolean {
  const v = verdictsOn(ev, entities, text, { sentences: claimSentence(claim), published: '2022-09-12' });
  return v.get('autumn-offensive')?.recognised ?? false;
}

describe('several places only one event has', () => {
  const text = 'The Army entered Ashford, Brindle, Corvey and Dunmore during the offensive.';

  it('anchor its evidence as a telling name would', () => {
    // No person, no word of its own beyond one, and a sentence only somewhat near its claim.
    expect(recognised(text, 0.35)).toBe(true);
  });

  it('are not enough alone', () => {
    expect(recognised('Ashford, Brindle, Corvey and Dunmore.', 0)).toBe(false);
  });
});
