/** The popover's action buttons. */

/** Every action a reader can take from a popover. */
export type PopoverAction = 'open-panel' | 'flag' | 'wrong-match' | 'mute';

/** Props: which actions to offer and what to do on each. */
export interface ActionsProps {
  actions: readonly PopoverAction[];
  onAction: (action: PopoverAction) => void;
  /** Name of the entity for the mute label. */
  muteLabel?: string;
}

const LABELS: Record<PopoverAction, string> = {
  'open-panel': 'Compare all sources',
  flag: 'Flag',
  'wrong-match': 'Wrong match',
  mute: 'Mute',
};

/** A row of buttons; each reports its action to the container. */
export function Actions({ actions, onAction, muteLabel }: ActionsProps) {
  return (
    <div class="actions" role="group" aria-label="Actions">
      {actions.map((action) => (
        <button key={action} type="button" class={`action action-${action}`} onClick={() => onAction(action)}>
          {action === 'mute' && muteLabel ? `Mute ${muteLabel}` : LABELS[action]}
        </button>
      ))}
    </div>
  );
}
