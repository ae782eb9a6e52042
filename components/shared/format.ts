/** Formatting shared by the popover and the side panel. */
import type { DateRange, Figure } from '@/lib/dataset/types';
import { formatFigure } from '@/lib/compare/measures';
import type { RowMark } from '@/lib/compare/types';
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

/**
 * Identifies a figure by value. Comparisons reach the views through extension
 * messaging, which copies objects, so figures must never be matched by identity.
 */
export function figureKey(figure: Figure): string {
  return [figure.value, figure.unit, figure.what, figure.source, figure.measure ?? ''].join('\u0000');
}

/** The keys of a row's figures that differ from other outlets'. */
export function differingFigureKeys(marks: readonly RowMark[]): Set<string> {
  return new Set(marks.flatMap((m) => (m.kind === 'figure-differs' ? [figureKey(m.figure)] : [])));
}
