/**
 * A reply on its way: the panel's views show each state in words, so a
 * failure is never a blank space.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

import type { Result } from '../messaging/result';

/** Nothing asked yet, waiting, arrived, or failed with a reason. */
export type Loadable<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ok'; value: T }
  | { status: 'error'; code: string; message: string };

/** Turns a `Result` into the matching loaded state. */
export function fromResult<T>(result: Result<T>): Loadable<T> {
  return result.ok
    ? { status: 'ok', value: result.value }
    : { status: 'error', code: result.error.code, message: result.error.message };
}

/** Whether a value loaded for `previousKey` may stay on screen while `key` loads. */
export type KeepWhile = (previousKey: string, key: string) => boolean;

/**
 * Runs `load` whenever `key` changes and returns its state. Only the reply to
 * the latest key is kept. When `keepWhile` allows it, a value already shown
 * stays on screen while a newer one loads, so live updates do not flicker.
 */
export function useLoadable<T>(key: string | null, load: () => Promise<Result<T>>, keepWhile?: KeepWhile): Loadable<T> {
  const [state, setState] = useState<Loadable<T>>(key === null ? { status: 'idle' } : { status: 'loading' });
  const shownKey = useRef<string | null>(null);
  useEffect(() => {
    const previousKey = shownKey.current;
    shownKey.current = key;
    if (key === null) {
      setState({ status: 'idle' });
      return undefined;
    }
    let current = true;
    const keep = previousKey !== null && keepWhile?.(previousKey, key) === true;
    setState((previous) => (keep && previous.status === 'ok' ? previous : { status: 'loading' }));
    load().then(
      (result) => current && setState(fromResult(result)),
      (thrown: unknown) => current && setState({ status: 'error', code: 'failed', message: String(thrown) }),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render; `key` names what it loads.
  }, [key]);
  return state;
}
