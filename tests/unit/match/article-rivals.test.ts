// Article-level verdicts between related events of a small pack written for these tests: one person and
// one group appear in several stories, each told apart by what happened in it.
import { describe, expect, it } from 'vitest';

import { recogniseEvents } from '@/lib/match/article';
import type { SentenceEvidence } from '@/lib/match/article-evidence';
import { compileEventIndex } from '@/lib/match/event-index';
import { tokenize } from '@/lib/match/tokenize';

import { foundNames, namedEntity, storyEvent } from './article-pack';

const person = (id: string, name: string) => namedEntity(id, 'person', name);
const entities = [
  person('general', 'Orlov'),
  person('boss', 'Zimin'),
  person('minister', 'Kedrov'),
  person('envoy', 'Belov'),
  person('other', 'Sokolov'),
  person('aide', 'Lebedev'),
];
const event = (id: string, entityIds: string[], terms: string[]) => storyEvent(id, entityIds, terms, '2023-06-24');
const shared = ['general', 'boss', 'envoy', 'aide'];
const events = [
  event('general-detained', shared, ['detained', 'questioned', 'armageddon']),
  event('group-contracts', [...shared, 'minister'], ['contracts', 'Kedrov']),
  event('group-mutiny', shared, ['mutiny', 'march']),
  event('summit', ['other'], ['summit']),
  event('flood', ['other'], ['flood']),
  event('harvest', ['other'], ['harvest']),
  event('election', ['other'], ['ballot']),
];
const ev = compileEventIndex(events, [], entities);
const ids = entities.map((e) => e.id);

function verdicts(text: string, sentences = new Map<number, SentenceEvidence>()): Map<string, boolean> {
  const out = recogniseEvents(ev, ids, {
    text,
    toks: tokenize(text),
    found: foundNames(entities, text),
    lang: 'en',
    sentences,
  });
  return new Map([...out.values()].map((v) => [ev.eventIds[v.event] ?? '', v.recognised]));
}

describe('related events that share their people', () => {
  it('recognises the story whose own words the article uses, though its names are shared', () => {
    const v = verdicts(
      'Orlov, the general the papers call Armageddon, was detained and questioned after the revolt. ' +
        'Zimin had praised him; the envoy Belov and the aide Lebedev would not comment.',
    );
    expect(v.get('general-detained')).toBe(true);
    expect(v.get('group-mutiny')).toBe(false);
  });

  it('does not count a name written among the words of the weaker story as a word of its own', () => {
    // The detention is told in full (a sentence near one of its claims), the contracts with a word and a name.
    const sentences = new Map<number, SentenceEvidence>([
      [0, { claim: 0.5, figures: new Set(), dates: new Set(), sourced: new Set() }],
    ]);
    const v = verdicts(
      'Orlov, the general the papers call Armageddon, was detained and questioned after the revolt. ' +
        'Zimin had praised him; the envoy Belov and the aide Lebedev would not comment. Kedrov had earlier asked for contracts.',
      sentences,
    );
    expect(v.get('general-detained')).toBe(true);
    expect(v.get('group-contracts')).toBe(false);
  });
});
