/** The radio group linking a flag to a suggested known claim, or to none. */
import type { FlagSuggestion } from '@/lib/flags/types';
import { t } from '@/lib/i18n/t';

/** What the reader linked: a claim and/or event id, or nothing. */
export interface FlagLink {
  claimId: string | null;
  eventId: string | null;
}

/** Props: the suggestions, the current choice, and the change callback. */
export interface SuggestionPickerProps {
  name: string;
  suggestions: readonly FlagSuggestion[];
  value: FlagLink;
  /** The link the flag had before editing, offered when no suggestion carries it. */
  initial: FlagLink;
  onChange: (link: FlagLink) => void;
}

const NONE: FlagLink = { claimId: null, eventId: null };

function same(a: FlagLink, b: FlagLink): boolean {
  return a.claimId === b.claimId && a.eventId === b.eventId;
}

/** Suggestions best first, then "none"; an existing link not among them stays selectable. */
export function SuggestionPicker({ name, suggestions, value, initial, onChange }: SuggestionPickerProps) {
  const ranked = [...suggestions].sort((a, b) => b.score - a.score);
  const keepInitial = (initial.claimId !== null || initial.eventId !== null) && !ranked.some((s) => same(s, initial));
  return (
    <fieldset class="flag-links">
      <legend>{t('flagLinkLegend')}</legend>
      {ranked.map((suggestion) => {
        const link = { claimId: suggestion.claimId, eventId: suggestion.eventId };
        return (
          <label key={`${suggestion.claimId ?? ''}|${suggestion.eventId ?? ''}`} class="flag-link">
            <input type="radio" name={name} checked={same(value, link)} onChange={() => onChange(link)} />
            <span class="flag-link-text">
              <span class="flag-link-statement">{suggestion.statement || suggestion.eventTitle}</span>
              {suggestion.statement && suggestion.eventTitle ? (
                <span class="flag-link-event">{t('flagSuggestionEvent', suggestion.eventTitle)}</span>
              ) : null}
            </span>
          </label>
        );
      })}
      {keepInitial ? (
        <label class="flag-link">
          <input type="radio" name={name} checked={same(value, initial)} onChange={() => onChange(initial)} />
          <span class="flag-link-text">{t('flagLinkCurrent', initial.claimId ?? initial.eventId ?? '')}</span>
        </label>
      ) : null}
      <label class="flag-link flag-link-none">
        <input type="radio" name={name} checked={same(value, NONE)} onChange={() => onChange(NONE)} />
        <span class="flag-link-text">{t('flagLinkNone')}</span>
      </label>
    </fieldset>
  );
}
