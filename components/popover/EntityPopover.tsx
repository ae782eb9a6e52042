/** The popover for an entity: who or what it is and where it appears. */
import type { EntityView } from '@/lib/compare/types';
import { t } from '@/lib/i18n/t';
import type { EntityWhy } from '@/lib/match/types';

import { formatRange } from '../shared/format';
import { Actions, type PopoverAction } from './Actions';
import { WhyLine } from './WhyLine';

/** Props: the entity to show, why it matched, and the action callback. */
export interface EntityPopoverProps {
  view: EntityView;
  why: EntityWhy;
  onAction: (action: PopoverAction) => void;
}

/** Description, the events the entity appears in, how many outlets covered them, and actions. */
export function EntityPopover({ view, why, onAction }: EntityPopoverProps) {
  const { entity, events, outletCount } = view;
  return (
    <article class="card" aria-labelledby="parallax-title">
      <header class="entity">
        <h2 id="parallax-title" class="title">
          {entity.name}
        </h2>
        <p class="meta">
          {outletCount === 1
            ? t('entityMetaOne', t(`kind_${entity.kind}`))
            : t('entityMeta', t(`kind_${entity.kind}`), outletCount)}
        </p>
        <p class="summary">{entity.description}</p>
      </header>
      <section aria-label={t('appearsIn')}>
        <h3>
          {t('appearsIn')} <span class="count">({events.length})</span>
        </h3>
        <ul class="events">
          {events.map((event) => (
            <li key={event.id}>
              <span class="event-title">{event.title}</span> <span class="date">{formatRange(event.date)}</span>
            </li>
          ))}
        </ul>
      </section>
      <WhyLine entity={why} />
      <Actions actions={['open-panel', 'wrong-match', 'mute']} onAction={onAction} muteLabel={entity.name} />
    </article>
  );
}
