/** A set of radio buttons in a fieldset, named by its legend; the arrow keys move between them natively. */

/** One choice: its value and label, and an optional sentence under it. */
export interface RadioChoice<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

/** Props: the group name (also the id prefix), legend, choices, the value chosen and the change. */
export interface RadioGroupProps<V extends string> {
  name: string;
  legend: string;
  choices: readonly RadioChoice<V>[];
  value: V;
  onChange: (value: V) => void;
}

/** A labelled radio group. */
export function RadioGroup<V extends string>({ name, legend, choices, value, onChange }: RadioGroupProps<V>) {
  return (
    <fieldset class="group">
      <legend>{legend}</legend>
      {choices.map((choice) => {
        const id = `${name}-${choice.value}`;
        return (
          <div class="choice" key={choice.value}>
            <input
              type="radio"
              id={id}
              name={name}
              value={choice.value}
              checked={choice.value === value}
              aria-describedby={choice.hint ? `${id}-hint` : undefined}
              onChange={() => onChange(choice.value)}
            />
            <label for={id}>{choice.label}</label>
            {choice.hint ? (
              <p class="hint" id={`${id}-hint`}>
                {choice.hint}
              </p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
