/** Loading and failure messages, in words, for anything the panel waits for. */
import type { ComponentChildren } from 'preact';

import { t } from '@/lib/i18n/t';
import type { Loadable } from '@/lib/panel/loadable';

/** Props: the state, how to phrase a failure, and what to show once loaded. */
export interface LoadedProps<T> {
  state: Loadable<T>;
  /** The sentence shown on failure, given the error's message. */
  failure: (message: string) => string;
  children: (value: T) => ComponentChildren;
}

/** Renders `children(value)` once loaded; a polite loading note or an alert otherwise. */
export function Loaded<T>({ state, failure, children }: LoadedProps<T>) {
  if (state.status === 'ok') return <>{children(state.value)}</>;
  if (state.status === 'error') {
    return (
      <p class="error" role="alert">
        {failure(state.message)}
      </p>
    );
  }
  if (state.status === 'loading') return <p class="loading">{t('panelLoading')}</p>;
  return null;
}
