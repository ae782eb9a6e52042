/**
 * Holds the compiled recognition index for the background, with the display
 * names of entities and events. Built on first use from the database and
 * rebuilt when the dataset changes.
 */
import { compileIndex, type MatchIndex } from '../match';
import type { PageMatches } from '../match/types';
import { getMatchData } from '../db/queries';
import type { ParallaxDB } from '../db/schema';

/** The index and what the page needs to label its matches. */
export interface CompiledMatcher {
  index: MatchIndex;
  /** Entity name or event title by id (ids are unique across both). */
  names: Map<string, string>;
}

/** Lazily compiles and caches the match index. */
export class MatcherService {
  private compiled: Promise<CompiledMatcher> | null = null;

  constructor(private readonly db: ParallaxDB) {}

  /** The current index, compiling it if needed. */
  get(): Promise<CompiledMatcher> {
    if (!this.compiled) {
      const building = getMatchData(this.db).then((data) => ({
        index: compileIndex(data),
        names: new Map([...data.entities.map((e): [string, string] => [e.id, e.name]), ...data.events.map((e): [string, string] => [e.id, e.title])]),
      }));
      // A failed build must not be cached: the next request tries again.
      building.catch(() => {
        if (this.compiled === building) this.compiled = null;
      });
      this.compiled = building;
    }
    return this.compiled;
  }

  /** Drops the index so the next request rebuilds it from the database. */
  invalidate(): void {
    this.compiled = null;
  }
}

/** The names a page needs for its matches. */
export function namesFor(matches: PageMatches, names: ReadonlyMap<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const hit of matches.entities) out[hit.id] = names.get(hit.id) ?? hit.id;
  for (const hit of matches.claims) out[hit.eventId] = names.get(hit.eventId) ?? hit.eventId;
  return out;
}
