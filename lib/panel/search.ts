/**
 * Search as you type: each keystroke restarts a short wait, and only the
 * answer to the latest query is shown, so a slow reply to "dug" can never
 * overwrite the answer to "dugina".
 */
import type { SearchHit } from '../db/search';

/** A search result, re-exported so views need not reach into the database module. */
export type { SearchHit };

/** How long typing must pause before a query is sent. */
export const SEARCH_DELAY_MS = 80;

/** Options of a `LatestSearch`. */
export interface LatestSearchOptions<T> {
  delayMs: number;
  /** Runs one query. */
  run: (query: string) => Promise<T>;
  /** Receives the answer to the latest query only. */
  onResult: (query: string, value: T) => void;
  /** The answer for a blank query, given at once without running anything. */
  blank: T;
}

/** Debounces queries and drops every answer that is not to the latest one. */
export class LatestSearch<T> {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private disposed = false;

  constructor(private readonly options: LatestSearchOptions<T>) {}

  /** The reader typed: schedule `query`, superseding anything pending or in flight. */
  input(query: string): void {
    clearTimeout(this.timer);
    const generation = ++this.generation;
    if (query.trim() === '') {
      this.options.onResult(query, this.options.blank);
      return;
    }
    this.timer = setTimeout(() => {
      void this.options.run(query).then((value) => {
        if (!this.disposed && generation === this.generation) this.options.onResult(query, value);
      });
    }, this.options.delayMs);
  }

  /** Stops delivering answers (the view went away). */
  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
  }
}

/** Results of one kind, in display order. */
export interface HitGroup {
  kind: SearchHit['kind'];
  hits: SearchHit[];
}

const GROUP_ORDER: readonly SearchHit['kind'][] = ['event', 'entity', 'claim', 'outlet'];

/** Groups hits by kind (events first: they open comparisons), keeping each kind's ranking. */
export function groupHits(hits: readonly SearchHit[]): HitGroup[] {
  return GROUP_ORDER.map((kind) => ({ kind, hits: hits.filter((h) => h.kind === kind) })).filter(
    (g) => g.hits.length > 0,
  );
}
