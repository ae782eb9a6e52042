/** Formatting shared by the popover and the side panel. */
import type { Certainty, DateRange, Figure } from '@/lib/dataset/types';
import { formatFigure } from '@/lib/compare/measures';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2022-08-20` → `20 Aug 2022`; partial dates keep their precision. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'date unknown';
  const [y, m, d] = iso.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  return [d ? String(Number(d)) : '', month ?? '', y ?? ''].filter(Boolean).join(' ');
}

/** A date or a range of dates, in reading form. */
export function formatRange(range: DateRange): string {
  return range.end && range.end !== range.start ? `${formatDate(range.start)} – ${formatDate(range.end)}` : formatDate(range.start);
}

/** What each certainty level means, for tooltips and screen readers. */
export const CERTAINTY_HELP: Record<Certainty, string> = {
  asserted: 'stated as fact',
  attributed: 'attributed to a source',
  hedged: 'hedged (likely, reportedly)',
  disputed: 'presented as disputed',
  denied: 'reported as denied',
};

/** A figure with its unit, for a table cell. */
export function figureLabel(figure: Figure): string {
  return `${figure.asWritten && !/^\d+$/.test(figure.asWritten) ? figure.asWritten : formatFigure(figure)} ${figure.what}`;
}
