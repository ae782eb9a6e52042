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

/** Runs `steps` in slices of about `budgetMs`, yielding to the page between them; stops when `signal` aborts. */
export async function runSliced<T>(steps: Steps<T>, budgetMs = 8, signal?: AbortSignal): Promise<T> {
  let deadline = performance.now() + budgetMs;
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() >= deadline) {
      await yieldToMain();
      if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('Aborted.');
      deadline = performance.now() + budgetMs;
    }
  }
}
