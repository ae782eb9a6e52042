/**
 * The form for a new or edited flag: the quote, suggested known claims, a
 * note and a label. Escape cancels; Enter in the note is a new line and
 * Ctrl/Cmd+Enter saves; focus starts on the first control.
 */
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';

import {
  DEFAULT_FLAG_LABEL,
  FLAG_LABELS,
  isFlagLabel,
  MAX_NOTE_LENGTH,
  type FlagDraft,
  type FlagSuggestion,
} from '@/lib/flags/types';
import { t } from '@/lib/i18n/t';

import { labelText } from './labels';
import { SuggestionPicker, type FlagLink } from './SuggestionPicker';

/** Props: the quote, suggestions, optional initial values (editing), and the two outcomes. */
export interface FlagFormProps {
  quote: string;
  suggestions: readonly FlagSuggestion[];
  /** Values of the flag being edited (the form is then titled "Edit flag"); a new flag starts unlinked, unverified, without a note. */
  initial?: FlagDraft;
  onSave: (draft: FlagDraft) => void;
  onCancel: () => void;
}

/** The flag form; its container decides where it is shown. */
export function FlagForm({ quote, suggestions, initial, onSave, onCancel }: FlagFormProps) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const initialLink: FlagLink = { claimId: initial?.claimId ?? null, eventId: initial?.eventId ?? null };
  const [link, setLink] = useState<FlagLink>(initialLink);
  // Uncontrolled: on a page, keystrokes in the note never reach listeners (see keepTypingPrivate), so it is read on save.
  const noteField = useRef<HTMLTextAreaElement>(null);
  const [label, setLabel] = useState(initial?.label ?? DEFAULT_FLAG_LABEL);

  // Before the form is painted: a key pressed as soon as it shows (Escape, the first letter of a note) reaches it.
  useLayoutEffect(() => {
    form.current?.querySelector<HTMLElement>('input[type="radio"]:checked, textarea, select, button')?.focus();
  }, []);

  const save = (): void =>
    onSave({
      note: noteField.current?.value ?? initial?.note ?? '',
      label,
      claimId: link.claimId,
      eventId: link.eventId,
    });
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    }
  };
  const showLinks = suggestions.length > 0 || initialLink.claimId !== null || initialLink.eventId !== null;

  return (
    <form
      ref={form}
      class="flag-form"
      aria-labelledby={`${id}-title`}
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <h2 id={`${id}-title`} class="flag-form-title">
        {t(initial ? 'flagFormEditTitle' : 'flagFormTitle')}
      </h2>
      <figure class="flag-quote-figure" aria-labelledby={`${id}-quote`}>
        <figcaption id={`${id}-quote`} class="flag-field-label">
          {t('flagQuoteLabel')}
        </figcaption>
        <blockquote class="flag-quote">{quote}</blockquote>
      </figure>
      {showLinks ? (
        <SuggestionPicker
          name={`${id}-link`}
          suggestions={suggestions}
          value={link}
          initial={initialLink}
          onChange={setLink}
        />
      ) : null}
      <label class="flag-field-label" for={`${id}-note`}>
        {t('flagNoteLabel')}
      </label>
      <textarea
        id={`${id}-note`}
        class="flag-note-input"
        rows={3}
        maxLength={MAX_NOTE_LENGTH}
        aria-describedby={`${id}-note-hint`}
        ref={noteField}
        defaultValue={initial?.note ?? ''}
      />
      <p id={`${id}-note-hint`} class="flag-hint">
        {t('flagNoteHint')}
      </p>
      <label class="flag-field-label" for={`${id}-label`}>
        {t('flagLabelLabel')}
      </label>
      <select
        id={`${id}-label`}
        class="flag-label-input"
        value={label}
        onChange={(event) => {
          const chosen = event.currentTarget.value;
          if (isFlagLabel(chosen)) setLabel(chosen);
        }}
      >
        {FLAG_LABELS.map((option) => (
          <option key={option} value={option}>
            {labelText(option)}
          </option>
        ))}
      </select>
      <div class="flag-form-actions">
        <button type="submit" class="flag-save">
          {t('flagSave')}
        </button>
        <button type="button" class="flag-cancel" onClick={onCancel}>
          {t('flagCancel')}
        </button>
      </div>
    </form>
  );
}
