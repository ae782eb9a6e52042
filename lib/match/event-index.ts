/**
 * The article-level side of a match index: for each event, the entities and
 * the distinctive terms (in every language of the pack) that point to it, each
 * weighted by how few events share it, and its dates. Compiled once per pack;
 * plain typed arrays and one string table, so it is cached like the rest.
 */
import type { Claim, Entity, EntityKind, PackEvent } from '../dataset/types';
import { eventTermKeys } from './event-terms';
import { buildStringTable, type StringTable } from './hash';
import { baseLanguage, LANGS, readAs, type Lang } from './lang/languages';
import { foldString } from './normalise';

/** The compiled event side of a match index. */
export interface EventIndex {
  eventIds: string[];
  /** `YYYYMMDD` start and end of each event (0 when unknown). */
  dates: Int32Array;
  /** CSR: entity → events it belongs to (by the event's or its claims' entity lists), with a weight each. */
  entStart: Int32Array;
  entEvents: Int32Array;
  entWeights: Float32Array;
  /** Term keys (see event-terms.ts): a stem, or two stems joined by a space. */
  terms: StringTable;
  /** CSR: term → events, with a weight each. */
  termStart: Int32Array;
  termEvents: Int32Array;
  termWeights: Float32Array;
  /** Per term key: the languages of the terms written so (see languageBit), as bits. */
  termLangs: Int32Array;
  /** CSR: event → the people and units its title names (entity numbers): the event is named after them. */
  titledStart: Int32Array;
  titled: Int32Array;
}

/**
 * How much naming an entity of this kind says about an event: a person or a unit
 * belongs to few stories; an organisation (a news agency, a ministry) and a place
 * to many more than the pack knows.
 */
export const KIND_SALIENCE: Record<EntityKind, number> = { person: 1, unit: 1, organisation: 0.6, place: 0.5 };

/** How much a piece of evidence shared by `n` of `total` events says about one of them: 1 when only one has it. */
export function specificity(n: number, total: number): number {
  if (total <= 1) return 1;
  return Math.log(1 + total / n) / Math.log(1 + total);
}

/**
 * The bit of a language among term languages; languages read with one stemmer (Serbian, Croatian,
 * Bosnian) share it, and every language the matcher does not analyse shares one.
 */
export function languageBit(lang: Lang): number {
  const at = (LANGS as readonly string[]).indexOf(readAs(lang));
  return 1 << (at < 0 ? LANGS.length : at);
}

/** Where `alias` stands in `title` as whole words (both folded). */
function namesIn(title: string, alias: string): boolean {
  const at = title.indexOf(alias);
  if (at < 0 || alias.length === 0) return false;
  const before = title[at - 1];
  const after = title[at + alias.length];
  const word = /[\p{L}\p{N}]/u;
  return (before === undefined || !word.test(before)) && (after === undefined || !word.test(after));
}

/** The people and units of `event` that its title names (by any alias). */
function titledEntities(event: PackEvent, entityNumber: Map<string, number>, entities: readonly Entity[]): number[] {
  const title = foldString(event.title);
  const out: number[] = [];
  for (const id of event.entityIds) {
    const n = entityNumber.get(id);
    const entity = n === undefined ? undefined : entities[n];
    if (n === undefined || !entity || (entity.kind !== 'person' && entity.kind !== 'unit')) continue;
    if ([entity.name, ...entity.aliases.map((a) => a.text)].some((a) => namesIn(title, foldString(a)))) out.push(n);
  }
  return out;
}

function toDay(iso: string | undefined): number {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return 0;
  return Number(iso.replaceAll('-', ''));
}

/** Builds a CSR table from `lists[i]` = the events (deduplicated) of item i, weighted by their specificity. */
function csr(
  lists: Set<number>[],
  totalEvents: number,
  factor: (item: number) => number = () => 1,
): { start: Int32Array; events: Int32Array; weights: Float32Array } {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((set, i) => (start[i + 1] = (start[i] as number) + set.size));
  const events = new Int32Array(start[lists.length] as number);
  const weights = new Float32Array(events.length);
  lists.forEach((set, i) => {
    let at = start[i] as number;
    const w = specificity(set.size, totalEvents) * factor(i);
    for (const e of [...set].sort((a, b) => a - b)) {
      events[at] = e;
      weights[at] = w;
      at++;
    }
  });
  return { start, events, weights };
}

/** Compiles the events of a pack (with their claims, to find each event's entities and hint terms). */
export function compileEventIndex(events: PackEvent[], claims: Claim[], entities: readonly Entity[]): EventIndex {
  const entityIds = entities.map((e) => e.id);
  const eventNumber = new Map(events.map((e, i) => [e.id, i]));
  const entityNumber = new Map(entityIds.map((id, i) => [id, i]));
  const entityEvents = entityIds.map(() => new Set<number>());
  const termNumber = new Map<string, number>();
  const termEvents: Set<number>[] = [];
  const termLangs: number[] = [];
  const addTerm = (key: string, event: number, lang: number): void => {
    let t = termNumber.get(key);
    if (t === undefined) {
      t = termEvents.length;
      termNumber.set(key, t);
      termEvents.push(new Set());
      termLangs.push(0);
    }
    termEvents[t]?.add(event);
    termLangs[t] = (termLangs[t] as number) | lang;
  };
  events.forEach((event, i) => {
    for (const id of event.entityIds) entityEvents[entityNumber.get(id) ?? -1]?.add(i);
    for (const term of event.terms ?? []) {
      const lang = languageBit(baseLanguage(term.lang) ?? 'und');
      for (const key of eventTermKeys(term.text, term.lang)) addTerm(key, i, lang);
    }
  });
  for (const claim of claims) {
    const e = eventNumber.get(claim.eventId);
    if (e === undefined) continue;
    for (const id of claim.hints.entityIds) entityEvents[entityNumber.get(id) ?? -1]?.add(e);
  }
  const ent = csr(entityEvents, events.length, (i) => KIND_SALIENCE[entities[i]?.kind ?? 'place']);
  const term = csr(termEvents, events.length);
  const titledLists = events.map((event) => titledEntities(event, entityNumber, entities));
  const titledStart = new Int32Array(events.length + 1);
  titledLists.forEach((l, i) => (titledStart[i + 1] = (titledStart[i] as number) + l.length));
  const dates = new Int32Array(events.length * 2);
  events.forEach((event, i) => {
    dates[i * 2] = toDay(event.date.start);
    dates[i * 2 + 1] = toDay(event.date.end ?? event.date.start);
  });
  return {
    eventIds: events.map((e) => e.id),
    dates,
    entStart: ent.start,
    entEvents: ent.events,
    entWeights: ent.weights,
    terms: buildStringTable([...termNumber.keys()]),
    termStart: term.start,
    termEvents: term.events,
    termWeights: term.weights,
    termLangs: Int32Array.from(termLangs),
    titledStart,
    titled: Int32Array.from(titledLists.flat()),
  };
}
