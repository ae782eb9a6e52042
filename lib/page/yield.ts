/**
 * Gives the main thread back to the page between slices of work, so input
 * and rendering are never held up for long.
 */

interface SchedulerWithYield {
  yield?: () => Promise<void>;
}

/**
 * Resolves on a later task. `scheduler.yield()` keeps our continuation ahead
 * of other queued tasks (https://developer.chrome.com/blog/use-scheduler-yield);
 * where it is missing, a MessageChannel message avoids the 4 ms clamp that
 * nested `setTimeout(0)` calls get (https://html.spec.whatwg.org/multipage/timers-and-user-prompts.html#timers).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
