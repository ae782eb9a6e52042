/** The popover's frame: positioning, hover keeping, Escape, and its three states. */
import type { ComponentChildren } from 'preact';

import { t } from '@/lib/i18n/t';

/** Props: where to draw, what to show, and the frame's events. */
export interface PopoverShellProps {
  left: number;
  top: number;
  /** Accessible name of the dialog (the event or entity title). */
  label: string;
  children: ComponentChildren;
  /** A short message after an action that could not be done here (read out politely). */
  notice?: string | null;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  onEscape: () => void;
}

/** A non-modal dialog that stays while hovered and closes on Escape. */
export function PopoverShell({
  left,
  top,
  label,
  children,
  notice,
  onPointerEnter,
  onPointerLeave,
  onEscape,
}: PopoverShellProps) {
  return (
    <div
      class="popover"
      role="dialog"
      aria-modal="false"
      aria-label={label}
      tabIndex={-1}
      style={{ left: `${left}px`, top: `${top}px` }}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onEscape();
        }
      }}
    >
      {children}
      <p class="notice" role="status">
        {notice ?? ''}
      </p>
    </div>
  );
}

/** Shown while the comparison is being fetched. */
export function PopoverLoading() {
  return <p class="loading">{t('popoverLoading')}</p>;
}

/** Shown when the comparison could not be loaded. */
export function PopoverError({ message }: { message: string }) {
  return (
    <p class="error" role="alert">
      {t('popoverError', message)}
    </p>
  );
}
