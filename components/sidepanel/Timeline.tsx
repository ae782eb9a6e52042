/** Who reported an event when: an ordered list, with a small bar showing the spread in time. */
import type { TimelineEntry } from '@/lib/compare/types';
import { t } from '@/lib/i18n/t';
import { daysAfterFirst, firstExactDate, timelinePositions } from '@/lib/panel/timeline';

import { formatDate } from '../shared/format';

/** Props: the timeline, oldest first, and this page's outlet. */
export interface TimelineProps {
  entries: TimelineEntry[];
  hereOutletId: string | null;
}

function distance(entries: TimelineEntry[], entry: TimelineEntry): string | null {
  const days = daysAfterFirst(entries, entry);
  const base = firstExactDate(entries);
  if (days === null || base === null) return null;
  return days === 1 ? t('panelDayAfter', formatDate(base)) : t('panelDaysAfter', days, formatDate(base));
}

/** The timeline section of an event comparison. */
export function Timeline({ entries, hereOutletId }: TimelineProps) {
  const positions = timelinePositions(entries);
  return (
    <section class="timeline">
      <h4>{t('panelTimelineHeading')}</h4>
      <ol class="timeline-list">
        {entries.map((entry, i) => {
          const position = positions[i];
          const since = distance(entries, entry);
          return (
            <li
              key={entry.outletId}
              data-outlet={entry.outletId}
              class={entry.outletId === hereOutletId ? 'here' : undefined}
            >
              <span class="timeline-date">
                {entry.date ? <time dateTime={entry.date}>{formatDate(entry.date)}</time> : formatDate(null)}
              </span>
              <span class="timeline-outlet">
                {entry.outletName}
                {entry.outletId === hereOutletId ? <span class="here-badge"> {t('panelThisPage')}</span> : null}
              </span>
              {entry.headline ? (
                <a class="timeline-headline" href={entry.url} target="_blank" rel="noopener noreferrer">
                  {entry.headline}
                </a>
              ) : null}
              {since ? <span class="timeline-since">{since}</span> : null}
              {position !== null && position !== undefined ? (
                <span class="timeline-bar" aria-hidden="true">
                  <span
                    class="timeline-dot"
                    style={{ insetInlineStart: `calc(${(position * 100).toFixed(1)}% - 4px)` }}
                  />
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
