// What anchors an article's evidence to one event, in a small pack written for these tests: several
// places that only the event has anchor it as a telling name does.
import { describe, expect, it } from 'vitest';

import type { Entity, PackEvent } from '@/lib/dataset/types';
import { recogniseEvents } from '@/lib/match/article';
import type { SentenceEvidence } from '@/lib/match/article-evidence';
import type { FoundEntity } from '@/lib/match/entity-finder';
import { compileEventIndex } from '@/lib/match/event-index';
import { tokenize } from '@/lib/match/tokenize';

const entity = (id: string, kind: Entity['kind'], name: string): Entity => ({
  id,
  kind,
  name,
  aliases: [{ text: name, lang: 'en' }],
  description: '',
});
const towns = ['Ashford', 'Brindle', 'Corvey', 'Dunmore'];
const entities = [...towns.map((t) => entity(t.toLowerCase(), 'place', t)), entity('army', 'organisation', 'Army')];
const event = (id: string, entityIds: string[], terms: string[]): PackEvent => ({
  id,
  title: id,
  date: { start: '2022-09-06', end: '2022-09-15' },
  place: '',
  summary: '',
  entityIds,
  terms: terms.map((text) => ({ text, lang: 'en' })),
});
const events = [
  event('autumn-offensive', ['ashford', 'brindle', 'corvey', 'dunmore', 'army'], ['offensive', 'retreat']),
  event('spring-offensive', ['army'], ['offensive', 'shelling']),
  event('winter-shelling', ['army'], ['shelling']),
];
const ev = compileEventIndex(events, [], entities);
const ids = entities.map((e) => e.id);

function recognised(text: string, claim: number): boolean {
  const found: FoundEntity[] = [];
  entities.forEach((e, i) => {
    for (let at = text.indexOf(e.name); at >= 0; at = text.indexOf(e.name, at + 1))
      found.push({ entity: i, alias: 0, start: at, end: at + e.name.length, tokStart: 0, tokEnd: 0, block: 0 });
  });
  const sentences = new Map<number, SentenceEvidence>([
    [0, { claim, figures: new Set(), dates: new Set(), sourced: new Set() }],
  ]);
  const v = recogniseEvents(ev, ids, {
    text,
    toks: tokenize(text),
    found,
    lang: 'en',
    sentences,
    published: '2022-09-12',
  }).get(0);
  return v?.recognised ?? false;
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
