/**
 * Article-level recognition: every piece of evidence in the article counts
 * toward the event it points to. Named entities (weighted by how few events
 * share them), the event's distinctive terms in the article's language, the
 * best sentence-level claim score, matching figures and dates, the headline
 * (weighted), and the page's publication day (or, when it gives none, the last
 * day its text reports in full) against the event's dates. An
 * event is recognised when independent kinds of evidence agree, anchored by a
 * telling name, a sentence close to a claim or words only it has, or when a person or unit that
 * belongs to it alone, or several names that only it has, are named beside its
 * own words, or many of its own words stand beside a sentence close to one of its
 * claims, or very many of them are found; and it is not far behind the best event
 * of the page. The weights were set on the tuning half of the real-coverage set
 * (tests/bench/recognition).
 */
import { ARTICLE_SCORING, gather, tally, type ArticleInput, type Places, type Tally } from './article-evidence';
import { CLAIM_SCORING } from './claim-scoring';
import { dayNumber } from './dates';
import { latestWrittenDay, publishedAgainst, writtenLater } from './event-days';
import type { EventIndex } from './event-index';
import type { ArticleWhy } from './types';

/** The verdict on one event of a page. */
export interface EventVerdict {
  event: number;
  score: number;
  recognised: boolean;
  /** The page is dated well outside the event, or never names whom the event is named after: none of its sentences is a report of it. */
  contradicted: boolean;
  why: ArticleWhy;
  /** Offsets and weights of the event's entity and term evidence in the text. */
  places: Readonly<Places>;
  /** Its terms found only as names (see Tally.nameTerms). */
  nameTerms: ReadonlySet<string>;
  /**
   * Not recognised, and most of its names point to an event the page is recognised as reporting: its
   * evidence is that event's (a sequel or a forerunner told as background), not support of its own.
   */
  overshadowed: boolean;
}

const round = (x: number): number => Math.round(x * 100) / 100;

/** The share of the weaker event's names that the stronger one was also pointed to by. */
function sharedNames(strong: EventVerdict, weak: EventVerdict): number {
  const names = weak.why.entityIds;
  if (names.length === 0) return 0;
  return names.filter((id) => strong.why.entityIds.includes(id)).length / names.length;
}

/**
 * Whether two events' days are known and one began more than a news window after the other ended: a
 * report of the earlier one was no longer news when the later one happened (a sequel, not a sibling).
 */
function apart(ev: EventIndex, a: number, b: number): boolean {
  const day = (i: number): number => dayNumber(ev.dates[i] as number);
  if (ev.dates[a * 2] === 0 || ev.dates[b * 2] === 0) return false;
  const gap = Math.max(day(b * 2) - day(a * 2 + 1), day(a * 2) - day(b * 2 + 1));
  return gap > ARTICLE_SCORING.newsWindowDays;
}

/**
 * Whether `story` reads as background in a page about `main`: the two happened more than a news window apart,
 * and most of the story's names are the main event's (a sequel and the story it retells, either way round).
 */
function toldApart(ev: EventIndex, main: EventVerdict, story: EventVerdict): boolean {
  return apart(ev, main.event, story.event) && sharedNames(main, story) >= ARTICLE_SCORING.rivalOverlap;
}

/** Whether event `a` began after event `b` did. */
function startsAfter(ev: EventIndex, a: number, b: number): boolean {
  return (ev.dates[a * 2] as number) > (ev.dates[b * 2] as number);
}

/** True unless event `e` is named after people or units (see EventIndex.titled) none of whom the page names. */
function namesTitled(ev: EventIndex, e: number, t: Tally, entityIds: readonly string[]): boolean {
  const from = ev.titledStart[e] as number;
  const to = ev.titledStart[e + 1] as number;
  if (from === to) return true;
  for (let k = from; k < to; k++) if (t.entities.has(entityIds[ev.titled[k] as number] ?? '')) return true;
  return false;
}

/** Weighs every event the article gives evidence for, and says which are recognised. */
export function recogniseEvents(
  ev: EventIndex,
  entityIds: readonly string[],
  input: ArticleInput,
): Map<number, EventVerdict> {
  const S = ARTICLE_SCORING;
  const tallies = gather(ev, entityIds, input);
  for (const e of input.sentences.keys()) tally(tallies, e);
  const verdicts = new Map<number, EventVerdict>();
  // Events one of whose claims a sentence of the page reports as closely as a lone sentence must.
  const told = new Set<number>();
  let best = 0;
  // Without a publication day, the last day the text reports in full stands in for its lower bound.
  const latest = input.published ? undefined : latestWrittenDay(input.text, input.blocks);
  for (const [e, t] of tallies) {
    const sentence = input.sentences.get(e);
    const claim = sentence?.claim ?? 0;
    // A sentence reports one of its claims as closely as a lone sentence must.
    const close = claim >= CLAIM_SCORING.unsupportedThreshold;
    if (close) told.add(e);
    const figures = [...(sentence?.figures ?? [])];
    const dates = [...(sentence?.dates ?? [])];
    const when = publishedAgainst(ev, e, input.published);
    const entity = Math.min(S.entityCap, t.entity);
    const term = Math.min(S.termCap, t.term);
    const score =
      S.entity * entity +
      S.term * term +
      S.claim * claim +
      (figures.length > 0 ? S.figure : 0) +
      (dates.length > 0 ? S.date : 0) +
      (when === 'within' ? S.published : 0);
    const kinds = [
      entity >= S.kindEntity,
      term >= S.kindTerm,
      claim >= S.kindClaim,
      figures.length > 0,
      dates.length > 0,
      when === 'within',
    ].filter(Boolean).length;
    // An event named after a person or unit (the killing of Darya Dugina, Filatyev's memoir) is not
    // reported by an article that never names them: that is another story of the same kind. Unless a
    // sentence reports one of its claims as closely as a lone sentence must, beside a name only this story
    // has or very many words only it has; or a sentence near one of its claims, beside such a name and
    // several words only it has: the first reports of a story may come before the name is out (the Mi-8
    // pilot's, days after his flight: the helicopter, its crew, the spare parts it carried, the intelligence
    // chief who told of it). Or, with no such name, a sentence that close under a headline that tells the
    // story, and four kinds of evidence agreeing ("Russian pilot defected to Ukraine with Mi-8 helicopter").
    const unnamed =
      !namesTitled(ev, e, t, entityIds) &&
      !(
        (close &&
          (t.specific >= S.minSpecific ||
            t.ownWords.size >= S.ownWordsMany ||
            (t.headline && kinds >= S.headlineKinds))) ||
        (claim >= S.kindClaim && t.specific >= S.minSpecific && t.ownWords.size >= S.ownWordsAlone)
      );
    const contradicted = when === 'later' || when === 'before' || writtenLater(ev, e, latest) || unnamed;
    // Anchored by a telling name, several names only it has (the towns of one offensive), a sentence near
    // a claim, or words no other event has: the people of a story may be shared by several of its sequels,
    // each told apart by what happened in it.
    const anchored =
      t.specific >= S.minSpecific ||
      t.own.size >= S.ownNames ||
      claim >= S.minClaimWithoutSpecific ||
      t.ownWords.size >= S.ownWordsAnchor;
    const agreed = score >= S.threshold && kinds >= S.minKinds && anchored;
    // A person or unit of this event alone, or several names (places, bodies) that only it has, met
    // together: with the event's own words, that says which story this is. They must be named in the
    // headline or the lead: a name met only further down is someone the story recalls (the victim of an
    // earlier bombing), not whom it is about.
    const named =
      (t.uniqueAt < S.leadChars || (t.own.size >= S.ownNames && t.ownAt < S.leadChars)) && t.term >= S.uniqueNameTerms;
    // A figure of one of its claims with the figure's source beside it: two independent pieces of evidence,
    // with another kind beside them (the event's words, its names, a sentence near a claim, a day). A figure
    // and a name alone recur from story to story: the 300,000 of the mobilisation order, said again of a
    // call-up rumoured two years later.
    const sourced = (sentence?.sourced.size ?? 0) > 0 && kinds >= S.minKinds;
    // Many words that only this event has, across the article, and a sentence near one of its claims:
    // what a report in a language its names are rarely written in, or one naming no one, has to show.
    // Seven or more of them tell the story on their own: reports that retell it in their own sentences
    // (the recruitment drive's bonuses, billboards and contracts) come close to none of its claims.
    const worded = (t.ownWords.size >= S.ownWordsAlone && claim >= S.kindClaim) || t.ownWords.size >= S.ownWordsMany;
    const recognised = !contradicted && (agreed || named || sourced || worded);
    if (recognised) best = Math.max(best, score);
    verdicts.set(e, {
      event: e,
      score,
      recognised,
      contradicted,
      places: t.places,
      nameTerms: t.nameTerms,
      overshadowed: false,
      why: {
        score: round(score),
        kinds,
        // The names that tell most of this event first: the popover's why line shows only the first few.
        entityIds: [...t.entities.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id),
        terms: [...new Set([...t.terms.values()].map((x) => x.label))].slice(0, 8),
        figures,
        dates,
        headline: t.headline,
        ...(when === 'within' && input.published ? { published: input.published } : {}),
        parts: { entity: round(t.entity), term: round(t.term), claim: round(claim), specific: round(t.specific) },
      },
    });
  }
  for (const v of verdicts.values()) if (v.recognised && v.score < best * S.minShareOfBest) v.recognised = false;
  // Two events pointed to by the same names (the mobilisation order and its end): the one with less
  // evidence stays recognised only with distinctive words of its own.
  const recognised = [...verdicts.values()].filter((v) => v.recognised).sort((a, b) => b.score - a.score);
  for (let i = 0; i < recognised.length; i++) {
    const strong = recognised[i] as EventVerdict;
    if (!strong.recognised) continue;
    for (const weak of recognised.slice(i + 1)) {
      if (!weak.recognised || sharedNames(strong, weak) < S.rivalOverlap) continue;
      // Names alone cannot tell two stories apart: the weaker one needs words of its own (a name that is
      // also one of its terms is still a name).
      const ownWords = weak.why.terms.filter(
        (term) => !strong.why.terms.includes(term) && !weak.nameTerms.has(term),
      ).length;
      if (ownWords < S.rivalOwnWords) weak.recognised = false;
    }
  }
  // A story and its sequel months later, both recognised: the page is about the sequel, which retells the
  // story as background (a report of Kuzminov's killing recalls his defection); a report of the story
  // could not tell of what came after it. So too a story that began before another of the same names the
  // page tells with more evidence, in the same weeks: the mutiny recalled in a report of the general's fate
  // after it, the mobilisation order in a report of its end. Unless a sentence reports one of the story's
  // claims as closely as a lone sentence must: then the page tells the story again, not only recalls it
  // (the flight, the crew, the reward, in a report of his death).
  for (const earlier of recognised) {
    if (!earlier.recognised || told.has(earlier.event)) continue;
    const background = (v: EventVerdict): boolean =>
      v !== earlier &&
      v.recognised &&
      startsAfter(ev, v.event, earlier.event) &&
      (toldApart(ev, v, earlier) || (v.score > earlier.score && sharedNames(v, earlier) >= S.rivalOverlap));
    if (recognised.some(background)) earlier.recognised = false;
  }
  for (const weak of verdicts.values()) {
    if (weak.recognised) continue;
    weak.overshadowed = recognised.some((strong) => strong.recognised && toldApart(ev, strong, weak));
  }
  return verdicts;
}
