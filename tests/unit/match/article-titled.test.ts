// An event named after a person, in a small pack written for these tests: an article that never names
// the person reports another story of the same kind.
import { describe, expect, it } from 'vitest';

import type { PackEvent } from '@/lib/dataset/types';
import { recogniseEvents } from '@/lib/match/article';
import { compileEventIndex } from '@/lib/match/event-index';
import { tokenize } from '@/lib/match/tokenize';

import { claimSentence, foundNames, namedEntity } from './article-pack';

const entities = [
  namedEntity('writer', 'person', 'Anna Orlova'),
  namedEntity('prosecutor', 'person', 'Ivan Lebedev'),
  namedEntity('police', 'organisation', 'City Police'),
  namedEntity('city', 'place', 'Vetrograd'),
];
const events: PackEvent[] = [
  {
    id: 'orlova-car-bomb',
    title: 'Car bomb kills Anna Orlova in Vetrograd',
    date: { start: '2022-08-20' },
    place: 'Vetrograd',
    summary: '',
    entityIds: ['writer', 'prosecutor', 'police', 'city'],
    terms: ['car bomb', 'explosive device', 'detonated', 'investigators'].map((text) => ({ text, lang: 'en' })),
  },
  {
    id: 'harbour-strike',
    title: 'Vetrograd harbour strike',
    date: { start: '2022-08-20' },
    place: 'Vetrograd',
    summary: '',
    entityIds: ['city', 'police'],
    terms: ['strike', 'dockers', 'picket'].map((text) => ({ text, lang: 'en' })),
  },
];
const ev = compileEventIndex(events, [], entities);
const ids = entities.map((e) => e.id);

/**
 * Which events an English `text` is recognised as reporting, its best sentence scored `claim` against the first
 * event; its first line is its headline when `page` says so, and the page declares the day it gives.
 */
function recognised(
  text: string,
  claim = 0.6,
  page: { headline?: boolean; published?: string } = {},
): Map<string, boolean> {
  const headline = page.headline ? { headline: { start: 0, end: text.indexOf('\n') } } : {};
  const out = recogniseEvents(ev, ids, {
    text,
    toks: tokenize(text),
    found: foundNames(entities, text),
    lang: 'en',
    sentences: claimSentence(claim),
    ...headline,
    ...(page.published ? { published: page.published } : {}),
  });
  return new Map([...out.values()].map((v) => [ev.eventIds[v.event] ?? '', v.recognised]));
}

describe('an event named after a person', () => {
  it('knows whom its title names: people and units, not places or organisations', () => {
    const titled = (e: number): string[] =>
      [...ev.titled.subarray(ev.titledStart[e], ev.titledStart[e + 1])].map((n) => ids[n] ?? '');
    expect(titled(0)).toEqual(['writer']);
    expect(titled(1)).toEqual([]);
  });

  it('is recognised from an article that names the person', () => {
    const v = recognised(
      'Anna Orlova died when a car bomb detonated in Vetrograd. City Police investigators found the explosive device.',
    );
    expect(v.get('orlova-car-bomb')).toBe(true);
  });

  it('is not recognised from the same words about someone else', () => {
    const v = recognised(
      'A blogger died when a car bomb detonated in Vetrograd. City Police investigators found the explosive device.',
    );
    expect(v.get('orlova-car-bomb')).toBe(false);
  });

  it('is recognised without the name from a sentence close to its claim beside a name only it has', () => {
    // The first reports of a story may come before the name is out.
    const text =
      'A writer died when a car bomb detonated in Vetrograd, prosecutor Ivan Lebedev said. City Police investigators found the explosive device.';
    expect(recognised(text, 0.9).get('orlova-car-bomb')).toBe(true);
    // Either alone is not enough: the same close sentence without that name, or that name beside a weaker
    // sentence and fewer of the story's own words.
    expect(recognised(text.replace(', prosecutor Ivan Lebedev said', ''), 0.9).get('orlova-car-bomb')).toBe(false);
    expect(recognised(text.replace(' investigators', ''), 0.6).get('orlova-car-bomb')).toBe(false);
  });

  it('is recognised without the name from a sentence near its claim, that name and several words only it has', () => {
    // Four of the story's own words (car bomb, detonated, investigators, explosive device) beside its prosecutor.
    const text =
      'A writer died when a car bomb detonated in Vetrograd, prosecutor Ivan Lebedev said. City Police investigators found the explosive device.';
    expect(recognised(text, 0.6).get('orlova-car-bomb')).toBe(true);
    // A sentence further from every claim is not enough, even so.
    expect(recognised(text, 0.2).get('orlova-car-bomb')).toBe(false);
  });

  it('is recognised without any name of its own from a headline that tells it, a close sentence and four kinds', () => {
    // The first reports of a story, before any name is out: the headline says what happened.
    const text =
      'Car bomb detonated in Vetrograd kills a writer\nA writer died when a car bomb detonated in Vetrograd. City Police investigators found the explosive device.';
    const day = { published: '2022-08-21' };
    expect(recognised(text, 0.9, { headline: true, ...day }).get('orlova-car-bomb')).toBe(true);
    // Not without the headline, nor from a sentence less close, nor with fewer kinds (no day within the story's).
    expect(recognised(text, 0.9, day).get('orlova-car-bomb')).toBe(false);
    expect(recognised(text, 0.6, { headline: true, ...day }).get('orlova-car-bomb')).toBe(false);
    expect(recognised(text, 0.9, { headline: true }).get('orlova-car-bomb')).toBe(false);
  });
});
