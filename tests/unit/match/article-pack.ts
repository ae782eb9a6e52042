// What the article-level tests share: entities and events of a small pack written for them, and the
// names an article mentions found by plain search (the entity finder has tests of its own).
import type { Entity, PackEvent } from '@/lib/dataset/types';
import { recogniseEvents, type EventVerdict } from '@/lib/match/article';
import type { ArticleInput, SentenceEvidence } from '@/lib/match/article-evidence';
import type { FoundEntity } from '@/lib/match/entity-finder';
import type { EventIndex } from '@/lib/match/event-index';
import { tokenize } from '@/lib/match/tokenize';

/** An entity known by its name alone, in English. */
export function namedEntity(id: string, kind: Entity['kind'], name: string): Entity {
  return { id, kind, name, aliases: [{ text: name, lang: 'en' }], description: '' };
}

/** An event of `entityIds` known by English `terms`, starting on `start`. */
export function storyEvent(id: string, entityIds: string[], terms: string[], start: string, end?: string): PackEvent {
  return {
    id,
    title: id,
    date: end ? { start, end } : { start },
    place: '',
    summary: '',
    entityIds,
    terms: terms.map((text) => ({ text, lang: 'en' })),
  };
}

/** Every mention of each entity's first alias in `text`. */
export function foundNames(entities: readonly Entity[], text: string): FoundEntity[] {
  const found: FoundEntity[] = [];
  entities.forEach((e, i) => {
    const name = e.aliases[0]?.text ?? '';
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      found.push({ entity: i, alias: 0, start: at, end: at + name.length, tokStart: 0, tokEnd: 0, block: 0 });
  });
  return found;
}

/** Sentence evidence of event 0: its best sentence scored `claim` against one of its claims, nothing else. */
export function claimSentence(claim: number): Map<number, SentenceEvidence> {
  return new Map([[0, { claim, figures: new Set(), dates: new Set(), sourced: new Set() }]]);
}

/** The verdicts on an English `text` of the events of `ev`, by event id; `extra` gives sentence evidence or a day. */
export function verdictsOn(
  ev: EventIndex,
  entities: readonly Entity[],
  text: string,
  extra: Partial<Pick<ArticleInput, 'sentences' | 'published'>> = {},
): Map<string, EventVerdict> {
  const verdicts = recogniseEvents(
    ev,
    entities.map((e) => e.id),
    { text, toks: tokenize(text), found: foundNames(entities, text), lang: 'en', sentences: new Map(), ...extra },
  );
  return new Map([...verdicts.values()].map((v) => [ev.eventIds[v.event] ?? '', v]));
}
