/** The popover's action buttons. */
import { t, type MessageKey } from '@/lib/i18n/t';

/** Every action a reader can take from a popover. */
export type PopoverAction = 'open-panel' | 'flag' | 'wrong-match' | 'mute';

/** Props: which actions to offer and what to do on each. */
export interface ActionsProps {
  actions: readonly PopoverAction[];
  onAction: (action: PopoverAction) => void;
  /** Name of the entity for the mute label. */
  muteLabel?: string;
}

const LABELS = {
  'open-panel': 'actionOpenPanel',
  flag: 'actionFlag',
  'wrong-match': 'actionWrongMatch',
  mute: 'actionMute',
} as const satisfies Record<PopoverAction, MessageKey>;

/** A row of buttons; each reports its action to the container. */
export function Actions({ actions, onAction, muteLabel }: ActionsProps) {
  return (
    <div class="actions" role="group" aria-label={t('actionsLabel')}>
      {actions.map((action) => (
        <button key={action} type="button" class={`action action-${action}`} onClick={() => onAction(action)}>
          {t(LABELS[action], muteLabel ?? '')}
        </button>
      ))}
    </div>
  );
}
