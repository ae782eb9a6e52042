// A figure of an event's claim written beside its source, in a small pack written for these tests: with
// another kind of evidence it recognises the event; a figure and a name alone recur from story to story.
import { describe, expect, it } from 'vitest';

import { recogniseEvents } from '@/lib/match/article';
import type { SentenceEvidence } from '@/lib/match/article-evidence';
import { compileEventIndex } from '@/lib/match/event-index';
import { tokenize } from '@/lib/match/tokenize';

import { foundNames, namedEntity, storyEvent } from './article-pack';

const entities = [namedEntity('ministry', 'organisation', 'War Ministry'), namedEntity('other', 'person', 'Sokolov')];
const events = [
  storyEvent('call-up', ['ministry'], ['reservists', 'call-up'], '2022-09-21'),
  ...['summit', 'flood', 'harvest'].map((word) => storyEvent(word, ['other', 'ministry'], [word], '2022-07-01')),
];
const ev = compileEventIndex(events, [], entities);
const ids = entities.map((e) => e.id);

/** Whether the call-up is recognised on `text`, whose best sentence gives `300,000` beside its source. */
function callUp(text: string): boolean {
  const sourced: SentenceEvidence = {
    claim: 0,
    figures: new Set(['300,000']),
    dates: new Set(),
    sourced: new Set(['300,000']),
  };
  const out = recogniseEvents(ev, ids, {
    text,
    toks: tokenize(text),
    found: foundNames(entities, text),
    lang: 'en',
    sentences: new Map([[0, sourced]]),
  });
  return [...out.values()].some((v) => ev.eventIds[v.event] === 'call-up' && v.recognised);
}

describe('a figure of a claim beside its source', () => {
  it('recognises the event with its own words beside it', () => {
    expect(callUp('The War Ministry said 300,000 reservists would be called up in the call-up.')).toBe(true);
  });

  it('does not recognise it from the figure and the name alone', () => {
    expect(callUp('The War Ministry is said to be planning to enlist 300,000 more men by June.')).toBe(false);
  });
});
