/** One flag in the side panel's list: what was flagged, where, when, and the reader's actions. */
import { useId } from 'preact/hooks';

import { formatDay } from '@/components/shared/format';
import type { Flag, FlagDraft } from '@/lib/flags/types';
import { t } from '@/lib/i18n/t';

import { FlagForm } from './FlagForm';
import { labelText } from './labels';

/** A flag as the list shows it: orphaned when its text was not found on its page. */
export type ListedFlag = Flag & { orphaned?: boolean };

/** Props: the flag, whether it is being edited, and the actions. */
export interface FlagItemProps {
  flag: ListedFlag;
  editing: boolean;
  onOpen: () => void;
  onEdit: () => void;
  onDelete: () => void;
  onSave: (draft: FlagDraft) => void;
  onCancelEdit: () => void;
}

/** A flag card; while editing, the card holds the flag form instead of its actions. */
export function FlagItem({ flag, editing, onOpen, onEdit, onDelete, onSave, onCancelEdit }: FlagItemProps) {
  const id = useId();
  const quoteId = `${id}-quote`;
  return (
    <article
      class={`flag-item flag-label-${flag.label}`}
      data-flag-id={flag.id}
      data-orphaned={flag.orphaned ? '' : undefined}
      aria-labelledby={quoteId}
    >
      <blockquote id={quoteId} class="flag-item-quote">
        {flag.quote}
      </blockquote>
      <p class="flag-item-meta">
        <span class="flag-item-outlet">{flag.outletName ?? t('flagOutletUnknown')}</span>
        <span class="flag-item-title">{flag.title || t('flagUntitled')}</span>
        <span class="flag-item-date">{t('flagFlaggedOn', formatDay(flag.createdAt))}</span>
      </p>
      <p class="flag-item-badges">
        <span class="flag-badge flag-badge-label">{labelText(flag.label)}</span>
        {flag.orphaned ? (
          <span class="flag-badge flag-badge-orphaned" title={t('flagOrphanedHint')}>
            {t('flagOrphaned')}
            <span class="sr-only">{` — ${t('flagOrphanedHint')}`}</span>
          </span>
        ) : null}
        {flag.claimId || flag.eventId ? <span class="flag-item-linked">{t('flagLinked')}</span> : null}
      </p>
      {flag.note && !editing ? <p class="flag-item-note">{flag.note}</p> : null}
      {editing ? (
        <FlagForm
          quote={flag.quote}
          suggestions={[]}
          initial={{ note: flag.note, label: flag.label, claimId: flag.claimId, eventId: flag.eventId }}
          onSave={onSave}
          onCancel={onCancelEdit}
        />
      ) : (
        <div class="flag-item-actions" role="group" aria-label={t('flagActions')}>
          <button type="button" class="flag-action flag-open" aria-describedby={quoteId} onClick={onOpen}>
            {t('flagOpen')}
          </button>
          <button type="button" class="flag-action flag-edit" aria-describedby={quoteId} onClick={onEdit}>
            {t('flagEdit')}
          </button>
          <button type="button" class="flag-action flag-delete" aria-describedby={quoteId} onClick={onDelete}>
            {t('flagDelete')}
          </button>
        </div>
      )}
    </article>
  );
}
