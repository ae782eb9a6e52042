/** The popover for a claim: the event, then how every other outlet reported it. */
import type { ClaimComparison } from '@/lib/compare/types';
import { t } from '@/lib/i18n/t';
import type { ClaimWhy } from '@/lib/match/types';

import { formatRange } from '../shared/format';
import { Actions, type PopoverAction } from './Actions';
import { ReportRow } from './ReportRow';
import { WhyLine } from './WhyLine';

/** Props: the comparison to show, why the text matched, and the action callback. */
export interface ClaimPopoverProps {
  comparison: ClaimComparison;
  why: ClaimWhy;
  /** The outlet of the page being read, when Parallax knows it. */
  hereName: string | null;
  onAction: (action: PopoverAction) => void;
}

/** Event header, this outlet's own report, other outlets' rows, differences and actions. */
export function ClaimPopover({ comparison, why, hereName, onAction }: ClaimPopoverProps) {
  const { event, claim, here, others, discrepancies, entities } = comparison;
  return (
    <article class="card" aria-labelledby="parallax-title">
      <header class="event">
        <h2 id="parallax-title" class="title">
          {event.title}
        </h2>
        <p class="meta">
          {formatRange(event.date)} · {event.place}
        </p>
        <p class="summary">{event.summary}</p>
        <p class="claim">
          <span class="claim-label">{t('claimLabel')}</span> {claim.statement}
        </p>
      </header>
      {here.length > 0 ? (
        <section class="here" aria-label={hereName ? t('thisOutletNamed', hereName) : t('thisOutlet')}>
          <h3>{t('thisOutlet')}</h3>
          <ul class="rows">
            {here.map((row) => (
              <ReportRow key={row.report.id} row={row} />
            ))}
          </ul>
        </section>
      ) : null}
      <section class="others" aria-label={t('otherOutlets')}>
        <h3>
          {t('otherOutlets')} <span class="count">({others.length})</span>
        </h3>
        {others.length > 0 ? (
          <ul class="rows">
            {others.map((row) => (
              <ReportRow key={row.report.id} row={row} />
            ))}
          </ul>
        ) : (
          <p class="empty">{t('noOtherOutlets')}</p>
        )}
      </section>
      {discrepancies.length > 0 ? (
        <section class="differences" aria-label={t('whereTheyDiffer')}>
          <h3>{t('whereTheyDiffer')}</h3>
          <ul>
            {discrepancies.map((d, i) => (
              <li key={i} class={`difference difference-${d.kind}`}>
                {d.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <WhyLine claim={why} entities={entities} />
      <Actions actions={['open-panel', 'flag', 'wrong-match']} onAction={onAction} />
    </article>
  );
}
