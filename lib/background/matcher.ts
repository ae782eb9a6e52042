/**
 * Holds the compiled recognition index for the background: the dataset's
 * entities and claims, plus the reader's flags as claims, so a flagged claim is
 * recognised on other outlets' pages. The dataset part is compiled once per
 * pack; flags are added on top and re-added when they change.
 */
import type { Claim } from '../dataset/types';
import { packStamp, readPackMeta } from '../db/meta';
import { getMatchData } from '../db/queries';
import type { ParallaxDB } from '../db/schema';
import { addClaims, compileIndex, loadIndex, serializeIndex, type IndexSnapshot, type MatchIndex } from '../match';

/** The index and what the page needs to label its matches. */
export interface CompiledMatcher {
  index: MatchIndex;
  /** Entity name or event title by id (ids are unique across both). */
  names: Map<string, string>;
  /** A dataset claim by id (flags excluded); the lookup table is built on first use. */
  claim: (id: string) => Claim | undefined;
  /** Ids of claims that are the reader's flags. */
  flagIds: Set<string>;
}

type Base = Omit<CompiledMatcher, 'flagIds'>;

/** The compiled dataset index as kept in the database between service-worker starts. */
interface CachedIndex {
  index: IndexSnapshot;
  names: [string, string][];
}

const CACHE_KEY = 'match-index';

// Claim records are needed only to name suggestions for a new flag: the table waits for that.
function claimLookup(claims: () => readonly Claim[]): (id: string) => Claim | undefined {
  let byId: Map<string, Claim> | null = null;
  return (id) => (byId ??= new Map(claims().map((c) => [c.id, c]))).get(id);
}

/** Lazily compiles and caches the match index. */
export class MatcherService {
  private base: Promise<Base> | null = null;
  private compiled: Promise<CompiledMatcher> | null = null;
  /** Where the dataset index last came from: restored from the database or compiled now. */
  source: 'cache' | 'compiled' | null = null;

  constructor(
    private readonly db: ParallaxDB,
    private readonly flagClaims: () => Promise<Claim[]>,
  ) {}

  /** The dataset's index without flags (claim suggestions for a new flag). */
  dataset(): Promise<Base> {
    if (!this.base) {
      const building = this.restoreOrCompile();
      // A failed build must not be cached: the next request tries again.
      building.catch(() => {
        if (this.base === building) this.base = null;
      });
      this.base = building;
    }
    return this.base;
  }

  /**
   * A service worker is stopped after half a minute idle; compiling 100k aliases
   * again at every start would cost seconds. The compiled index is kept in the
   * database, tagged with the pack load it came from, and restored when current.
   */
  private async restoreOrCompile(): Promise<Base> {
    const stamp = packStamp(await readPackMeta(this.db));
    const cached = stamp === null ? undefined : await this.db.derived.get(CACHE_KEY);
    if (cached && cached.stamp === stamp) {
      try {
        const { index, names } = cached.value as CachedIndex;
        const restored = loadIndex(index);
        this.source = 'cache';
        return { index: restored, names: new Map(names), claim: claimLookup(() => restored.claimSource) };
      } catch {
        // An index from an older build of the matcher: compile afresh below.
      }
    }
    const data = await getMatchData(this.db);
    const index = compileIndex(data);
    const names = new Map([
      ...data.entities.map((e): [string, string] => [e.id, e.name]),
      ...data.events.map((e): [string, string] => [e.id, e.title]),
    ]);
    this.source = 'compiled';
    if (stamp !== null) {
      const value: CachedIndex = { index: serializeIndex(index), names: [...names] };
      // Failing to keep the cache only costs the next start a compile.
      await this.db.derived.put({ key: CACHE_KEY, stamp, value }).catch(() => undefined);
    }
    return { index, names, claim: claimLookup(() => data.claims) };
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
