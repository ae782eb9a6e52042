/**
 * The spans already drawn from one reading, kept sorted by start so a new
 * span's conflicts are found among its neighbours instead of among every
 * drawn span: a dense article has hundreds of highlights, and checking each
 * against all the others cost more than drawing them. Entities (a few words)
 * and sentence spans (claims, flags) are kept apart, so looking back over the
 * longest sentence never means walking past dozens of entities.
 */

/** One drawn span: `[start, end)` and whether it is an entity (entities never stack on each other). */
export interface SetSpan {
  start: number;
  end: number;
  entity: boolean;
}

/** Spans sorted by start, with the length of the longest. */
class SortedSpans {
  readonly spans: SetSpan[] = [];
  /** No span starting further back than this can reach a later position. */
  longest = 0;
  /** The furthest end of any span held (not lowered by deletes): nothing held reaches past it. */
  furthest = 0;

  // Index of the first span whose start is at least `position` (binary search).
  firstStartingAt(position: number): number {
    let low = 0;
    let high = this.spans.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.spans[middle] as SetSpan).start < position) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  // True when a held span crosses `span`, or with `anyOverlap` merely overlaps it.
  crossing(span: SetSpan, anyOverlap: boolean): boolean {
    // Drawn in text order, a span usually starts after everything held: nothing to look through.
    if (span.start >= this.furthest) return false;
    const { spans } = this;
    for (let index = this.firstStartingAt(span.start - this.longest); index < spans.length; index += 1) {
      const other = spans[index] as SetSpan;
      if (other.start >= span.end) return false;
      if (other.end <= span.start) continue;
      if (anyOverlap) return true;
      const nested =
        (span.start >= other.start && span.end <= other.end) || (other.start >= span.start && other.end <= span.end);
      if (!nested) return true;
    }
    return false;
  }

  add(span: SetSpan): void {
    this.spans.splice(this.firstStartingAt(span.start + 1), 0, span);
    this.longest = Math.max(this.longest, span.end - span.start);
    this.furthest = Math.max(this.furthest, span.end);
  }

  delete(span: SetSpan): void {
    for (let index = this.firstStartingAt(span.start); index < this.spans.length; index += 1) {
      const other = this.spans[index] as SetSpan;
      if (other.start > span.start) return;
      if (other === span) {
        this.spans.splice(index, 1);
        return;
      }
    }
  }
}

/** Drawn spans of one reading; spans either nest or stay apart, and entities never overlap each other. */
export class SpanSet {
  private readonly entities = new SortedSpans();
  private readonly sentences = new SortedSpans();

  /** Spans held. */
  get size(): number {
    return this.entities.spans.length + this.sentences.spans.length;
  }

  /**
   * True when `span` may not be drawn beside the held ones: it crosses one
   * (overlaps without nesting), or it is an entity on words another entity holds.
   */
  conflicts(span: SetSpan): boolean {
    return this.sentences.crossing(span, false) || this.entities.crossing(span, span.entity);
  }

  /** Holds `span` (the caller has checked `conflicts`). */
  add(span: SetSpan): void {
    (span.entity ? this.entities : this.sentences).add(span);
  }

  /** Forgets `span` (the same object given to `add`). */
  delete(span: SetSpan): void {
    (span.entity ? this.entities : this.sentences).delete(span);
  }
}
