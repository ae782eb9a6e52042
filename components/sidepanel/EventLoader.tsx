/** Fetches one event's comparison and shows it, or says why it cannot. */
import type { EventComparison } from '@/lib/compare/types';
import { t } from '@/lib/i18n/t';
import type { Result } from '@/lib/messaging/result';
import { useLoadable } from '@/lib/panel/loadable';

import { EventComparisonView } from './EventComparisonView';
import { Loaded } from './Status';

/** Loads an event's comparison for an outlet. */
export type LoadEvent = (eventId: string, outletId: string | null) => Promise<Result<EventComparison>>;

/** Props: which event, from whose point of view, and how to load it. */
export interface EventLoaderProps {
  eventId: string;
  hereOutletId: string | null;
  loadEvent: LoadEvent;
  showTitle: boolean;
  focusClaimId?: string;
}

/** The comparison of `eventId`, loaded on mount. */
export function EventLoader({ eventId, hereOutletId, loadEvent, showTitle, focusClaimId }: EventLoaderProps) {
  const state = useLoadable(`${eventId}|${hereOutletId ?? ''}`, () => loadEvent(eventId, hereOutletId));
  return (
    <Loaded state={state} failure={(message) => t('popoverError', message)}>
      {(comparison) => (
        <EventComparisonView
          comparison={comparison}
          hereOutletId={hereOutletId}
          showTitle={showTitle}
          focusClaimId={focusClaimId}
        />
      )}
    </Loaded>
  );
}
