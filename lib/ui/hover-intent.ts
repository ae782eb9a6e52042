/**
 * Hover timing for highlights, modelled on Wikipedia's page previews: wait a
 * little before preparing (so sweeping the pointer across text costs nothing),
 * longer before showing, and keep the popover for a grace period after the
 * pointer leaves so it can travel onto the popover (WCAG 1.4.13 "hoverable").
 */

/** Delays in milliseconds. */
export interface HoverDelays {
  prepareMs: number;
  showMs: number;
  graceMs: number;
}

/** The defaults: 150 ms to prepare, 500 ms to show, 300 ms grace. */
export const DEFAULT_HOVER_DELAYS: HoverDelays = { prepareMs: 150, showMs: 500, graceMs: 300 };

/** What the controller asks its owner to do. */
export interface HoverCallbacks<T> {
  /** Start fetching what the popover for `target` will show. */
  prepare: (target: T) => void;
  /** Show the popover for `target`. */
  show: (target: T) => void;
  /** Hide the popover. */
  hide: () => void;
}

/** Tracks which highlight the pointer is on and when to prepare, show and hide. */
export class HoverIntent<T> {
  private target: T | null = null;
  private shown: T | null = null;
  private timers: ReturnType<typeof setTimeout>[] = [];
  private hideTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly callbacks: HoverCallbacks<T>,
    private readonly delays: HoverDelays = DEFAULT_HOVER_DELAYS,
    signal?: AbortSignal,
  ) {
    signal?.addEventListener('abort', () => this.destroy());
  }

  /**
   * The pointer entered a highlight, at `at` (the event's `timeStamp`, on the `performance.now()` clock)
   * when given. A busy page can hand the event over well after the pointer arrived; the delays count from
   * the reader's movement, not from when the page got to it.
   */
  enter(target: T, at?: number): void {
    this.cancelHide();
    if (this.target === target) return;
    this.clearTimers();
    this.target = target;
    if (this.shown === target) return;
    const waited = at === undefined ? 0 : performance.now() - at;
    // A time stamp on another clock (or none worth the name) is ignored rather than trusted.
    const late = waited > 0 && waited < this.delays.prepareMs ? waited : 0;
    this.timers.push(setTimeout(() => this.callbacks.prepare(target), this.delays.prepareMs - late));
    this.timers.push(
      setTimeout(() => {
        this.shown = target;
        this.callbacks.show(target);
      }, this.delays.showMs - late),
    );
  }

  /** The pointer left a highlight or the popover. */
  leave(): void {
    this.clearTimers();
    this.target = null;
    if (this.shown === null) return;
    this.cancelHide();
    this.hideTimer = setTimeout(() => this.hideNow(), this.delays.graceMs);
  }

  /** The pointer is on the popover itself: keep it. */
  enterPopover(): void {
    this.cancelHide();
  }

  /** Show at once, without delays (keyboard focus, explicit open). */
  showNow(target: T): void {
    this.clearTimers();
    this.cancelHide();
    this.target = target;
    this.shown = target;
    this.callbacks.prepare(target);
    this.callbacks.show(target);
  }

  /** Hide at once (Escape, scroll away, page change). */
  hideNow(): void {
    this.clearTimers();
    this.cancelHide();
    this.target = null;
    if (this.shown !== null) {
      this.shown = null;
      this.callbacks.hide();
    }
  }

  /** The highlight whose popover is shown, if any. */
  get current(): T | null {
    return this.shown;
  }

  /** Cancels every pending timer. */
  destroy(): void {
    this.clearTimers();
    this.cancelHide();
  }

  private clearTimers(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
  }

  private cancelHide(): void {
    if (this.hideTimer !== null) clearTimeout(this.hideTimer);
    this.hideTimer = null;
  }
}
