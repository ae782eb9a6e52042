/**
 * The settings as a page shows and edits them. A change shows at once and is
 * sent to the background; changes are sent one after another, never side by
 * side, so a later change always builds on the stored result of the one before.
 * The save status says, in words, whether the last change was stored.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

import type { Result } from '../messaging/result';
import { fromResult, type Loadable } from '../panel/loadable';
import { applyPatch, type SettingsPatch } from '../settings/migrations';
import type { Settings } from '../settings/schema';
import type { SettingsApi } from './api';

/** Whether the last change reached the background. `at` tells repeated saves apart. */
export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; at: number; what: SaveKind }
  | { status: 'error'; message: string };

/** What was saved: a change, or a reset to the defaults. */
export type SaveKind = 'change' | 'reset';

/** The settings, their save status and the ways to change them. */
export interface SettingsControl {
  settings: Loadable<Settings>;
  save: SaveState;
  update: (patch: SettingsPatch) => void;
  /** Runs a request that replaces every setting (a reset) and resolves true when it succeeded. */
  replace: (request: () => Promise<Result<Settings>>) => Promise<boolean>;
  /** Reports a save made elsewhere on the page (an unmute, an import). */
  report: (state: SaveState) => void;
}

/** Loads the settings, and again whenever `refresh` changes (the page became visible again). */
export function useSettings(api: SettingsApi, refresh = 0): SettingsControl {
  const [settings, setSettings] = useState<Loadable<Settings>>({ status: 'loading' });
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  // The chain of changes in flight; each waits for the one before.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef(0);
  const stamp = useRef(0);

  useEffect(() => {
    let current = true;
    void queue.current.then(async () => {
      const result = await api.getSettings();
      if (current && pending.current === 0) setSettings(fromResult(result));
    });
    return () => {
      current = false;
    };
  }, [api, refresh]);

  const settle = useCallback(
    (result: Result<Settings>, what: SaveKind): boolean => {
      pending.current -= 1;
      if (result.ok) {
        // Only the last reply is drawn: earlier ones would undo changes still on their way.
        if (pending.current === 0) setSettings({ status: 'ok', value: result.value });
        setSave({ status: 'saved', at: ++stamp.current, what });
        return true;
      }
      setSave({ status: 'error', message: result.error.message });
      // Show what is stored, not what the reader hoped for.
      void api.getSettings().then((stored) => stored.ok && setSettings({ status: 'ok', value: stored.value }));
      return false;
    },
    [api],
  );

  const enqueue = useCallback(
    (request: () => Promise<Result<Settings>>, what: SaveKind): Promise<boolean> => {
      pending.current += 1;
      setSave({ status: 'saving' });
      const done = queue.current.then(request).then(
        (result) => settle(result, what),
        (thrown: unknown) => settle({ ok: false, error: { code: 'failed', message: String(thrown) } }, what),
      );
      queue.current = done;
      return done;
    },
    [settle],
  );

  const update = useCallback(
    (patch: SettingsPatch): void => {
      setSettings((previous) =>
        previous.status === 'ok' ? { status: 'ok', value: applyPatch(previous.value, patch) } : previous,
      );
      void enqueue(() => api.updateSettings(patch), 'change');
    },
    [api, enqueue],
  );

  const replace = useCallback((request: () => Promise<Result<Settings>>) => enqueue(request, 'reset'), [enqueue]);

  return { settings, save, update, replace, report: setSave };
}
