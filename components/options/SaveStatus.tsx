/** The one live line that says whether the last change was stored. */
import { t } from '@/lib/i18n/t';
import type { SaveState } from '@/lib/options/use-settings';

/** The words for a save state; empty before any change. */
export function saveText(state: SaveState): string {
  switch (state.status) {
    case 'idle':
      return '';
    case 'saving':
      return t('optionsSaving');
    case 'saved':
      return state.what === 'reset' ? t('optionsResetDone') : t('optionsSaved');
    case 'error':
      return t('optionsSaveFailed', state.message);
  }
}

/** Props: the state to announce. */
export interface SaveStatusProps {
  state: SaveState;
}

/** A polite live region: present from the start, so screen readers announce each change of its text. */
export function SaveStatus({ state }: SaveStatusProps) {
  return (
    <p class={`save-status save-${state.status}`} role="status">
      {saveText(state)}
    </p>
  );
}
