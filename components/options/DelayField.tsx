/**
 * One hover delay in milliseconds. What the reader types is checked as they
 * type; a valid value is saved when the field is committed (Enter, leaving
 * the field, the arrows), so "1500" is not saved as 1, 15 and 150 on the way.
 */
import { useEffect, useState } from 'preact/hooks';

import { t } from '@/lib/i18n/t';
import { parseDelay, type DelayProblem } from '@/lib/options/delays';
import { HOVER_LIMITS } from '@/lib/settings/schema';

/** Props: the field id, its label and explanation, the stored value and the save. */
export interface DelayFieldProps {
  id: string;
  label: string;
  hint: string;
  value: number;
  onSave: (value: number) => void;
}

function problemText(problem: DelayProblem): string {
  if (problem === 'empty') return t('optionsDelayEmpty');
  if (problem === 'not-whole') return t('optionsDelayWhole');
  return t('optionsDelayRange', HOVER_LIMITS.min, HOVER_LIMITS.max);
}

/** A number field with its unit, explanation and validation message. */
export function DelayField({ id, label, hint, value, onSave }: DelayFieldProps) {
  const [text, setText] = useState(String(value));
  const [problem, setProblem] = useState<DelayProblem | null>(null);
  // A stored value that changed elsewhere (a reset) replaces what is shown.
  useEffect(() => {
    setText(String(value));
    setProblem(null);
  }, [value]);

  const check = (next: string): void => {
    setText(next);
    const parsed = parseDelay(next);
    setProblem(parsed.ok ? null : parsed.error);
  };
  const commit = (): void => {
    const parsed = parseDelay(text);
    if (parsed.ok && parsed.value !== value) onSave(parsed.value);
  };

  const described = [`${id}-hint`, problem ? `${id}-problem` : ''].filter(Boolean).join(' ');
  return (
    <div class="field delay">
      <label for={id}>{label}</label>
      <div class="inline">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={HOVER_LIMITS.min}
          max={HOVER_LIMITS.max}
          step={50}
          value={text}
          aria-invalid={problem !== null}
          aria-describedby={described}
          onInput={(event) => check(event.currentTarget.value)}
          onChange={commit}
        />
        <span class="unit" aria-hidden="true">
          {t('optionsMs')}
        </span>
      </div>
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {problem ? (
        <p class="error" id={`${id}-problem`} role="alert">
          {problemText(problem)}
        </p>
      ) : null}
    </div>
  );
}
