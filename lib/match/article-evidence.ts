/**
 * What an article gives as evidence for each event, before it is weighed
 * (article.ts): the weights and bars of the article score, the page facts
 * every step reads, and the names and words found per event, each counted
 * once at its best place. The page's days against an event's are in
 * event-days.ts.
 */
import type { FoundEntity } from './entity-finder';
import { languageBit, type EventIndex } from './event-index';
import { pageTermKeys, pairFirsts } from './event-terms';
import { lookupString } from './hash';
import type { Lang } from './lang/detect';
import { TokenFlag, type Tokens } from './tokenize';
import type { TextSpan } from './types';

/** Weights and bars of the article score, set on the tuning half of the real-coverage set. */
export const ARTICLE_SCORING = {
  entity: 1,
  entityCap: 2.5,
  term: 0.3,
  termCap: 3,
  claim: 1.5,
  figure: 0.6,
  date: 0.4,
  published: 0.3,
  /** Extra weight of evidence in the headline. */
  headline: 0.5,
  /** Score an event needs… */
  threshold: 3,
  /** …with at least this many kinds of evidence… */
  minKinds: 2,
  /** …and at least this share of the page's best event score. */
  minShareOfBest: 0.5,
  /** An event whose names are mostly (this share) a stronger recognised event's… */
  rivalOverlap: 0.5,
  /** …is dropped when it has fewer than this many distinctive words of its own. */
  rivalOwnWords: 2,
  /**
   * …and either a name that belongs to it alone (or nearly: this specificity) or a sentence
   * close to one of its claims: words and generic names in common are not enough.
   */
  minSpecific: 0.75,
  minClaimWithoutSpecific: 0.4,
  /** …or this many words that belong to this event alone. */
  ownWordsAnchor: 2,
  /**
   * Also recognised, whatever the score: a person or unit that belongs to this event
   * alone, named beside the event's own words (in any language, no sentence need match).
   */
  uniqueName: 0.9,
  uniqueNameTerms: 2,
  /** …when the page names them first within this many characters (its headline and lead: whom it is about). */
  leadChars: 600,
  /** …or this many names of any kind that belong to this event alone, named together. */
  ownNames: 2,
  /** …or this many words that belong to this event alone, with a sentence near one of its claims (kindClaim). */
  ownWordsAlone: 4,
  /** …or this many, whatever else the article shows. */
  ownWordsMany: 7,
  /** Kinds of evidence that, with its story in the headline and a close sentence, stand in for an event's title name. */
  headlineKinds: 4,
  /** What counts as a kind being present. */
  kindEntity: 0.6,
  kindTerm: 0.8,
  kindClaim: 0.3,
  /** A one-word term key shorter than this counts only on pages in a language a term of it is written in. */
  foreignStem: 5,
  /** Days after an event's end a report of it may still be published as news… */
  newsWindowDays: 60,
  /** …and beyond which the page is about something later (another year). */
  laterDays: 400,
  /** Days before an event's start a page may be dated (time zones, live blogs). */
  earlyDays: 3,
};

/** What the sentence matcher found for one event: its best claim score, and figures and dates that matched. */
export interface SentenceEvidence {
  claim: number;
  figures: Set<string>;
  dates: Set<string>;
  /** Figures of the event's claims written beside the actor they come from (see event-figures.ts). */
  sourced: Set<string>;
}

/** What is known of a page once it is tokenised and its entities found: what every later step reads. */
export interface PageFacts {
  text: string;
  toks: Tokens;
  found: FoundEntity[];
  lang: Lang;
  headline?: TextSpan;
  /** `YYYY-MM-DD`. */
  published?: string;
}

/** What article-level recognition needs: the page, and the best sentence evidence by event number. */
export interface ArticleInput extends PageFacts {
  sentences: Map<number, SentenceEvidence>;
  /** The page's blocks, when known: which days the article itself writes (see `latestWrittenDay`). */
  blocks?: readonly TextSpan[];
}

/** Where each piece of an event's evidence is in the text (`at`), with its weight, the k-th of each together. */
export interface Places {
  at: number[];
  weight: number[];
}

export interface Tally {
  entity: number;
  term: number;
  entities: Map<string, number>;
  /** By term key: its best weight, and the words of the page it was found as (shown to the reader). */
  terms: Map<number, { weight: number; label: string }>;
  headline: boolean;
  /** The weight of the most telling entity found, headline aside (1: a person or unit only this event has). */
  specific: number;
  /** Where the page first names a person or unit of this event alone (see ARTICLE_SCORING.uniqueName), or Infinity. */
  uniqueAt: number;
  /** Where the page first names one of the names that belong to this event alone (`own`), or Infinity. */
  ownAt: number;
  /** Names found that belong to this event alone in the pack (any kind: places and organisations too). */
  own: Set<number>;
  /** Words found that belong to this event alone in the pack (by term key), names aside. */
  ownWords: Set<number>;
  /** Labels of the terms found only as (part of) a name the entity finder found: names, not words. */
  nameTerms: Set<string>;
  /** Where each piece of evidence is in the text, with its weight: to find the sentence that says most. */
  places: Places;
}

export function tally(tallies: Map<number, Tally>, e: number): Tally {
  let t = tallies.get(e);
  if (!t) {
    t = {
      entity: 0,
      term: 0,
      entities: new Map(),
      terms: new Map(),
      headline: false,
      specific: 0,
      uniqueAt: Number.POSITIVE_INFINITY,
      ownAt: Number.POSITIVE_INFINITY,
      own: new Set(),
      ownWords: new Set(),
      nameTerms: new Set(),
      places: { at: [], weight: [] },
    };
    tallies.set(e, t);
  }
  return t;
}

const inside = (span: TextSpan | undefined, at: number): boolean => !!span && at >= span.start && at < span.end;

/** True for a word written as a name: an acronym, or capitalised where a sentence does not begin. */
function nameLike(toks: Tokens, tok: number, text: string): boolean {
  const flags = toks.flags[tok] ?? 0;
  if (flags & TokenFlag.AllCaps) return true;
  if (!(flags & TokenFlag.Capitalised)) return false;
  let at = (toks.start[tok] as number) - 1;
  while (at >= 0 && (text[at] === ' ' || text[at] === '\u00a0')) at--;
  return at >= 0 && !/[.!?:;\n"«»“”„()\-–—]/.test(text[at] ?? '');
}

/** The words of the page a term key was found as, at token `tok`: one word, or the two of a pair. */
function termLabel({ text, toks }: PageFacts, tok: number, key: string): string {
  const start = toks.start[tok] as number;
  if (!key.includes(' ')) return text.slice(start, toks.end[tok]);
  return text
    .slice(start, toks.end[Math.min(tok + 3, toks.count - 1)])
    .split(/\s+/)
    .slice(0, 2)
    .join(' ');
}

/** Entity and term evidence per event; each entity or term counts once, at its best place. */
export function gather(ev: EventIndex, entityIds: readonly string[], input: ArticleInput): Map<number, Tally> {
  const tallies = new Map<number, Tally>();
  const { headline } = input;
  for (const f of input.found) {
    if (f.entity < 0) continue;
    const id = entityIds[f.entity] ?? '';
    const boost = inside(headline, f.start) ? 1 + ARTICLE_SCORING.headline : 1;
    const from = ev.entStart[f.entity] as number;
    const to = ev.entStart[f.entity + 1] as number;
    for (let k = from; k < to; k++) {
      const t = tally(tallies, ev.entEvents[k] as number);
      if (to - from === 1) {
        t.own.add(f.entity);
        t.ownAt = Math.min(t.ownAt, f.start);
      }
      const w = (ev.entWeights[k] as number) * boost;
      if ((t.entities.get(id) ?? 0) < w) t.entities.set(id, w);
      t.specific = Math.max(t.specific, ev.entWeights[k] as number);
      if ((ev.entWeights[k] as number) >= ARTICLE_SCORING.uniqueName) t.uniqueAt = Math.min(t.uniqueAt, f.start);
      t.places.at.push(f.start);
      t.places.weight.push(ev.entWeights[k] as number);
      if (boost > 1) t.headline = true;
    }
  }
  const { toks, text } = input;
  // The names found, by start: whether a word lies inside one is a binary search, not a walk over all names.
  const names = input.found.filter((f) => f.entity >= 0).sort((a, b) => a.start - b.start);
  const named = (at: number): boolean => {
    let lo = 0;
    let hi = names.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const f = names[mid] as FoundEntity;
      if (at < f.start) hi = mid - 1;
      else if (at >= f.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
  // The events each word (or pair) of the page was already counted for: its second reading counts only
  // where its first found nothing.
  const pageLang = languageBit(input.lang);
  const counted = new Set<number>();
  let last = -1;
  const fresh: number[] = [];
  const visit = (key: string, tok: number, pair: boolean): void => {
    // One word, or one pair, is one place: its readings follow one another.
    const place = tok * 2 + (pair ? 1 : 0);
    if (place !== last) {
      counted.clear();
      last = place;
    }
    const id = lookupString(ev.terms, key);
    if (id < 0) return;
    // A short stem that only another language's terms have is a chance likeness (Polish luty, February,
    // and Portuguese lutar, fight, both give lut), not the event's word; a long one is a shared word, and a
    // name (ZOV, Tver) is one in every language.
    if (
      !pair &&
      key.length < ARTICLE_SCORING.foreignStem &&
      !((ev.termLangs[id] as number) & pageLang) &&
      !nameLike(toks, tok, text)
    )
      return;
    const start = toks.start[tok] as number;
    const isName = named(start);
    const boost = inside(headline, start) ? 1 + ARTICLE_SCORING.headline : 1;
    // The words shown to the reader, read only where a term is kept: most words of a page are met again.
    let label = '';
    const termFrom = ev.termStart[id] as number;
    const termTo = ev.termStart[id + 1] as number;
    fresh.length = 0;
    for (let k = termFrom; k < termTo; k++) {
      const e = ev.termEvents[k] as number;
      if (counted.has(e)) continue;
      fresh.push(e);
      const t = tally(tallies, e);
      if (termTo - termFrom === 1) t.ownWords.add(id);
      const w = (ev.termWeights[k] as number) * boost;
      if ((t.terms.get(id)?.weight ?? 0) < w)
        t.terms.set(id, { weight: w, label: (label ||= termLabel(input, tok, key)) });
      if (isName) t.nameTerms.add((label ||= termLabel(input, tok, key)));
      t.places.at.push(start);
      t.places.weight.push(ev.termWeights[k] as number);
      if (boost > 1) t.headline = true;
    }
    for (const e of fresh) counted.add(e);
  };
  pageTermKeys(toks, 0, toks.count, input.lang, visit, undefined, pairFirsts(ev.terms.strings));
  for (const t of tallies.values()) {
    t.entity = [...t.entities.values()].reduce((a, b) => a + b, 0);
    t.term = [...t.terms.values()].reduce((a, b) => a + b.weight, 0);
  }
  return tallies;
}
