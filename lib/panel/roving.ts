/** Keyboard movement within a tab list, as the ARIA tabs pattern describes it. */
import { step } from '../ui/keyboard';

/**
 * The index a key moves to from `current` among `count` tabs, or null when the
 * key is not a tab-list key. See https://www.w3.org/WAI/ARIA/apg/patterns/tabs/
 */
export function tabKeyTarget(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
      return step(count, current, 1);
    case 'ArrowLeft':
      return step(count, current, -1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
