/** Display text for flag labels. */
import type { FlagLabel } from '@/lib/flags/types';
import { t, type MessageKey } from '@/lib/i18n/t';

const KEYS = {
  unverified: 'flagLabel_unverified',
  disputed: 'flagLabel_disputed',
  misleading: 'flagLabel_misleading',
  important: 'flagLabel_important',
} as const satisfies Record<FlagLabel, MessageKey>;

/** The localised name of a label. */
export function labelText(label: FlagLabel): string {
  return t(KEYS[label]);
}
