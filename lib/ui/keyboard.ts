/**
 * The in-page keyboard shortcuts. Keys are matched by `code` (the physical
 * key), not `key`, because Alt+Shift+letter types accented characters on
 * some layouts (macOS). Typing in fields is never intercepted.
 */

/** What a key press asks Parallax to do. */
export type KeyCommand = 'next-highlight' | 'previous-highlight' | 'flag-selection';

/** The shortcuts, for help text and the README. */
export const SHORTCUTS: Record<KeyCommand, string> = {
  'next-highlight': 'Alt+Shift+J',
  'previous-highlight': 'Alt+Shift+K',
  'flag-selection': 'Alt+Shift+F',
};

const CODES: Record<string, KeyCommand> = {
  KeyJ: 'next-highlight',
  KeyK: 'previous-highlight',
  KeyF: 'flag-selection',
};

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return true;
  return false;
}

/** The command a key event stands for, if any. */
export function commandFor(
  event: Pick<KeyboardEvent, 'code' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'target'>,
): KeyCommand | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  if (isEditable(event.target)) return null;
  return CODES[event.code] ?? null;
}

/** The index of the next (or previous) item after `current`, wrapping around; -1 for an empty list. */
export function step(length: number, current: number, direction: 1 | -1): number {
  if (length === 0) return -1;
  if (current < 0) return direction === 1 ? 0 : length - 1;
  return (current + direction + length) % length;
}
