/**
 * Long page work written once, as a generator that pauses (`yield`) every few
 * hundred units of work, and run in one of two ways: straight through
 * (`runSync`, for tests and small inputs) or in time slices that give the main
 * thread back to the page (`runSliced`), so a 100,000-word page never blocks
 * input or rendering for long.
 */
import { yieldToMain } from './yield';

/** A resumable computation producing `T`. */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end without pausing. */
export function runSync<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Runs `steps` in slices of about `budgetMs`, yielding to the page between them; stops when `signal` aborts.
 * A `meter` is told of every pause.
 */
export async function runSliced<T>(
  steps: Steps<T>,
  budgetMs = 8,
  signal?: AbortSignal,
  meter?: StretchMeter,
): Promise<T> {
  let deadline = performance.now() + budgetMs;
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() >= deadline) {
      await (meter ? meter.wait(yieldToMain()) : yieldToMain());
      if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('Aborted.');
      deadline = performance.now() + budgetMs;
    }
  }
}

/**
 * The longest stretch of work between two pauses that gave the main thread
 * back to the page: what the page felt as one task. It starts timing when made.
 */
export class StretchMeter {
  private since = performance.now();
  private paused = false;
  longestMs = 0;

  /** Work stops here, for a yield or a reply from elsewhere. */
  pause(): void {
    if (this.paused) return;
    this.paused = true;
    this.longestMs = Math.max(this.longestMs, performance.now() - this.since);
  }

  /** Work starts again, in a later task. */
  resume(): void {
    this.paused = false;
    this.since = performance.now();
  }

  /** Waits for `promise` (a reply, a yield) with the clock stopped. */
  async wait<T>(promise: Promise<T>): Promise<T> {
    this.pause();
    try {
      return await promise;
    } finally {
      this.resume();
    }
  }
}
