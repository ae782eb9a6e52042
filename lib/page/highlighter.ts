/**
 * Draws hits as `<parallax-mark>` elements and takes them away again, leaving
 * the page's DOM exactly as it was.
 *
 * A small wrapper over `TextMap` rather than mark.js `markRanges`: mark.js
 * re-reads the DOM text itself (its own offsets, its own idea of which
 * elements to skip) and undoes with `normalize()`, which would merge text
 * nodes the page had separate. Here offsets come from the same reading the
 * matcher saw, and undoing merges only what was split (see `fragments.ts`).
 * The approach follows hypothesis/client's `src/annotator/highlighter.ts`:
 * split text nodes at the span's edges, wrap each whole text node inside.
 */
import { FragmentIndex, type RootPoint } from './fragments';
import { HIT_ATTRIBUTE, MarkFactory } from './mark-element';
import { injectMarkStyles } from './mark-styles';
import { NON_PHRASING_PARENTS } from './site-rules';
import type { StretchMeter } from './slicing';
import { SpanSet, type SetSpan } from './span-set';
import type { TextMap } from './text-map';
import type { ApplyReport, HighlightHit, SkippedHit } from './types';
import { yieldToMain } from './yield';

/** Options fixed for a highlighter's lifetime. */
export interface HighlighterOptions {
  /** Aborting removes every highlight and the stylesheet. */
  signal?: AbortSignal;
  /** Most hits drawn on one page; further hits are reported as skipped (`cap`). Default 300. */
  maxHighlights?: number;
  /** Wraps every batch of DOM changes, e.g. so a mutation scanner can ignore them. */
  mutate?: (change: () => void) => void;
  /** The highlight stylesheet (the reader's style and palette), read when the first highlight is drawn; the default look otherwise. */
  css?: () => string;
}

/** Options of one `apply` call. */
export interface ApplyOptions {
  /** Longest stretch of work before yielding to the page, in ms. Default 8. */
  timeBudgetMs?: number;
  /** Told of every pause, to time the longest stretch of a whole scan. */
  meter?: StretchMeter;
}

interface Drawn {
  hit: HighlightHit;
  map: TextMap;
  span: SetSpan;
  serial: number;
  marks: HTMLElement[];
}

// Claims and flags are sentence spans and are drawn first, so entity marks nest inside them.
const kindRank = (hit: HighlightHit): number => (hit.kind === 'entity' ? 1 : 0);

function drawOrder(hits: readonly HighlightHit[]): HighlightHit[] {
  return [...hits].sort((a, b) => kindRank(a) - kindRank(b) || a.start - b.start || b.end - a.end);
}

// Whitespace between table rows or list items is layout: an inline element there would be invalid markup.
function isLayoutWhitespace(node: Text, parent: ParentNode): boolean {
  return (
    parent.nodeType === 1 && NON_PHRASING_PARENTS.has((parent as Element).tagName) && node.data.trim().length === 0
  );
}

/** Highlights hits in one document and restores it exactly on `removeAll()` or abort. */
export class Highlighter {
  private readonly fragments = new FragmentIndex();
  private readonly drawn: Drawn[] = [];
  /** Drawn spans per reading: hits of different readings lie in different text and never conflict. */
  private readonly spans = new WeakMap<TextMap, SpanSet>();
  private readonly marks: MarkFactory;
  private readonly maxHighlights: number;
  private readonly mutate: (change: () => void) => void;
  private removeStyles: (() => void) | null = null;
  private serial = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private applying = false;

  /** Binds the highlighter to `document`; nothing changes in the page until `apply`. */
  constructor(
    private readonly document: Document,
    private readonly options: HighlighterOptions = {},
  ) {
    this.maxHighlights = options.maxHighlights ?? 300;
    this.marks = new MarkFactory(document);
    this.mutate = options.mutate ?? ((change) => change());
    options.signal?.addEventListener('abort', () => this.removeAll(), { once: true });
  }

  /** True while an `apply` is in progress (between its time slices too). */
  get isApplying(): boolean {
    return this.applying;
  }

  /** Number of hits currently drawn. */
  get count(): number {
    return this.drawn.length;
  }

  /**
   * Draws `hits` (offsets into the text `map` was read from) in time slices of
   * `timeBudgetMs`, claims before entities so entity marks nest inside claim
   * marks. Calls are queued, never interleaved.
   */
  apply(map: TextMap, hits: readonly HighlightHit[], options: ApplyOptions = {}): Promise<ApplyReport> {
    const run = this.queue.then(() => this.run(map, hits, options.timeBudgetMs ?? 8, options.meter));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** All mark elements of the hit a mark belongs to (a hit over a link or `<em>` has several). */
  marksOfHit(mark: Element): HTMLElement[] {
    const serial = Number(mark.getAttribute(HIT_ATTRIBUTE));
    return this.drawn.find((entry) => entry.serial === serial)?.marks ?? [];
  }

  /** Removes the highlights of hits that `predicate` selects (e.g. a muted entity); the rest stay. */
  remove(predicate: (hit: HighlightHit) => boolean): void {
    const doomed = this.drawn.filter((entry) => predicate(entry.hit));
    if (doomed.length === 0) return;
    this.mutate(() => {
      for (const entry of doomed) this.unwrap(entry.marks);
      this.fragments.mergeAdjacent();
    });
    for (const entry of doomed) {
      this.drawn.splice(this.drawn.indexOf(entry), 1);
      this.spans.get(entry.map)?.delete(entry.span);
    }
    if (this.drawn.length === 0) this.dropStyles();
  }

  /** Removes every highlight and the stylesheet: the DOM is as before the first `apply`. */
  removeAll(): void {
    const entries = this.drawn.splice(0);
    for (const entry of entries) this.spans.delete(entry.map);
    this.mutate(() => {
      for (let index = entries.length - 1; index >= 0; index -= 1) this.unwrap((entries[index] as Drawn).marks);
      this.fragments.mergeAdjacent();
      this.fragments.clear();
    });
    this.dropStyles();
  }

  private async run(
    map: TextMap,
    hits: readonly HighlightHit[],
    budget: number,
    meter: StretchMeter | undefined,
  ): Promise<ApplyReport> {
    const report: ApplyReport = { drawn: [], skipped: [], slices: 1, longestSliceMs: 0 };
    const ordered = drawOrder(hits);
    const signal = this.options.signal;
    let index = 0;
    this.applying = true;
    try {
      while (index < ordered.length) {
        if (signal?.aborted) break;
        const sliceStart = performance.now();
        this.mutate(() => {
          do {
            const hit = ordered[index] as HighlightHit;
            index += 1;
            const skipped = this.drawOne(map, hit, report);
            if (skipped) report.skipped.push(skipped);
          } while (index < ordered.length && performance.now() - sliceStart < budget);
        });
        report.longestSliceMs = Math.max(report.longestSliceMs, performance.now() - sliceStart);
        if (index < ordered.length) {
          await (meter ? meter.wait(yieldToMain()) : yieldToMain());
          report.slices += 1;
        }
      }
    } finally {
      this.applying = false;
    }
    for (; index < ordered.length; index += 1)
      report.skipped.push({ hit: ordered[index] as HighlightHit, reason: 'aborted' });
    if (signal?.aborted) {
      // Abort during the run: whatever this run drew is gone too.
      this.removeAll();
      for (const entry of report.drawn.splice(0)) report.skipped.push({ hit: entry.hit, reason: 'aborted' });
    }
    return report;
  }

  private drawOne(map: TextMap, hit: HighlightHit, report: ApplyReport): SkippedHit | null {
    if (this.drawn.length >= this.maxHighlights) return { hit, reason: 'cap' };
    let spans = this.spans.get(map);
    if (!spans) {
      spans = new SpanSet();
      this.spans.set(map, spans);
    }
    const span: SetSpan = { start: hit.start, end: hit.end, entity: hit.kind === 'entity' };
    // Crossing spans cannot nest, and two entities on the same words would stack underlines: skip those.
    if (spans.conflicts(span)) return { hit, reason: 'overlap' };
    const pieces = map.pieces(hit.start, hit.end);
    if (pieces.length === 0) return { hit, reason: 'unmappable' };
    // Resolve every piece before changing anything, so a stale map leaves the DOM untouched.
    const ends: RootPoint[] = [];
    for (const piece of pieces) {
      const from = this.fragments.resolve(piece.node, piece.start);
      const to = this.fragments.resolve(piece.node, piece.end);
      if (!from.root.isConnected || to.offset > this.fragments.totalLength(from.root))
        return { hit, reason: 'unmappable' };
      ends.push(from, to);
    }
    if (!this.removeStyles) {
      this.removeStyles = injectMarkStyles(this.document, this.options.css?.());
    }
    this.serial += 1;
    const marks: HTMLElement[] = [];
    for (let index = 0; index < ends.length; index += 2) {
      const from = ends[index] as RootPoint;
      const to = ends[index + 1] as RootPoint;
      this.fragments.splitAt(from.root, from.offset);
      this.fragments.splitAt(from.root, to.offset);
      for (const fragment of this.fragments.covered(from.root, from.offset, to.offset)) {
        const parent = fragment.node.parentNode;
        if (!parent || isLayoutWhitespace(fragment.node, parent)) continue;
        const mark = this.marks.create(hit, this.serial);
        parent.insertBefore(mark, fragment.node);
        mark.appendChild(fragment.node);
        marks.push(mark);
      }
    }
    // Only layout whitespace: nothing a reader could see or the side panel could reveal (the splits merge back on removal).
    if (marks.length === 0) return { hit, reason: 'unmappable' };
    spans.add(span);
    this.drawn.push({ hit, map, span, serial: this.serial, marks });
    report.drawn.push({ hit, marks });
    return null;
  }

  private unwrap(marks: readonly HTMLElement[]): void {
    for (const mark of marks) {
      if (mark.parentNode) mark.replaceWith(...mark.childNodes);
    }
  }

  private dropStyles(): void {
    this.removeStyles?.();
    this.removeStyles = null;
  }
}
