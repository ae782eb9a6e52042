/**
 * Between claim numbers and event numbers of a compiled index, computed once
 * per claim index (adding the reader's flags makes a new one) and kept.
 */
import type { EventIndex } from './event-index';
import type { MatchIndex } from './index-types';

interface Links {
  /** Event number of each claim, -1 for a claim of no known event. */
  claimEvent: Int32Array;
  /** First claim of each event, -1 for an event without claims. */
  firstClaim: Int32Array;
}

const cache = new WeakMap<object, Links>();

function links(ix: MatchIndex): Links {
  let found = cache.get(ix.claims);
  if (!found) {
    const eventNumber = new Map(ix.eventIndex.eventIds.map((id, i) => [id, i]));
    const claimEvent = Int32Array.from(ix.claims.eventIds, (id) => eventNumber.get(id) ?? -1);
    const firstClaim = new Int32Array(ix.eventIndex.eventIds.length).fill(-1);
    claimEvent.forEach((e, c) => {
      if (e >= 0 && firstClaim[e] === -1) firstClaim[e] = c;
    });
    found = { claimEvent, firstClaim };
    cache.set(ix.claims, found);
  }
  return found;
}

/** The compiled event side of the index. */
export function eventIndexOf(ix: MatchIndex): EventIndex {
  return ix.eventIndex;
}

/** Event number of every claim (by claim number), -1 for a claim of no known event. */
export function claimEvents(ix: MatchIndex): Int32Array {
  return links(ix).claimEvent;
}

/** The first claim of event `e` in pack order, -1 when it has none. */
export function firstClaimOf(ix: MatchIndex, e: number): number {
  return links(ix).firstClaim[e] ?? -1;
}
