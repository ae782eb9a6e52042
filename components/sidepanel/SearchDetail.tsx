/** What a chosen search result opens: an event's comparison, a name's events, or an outlet. */
import { useEffect, useRef } from 'preact/hooks';

import type { EntityView } from '@/lib/compare/types';
import { t } from '@/lib/i18n/t';
import type { Result } from '@/lib/messaging/result';
import { useLoadable } from '@/lib/panel/loadable';

import { formatRange } from '../shared/format';
import { EventLoader, type LoadEvent } from './EventLoader';
import { Loaded } from './Status';

/** The result the reader chose. */
export interface Chosen {
  kind: 'event' | 'entity' | 'outlet';
  id: string;
  label: string;
  /** For an event opened from a claim result: that claim. */
  claimId?: string;
}

/** Props: the chosen result, navigation callbacks and loaders. */
export interface SearchDetailProps {
  chosen: Chosen;
  onBack: () => void;
  /** Opens another result (an event listed under a name). */
  onChoose: (next: Chosen) => void;
  loadEvent: LoadEvent;
  loadEntity: (entityId: string) => Promise<Result<EntityView>>;
  hereOutletId: string | null;
}

function EntityDetail({
  entityId,
  loadEntity,
  onChoose,
}: {
  entityId: string;
  loadEntity: SearchDetailProps['loadEntity'];
  onChoose: SearchDetailProps['onChoose'];
}) {
  const state = useLoadable(entityId, () => loadEntity(entityId));
  return (
    <Loaded state={state} failure={(message) => t('popoverError', message)}>
      {({ entity, events, outletCount }) => (
        <article class="entity-detail" data-entity-id={entity.id}>
          <h3>{entity.name}</h3>
          <p class="meta">
            {outletCount === 1
              ? t('entityMetaOne', t(`kind_${entity.kind}`))
              : t('entityMeta', t(`kind_${entity.kind}`), outletCount)}
          </p>
          <p class="summary">{entity.description}</p>
          <h4>{t('appearsIn')}</h4>
          <ul class="result-list">
            {events.map((event) => (
              <li key={event.id}>
                <button
                  type="button"
                  class="result"
                  data-event-id={event.id}
                  onClick={() => onChoose({ kind: 'event', id: event.id, label: event.title })}
                >
                  <span class="result-label">{event.title}</span>
                  <span class="result-detail">{formatRange(event.date)}</span>
                </button>
              </li>
            ))}
          </ul>
        </article>
      )}
    </Loaded>
  );
}

/** The detail of one chosen result, with a way back to the results. */
export function SearchDetail({ chosen, onBack, onChoose, loadEvent, loadEntity, hereOutletId }: SearchDetailProps) {
  const back = useRef<HTMLButtonElement>(null);
  // Opening a result moves focus into it, so keyboard and screen-reader users land on what they chose.
  useEffect(() => back.current?.focus(), [chosen.kind, chosen.id]);
  return (
    <div class="detail" data-detail={`${chosen.kind}:${chosen.id}`}>
      <button type="button" class="back" ref={back} onClick={onBack}>
        <span aria-hidden="true">← </span>
        {t('panelBack')}
      </button>
      {chosen.kind === 'event' ? (
        <EventLoader
          key={chosen.id}
          eventId={chosen.id}
          hereOutletId={hereOutletId}
          loadEvent={loadEvent}
          showTitle={true}
          focusClaimId={chosen.claimId}
        />
      ) : null}
      {chosen.kind === 'entity' ? (
        <EntityDetail key={chosen.id} entityId={chosen.id} loadEntity={loadEntity} onChoose={onChoose} />
      ) : null}
      {chosen.kind === 'outlet' ? (
        <article class="outlet-detail" data-outlet={chosen.id}>
          <h3>{t('panelOutletReports', chosen.label)}</h3>
          <p class="hint">{t('panelOutletHint')}</p>
        </article>
      ) : null}
    </div>
  );
}
