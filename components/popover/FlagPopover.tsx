/** The popover for a flag: the reader's own flag on this page, or a sentence like one they flagged elsewhere. */
import type { Flag } from '@/lib/flags/types';
import { t } from '@/lib/i18n/t';

import { formatDay } from '../shared/format';
import { Actions, type PopoverAction } from './Actions';

/** Props: the flag, whether it was made on this page, and the action callback. */
export interface FlagPopoverProps {
  flag: Flag;
  own: boolean;
  onAction: (action: PopoverAction) => void;
}

/** Who flagged what, where, with the reader's label and note. */
export function FlagPopover({ flag, own, onAction }: FlagPopoverProps) {
  const when = formatDay(flag.createdAt);
  return (
    <article class="card flag-card" aria-labelledby="parallax-title">
      <header>
        <h2 id="parallax-title" class="title">
          {own ? t('flagYouFlagged') : t('flagYouFlaggedSimilar', flag.outletName ?? t('flagSomeOutlet'))}
        </h2>
        <p class="meta">
          <span class={`flag-label flag-label-${flag.label}`}>{t(`flagLabel_${flag.label}`)}</span> · {when}
        </p>
      </header>
      {own ? null : (
        <blockquote class="flag-quote" cite={flag.url}>
          {flag.quote}
        </blockquote>
      )}
      {flag.note ? <p class="flag-note">{flag.note}</p> : null}
      {own ? null : (
        <a class="headline" href={flag.url} target="_blank" rel="noopener noreferrer">
          {t('flagOpenOriginal')}: {flag.title}
        </a>
      )}
      <Actions actions={['open-panel']} onAction={onAction} />
    </article>
  );
}
