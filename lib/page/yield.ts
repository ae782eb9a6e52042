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

/**
 * Calls `callback` in a task after the page's next rendering, when its layout is clean. Reading what
 * depends on layout (the selection does, in Chromium) right after the page or Parallax changed the DOM
 * makes the browser lay the page out on the spot: on a 6,000-word article just drawn on, 14 ms. A hidden
 * tab renders nothing, so there the callback waits until the tab is shown. Nothing runs once `signal` aborts.
 */
export function afterRendering(callback: () => void, signal?: AbortSignal): void {
  if (signal?.aborted) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(() => {
      signal?.removeEventListener('abort', cancel);
      callback();
    }, 0);
  });
  const cancel = (): void => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
  signal?.addEventListener('abort', cancel, { once: true });
}
