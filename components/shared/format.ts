/** Formatting shared by the popover and the side panel. */
import type { DateRange, Figure } from '@/lib/dataset/types';
import { formatFigure } from '@/lib/compare/measures';
import { t } from '@/lib/i18n/t';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2022-08-20` → `20 Aug 2022`; partial dates keep their precision. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return t('dateUnknown');
  const [y, m, d] = iso.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  return [d ? String(Number(d)) : '', month ?? '', y ?? ''].filter(Boolean).join(' ');
}

/** A date or a range of dates, in reading form. */
export function formatRange(range: DateRange): string {
  return range.end && range.end !== range.start ? `${formatDate(range.start)} – ${formatDate(range.end)}` : formatDate(range.start);
}

/** A figure with its unit, for a table cell. */
export function figureLabel(figure: Figure): string {
  return `${figure.asWritten && !/^\d+$/.test(figure.asWritten) ? figure.asWritten : formatFigure(figure)} ${figure.what}`;
}
