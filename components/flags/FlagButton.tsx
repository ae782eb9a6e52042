/** The floating "Flag claim" button shown next to a text selection. */
import { t } from '@/lib/i18n/t';

/** Props: where to draw (viewport pixels, set by the container) and what to do on press. */
export interface FlagButtonProps {
  left?: number;
  top?: number;
  onFlag: () => void;
}

/**
 * A button named "Flag claim". Pressing it must not clear the page's selection,
 * so the pointer-down default (moving focus and collapsing the selection) is prevented.
 */
export function FlagButton({ left, top, onFlag }: FlagButtonProps) {
  const position = left === undefined || top === undefined ? undefined : { left: `${left}px`, top: `${top}px` };
  return (
    <button
      type="button"
      class="flag-button"
      style={position}
      onPointerDown={(event) => event.preventDefault()}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onFlag}
    >
      <svg class="flag-button-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path
          d="M3 1.5v13M3 2.5h9l-2 3 2 3H3"
          fill="none"
          stroke="currentColor"
          stroke-width="1.6"
          stroke-linejoin="round"
        />
      </svg>
      <span>{t('flagButton')}</span>
    </button>
  );
}
