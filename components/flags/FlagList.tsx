/**
 * The side panel's Flags tab: the reader's flags with a word filter and a
 * label filter, inline editing, delete with undo, export and import. State
 * kept here is view state only (filters, which flag is being edited); the
 * container owns the flags, the undo timer and the files.
 */
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';

import { editFlag } from '@/lib/flags/create';
import { filterFlags } from '@/lib/flags/filter';
import {
  FLAG_LABELS,
  isFlagLabel,
  type Flag,
  type FlagDraft,
  type FlagImportResult,
  type FlagLabel,
} from '@/lib/flags/types';
import { t } from '@/lib/i18n/t';

import { FlagExchange } from './FlagExchange';
import { FlagItem, type ListedFlag } from './FlagItem';
import { labelText } from './labels';

export type { ListedFlag } from './FlagItem';

/** Props: the flags, and one callback per action. */
export interface FlagListProps {
  flags: readonly ListedFlag[];
  onOpen: (flag: Flag) => void;
  /** Receives the edited flag with `updatedAt` set to now (always later than before, so the edit wins a merge). */
  onUpdate: (flag: Flag) => void;
  onDelete: (flag: Flag) => void;
  /** True for a few seconds after a delete: shows "Flag deleted. Undo". */
  undoable: boolean;
  onUndo: () => void;
  onExport: () => void;
  onImport: (text: string) => void;
  importResult?: FlagImportResult | null;
  /** The clock used to stamp edits (tests pass a fixed one). */
  now?: () => number;
}

/** Drops the view-only `orphaned` mark before a flag goes back to its owner. */
function plain(flag: ListedFlag): Flag {
  const { orphaned: _orphaned, ...rest } = flag;
  return rest;
}

/** "3 flags", or "1 of 3 flags" while a filter hides some. */
function countText(shown: number, total: number, filtered: boolean): string {
  if (filtered) return t('flagCount', shown, total);
  return total === 1 ? t('panelFlagsTotalOne') : t('panelFlagsTotal', total);
}

/** The flags tab. */
export function FlagList({
  flags,
  onOpen,
  onUpdate,
  onDelete,
  undoable,
  onUndo,
  onExport,
  onImport,
  importResult,
  now = Date.now,
}: FlagListProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [label, setLabel] = useState<FlagLabel | 'all'>('all');
  const [editing, setEditing] = useState<string | null>(null);
  const section = useRef<HTMLElement>(null);
  const lastEdited = useRef<string | null>(null);
  // When the form closes (saved or cancelled) focus goes back to the Edit button it replaced, not to the page's start,
  // in the same commit that removes the form: no frame leaves focus on the page's body.
  useLayoutEffect(() => {
    if (editing !== null) {
      lastEdited.current = editing;
      return;
    }
    const flagId = lastEdited.current;
    lastEdited.current = null;
    if (flagId === null) return;
    section.current?.querySelector<HTMLElement>(`[data-flag-id="${CSS.escape(flagId)}"] .flag-edit`)?.focus();
  }, [editing]);
  const shown = filterFlags(flags, query, label);
  const filtered = query.trim() !== '' || label !== 'all';

  const save = (flag: ListedFlag, draft: FlagDraft): void => {
    setEditing(null);
    onUpdate(editFlag(plain(flag), draft, now()));
  };

  return (
    <section ref={section} class="flag-list" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('flagListTitle')}</h2>
      <div class="flag-filters" role="search">
        <label for={`${id}-query`}>{t('flagFilterLabel')}</label>
        <input
          id={`${id}-query`}
          type="search"
          class="flag-filter"
          placeholder={t('flagFilterPlaceholder')}
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
        <label for={`${id}-label`}>{t('flagLabelFilter')}</label>
        <select
          id={`${id}-label`}
          class="flag-label-filter"
          value={label}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setLabel(isFlagLabel(value) ? value : 'all');
          }}
        >
          <option value="all">{t('flagLabelAll')}</option>
          {FLAG_LABELS.map((option) => (
            <option key={option} value={option}>
              {labelText(option)}
            </option>
          ))}
        </select>
      </div>
      <div class="flag-undo" role="status">
        {undoable ? (
          <p>
            {t('flagDeleted')}{' '}
            <button type="button" class="flag-undo-button" onClick={onUndo}>
              {t('flagUndo')}
            </button>
          </p>
        ) : null}
      </div>
      {/* A live region, so a reader typing in the filter hears how many flags remain. */}
      <p class="flag-count" role="status">
        {flags.length > 0 ? countText(shown.length, flags.length, filtered) : ''}
      </p>
      {flags.length === 0 ? <p class="flag-empty">{t('flagListEmpty')}</p> : null}
      {flags.length > 0 && shown.length === 0 ? <p class="flag-empty">{t('flagListNoMatch')}</p> : null}
      {shown.length > 0 ? (
        <ul class="flag-items">
          {shown.map((flag) => (
            <li key={flag.id}>
              <FlagItem
                flag={flag}
                editing={editing === flag.id}
                onOpen={() => onOpen(plain(flag))}
                onEdit={() => setEditing(flag.id)}
                onDelete={() => onDelete(plain(flag))}
                onSave={(draft) => save(flag, draft)}
                onCancelEdit={() => setEditing(null)}
              />
            </li>
          ))}
        </ul>
      ) : null}
      <FlagExchange onExport={onExport} onImport={onImport} importResult={importResult} />
    </section>
  );
}
