/** A whole event compared: what happened, each claim's table, who reported when, who stayed silent. */
import { useEffect, useRef } from 'preact/hooks';

import type { EventComparison } from '@/lib/compare/types';
import { t } from '@/lib/i18n/t';

import { formatRange } from '../shared/format';
import { ClaimTable } from './ClaimTable';
import { Timeline } from './Timeline';

/** Props: the comparison, this page's outlet, and whether to show the event's title as a heading. */
export interface EventComparisonViewProps {
  comparison: EventComparison;
  hereOutletId: string | null;
  /** False where the title is already shown (the "On this page" entry that opened it). */
  showTitle: boolean;
  /** A claim the reader asked for (a claim search result): its table is marked and scrolled to. */
  focusClaimId?: string;
}

/** The event header, one table per reported claim, the timeline and the silent outlets. */
export function EventComparisonView({ comparison, hereOutletId, showTitle, focusClaimId }: EventComparisonViewProps) {
  const { event, claims, timeline, silentOutlets } = comparison;
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusClaimId) root.current?.querySelector('.claim-section.focused')?.scrollIntoView({ block: 'start' });
  }, [focusClaimId]);
  return (
    <article class="event-comparison" data-event-id={event.id} ref={root}>
      <header class="event-head">
        {showTitle ? <h3 class="event-title">{event.title}</h3> : null}
        <p class="meta">{t('panelEventMeta', formatRange(event.date), event.place)}</p>
        <p class="summary">{event.summary}</p>
      </header>
      {claims.length === 0 ? <p class="empty">{t('panelNoClaims')}</p> : null}
      {claims.map((claim) => (
        <section key={claim.claim.id} class={`claim-section${claim.claim.id === focusClaimId ? ' focused' : ''}`}>
          <h4 class="claim-heading">
            <span class="claim-label">{t('claimLabel')}</span> {claim.claim.statement}
          </h4>
          <ClaimTable comparison={claim} />
        </section>
      ))}
      {timeline.length > 0 ? <Timeline entries={timeline} hereOutletId={hereOutletId} /> : null}
      {silentOutlets.length > 0 ? (
        <section class="silent">
          <h4>{t('panelSilentHeading')}</h4>
          <ul class="silent-list">
            {silentOutlets.map((outlet) => (
              <li key={outlet.id} data-outlet={outlet.id}>
                {outlet.name}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
