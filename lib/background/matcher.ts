/**
 * Holds the compiled recognition index for the background. Built on first use
 * from the database and rebuilt when the dataset changes.
 */
import { compileIndex, type MatchIndex } from '../match';
import { getMatchData } from '../db/queries';
import type { ParallaxDB } from '../db/schema';

/** Lazily compiles and caches the match index. */
export class MatcherService {
  private index: Promise<MatchIndex> | null = null;

  constructor(private readonly db: ParallaxDB) {}

  /** The current index, compiling it if needed. */
  get(): Promise<MatchIndex> {
    this.index ??= getMatchData(this.db).then((data) => compileIndex(data));
    // A failed build must not be cached: the next request tries again.
    this.index.catch(() => (this.index = null));
    return this.index;
  }

  /** Drops the index so the next request rebuilds it from the database. */
  invalidate(): void {
    this.index = null;
  }
}
