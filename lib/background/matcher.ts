/**
 * Holds the compiled recognition index for the background: the dataset's
 * entities and claims, plus the reader's flags as claims, so a flagged claim is
 * recognised on other outlets' pages. The dataset part is compiled once per
 * pack; flags are added on top and re-added when they change.
 */
import { addClaims, compileIndex, type MatchIndex } from '../match';
import type { PageMatches } from '../match/types';
import type { Claim } from '../dataset/types';
import { getMatchData } from '../db/queries';
import type { ParallaxDB } from '../db/schema';

/** The index and what the page needs to label its matches. */
export interface CompiledMatcher {
  index: MatchIndex;
  /** Entity name or event title by id (ids are unique across both). */
  names: Map<string, string>;
  /** The dataset's claims by id (flags excluded). */
  claims: Map<string, Claim>;
  /** Ids of claims that are the reader's flags. */
  flagIds: Set<string>;
}

type Base = Omit<CompiledMatcher, 'flagIds'>;

/** Lazily compiles and caches the match index. */
export class MatcherService {
  private base: Promise<Base> | null = null;
  private compiled: Promise<CompiledMatcher> | null = null;

  constructor(
    private readonly db: ParallaxDB,
    private readonly flagClaims: () => Promise<Claim[]>,
  ) {}

  /** The dataset's index without flags (claim suggestions for a new flag). */
  dataset(): Promise<Base> {
    if (!this.base) {
      const building = getMatchData(this.db).then((data) => ({
        index: compileIndex(data),
        names: new Map([...data.entities.map((e): [string, string] => [e.id, e.name]), ...data.events.map((e): [string, string] => [e.id, e.title])]),
        claims: new Map(data.claims.map((c) => [c.id, c])),
      }));
      // A failed build must not be cached: the next request tries again.
      building.catch(() => {
        if (this.base === building) this.base = null;
      });
      this.base = building;
    }
    return this.base;
  }

  /** The index with the reader's flags, compiling what is missing. */
  get(): Promise<CompiledMatcher> {
    if (!this.compiled) {
      const building = Promise.all([this.dataset(), this.flagClaims()]).then(([base, flags]) => ({
        ...base,
        index: flags.length > 0 ? addClaims(base.index, flags) : base.index,
        flagIds: new Set(flags.map((f) => f.id)),
      }));
      building.catch(() => {
        if (this.compiled === building) this.compiled = null;
      });
      this.compiled = building;
    }
    return this.compiled;
  }

  /** Drops everything: the dataset changed. */
  invalidate(): void {
    this.base = null;
    this.compiled = null;
  }

  /** Drops the flags layer: the reader's flags changed. */
  invalidateFlags(): void {
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
