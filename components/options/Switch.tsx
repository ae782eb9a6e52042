/** An on/off switch: a native checkbox with the switch role, so it is keyboard usable and named by its label. */

/** Props: an id (for the label and hint), the label, the state and the change. */
export interface SwitchProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** A sentence under the switch, read with it. */
  hint?: string | null;
  disabled?: boolean;
}

/** A labelled switch. */
export function Switch({ id, label, checked, onChange, hint, disabled }: SwitchProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div class="switch-row">
      <input
        type="checkbox"
        role="switch"
        class="switch"
        id={id}
        checked={checked}
        disabled={disabled}
        aria-describedby={hintId}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {hint ? (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
