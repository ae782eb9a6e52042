/** Formatting shared by the popover and the side panel: dates through Intl in the reader's locale. */
import { formatFigure } from '@/lib/compare/measures';
import type { RowMark } from '@/lib/compare/types';
import type { DateRange, Figure, Outlet } from '@/lib/dataset/types';
import { t } from '@/lib/i18n/t';

/** The locale dates are shown in; `undefined` is the browser's own. */
let displayLocale: string | undefined;

/** Pins the locale dates are shown in (tests, a reader's choice); `undefined` goes back to the browser's. */
export function setDisplayLocale(locale: string | undefined): void {
  displayLocale = locale;
  formatters.clear();
  displayNames.clear();
}

const formatters = new Map<string, Intl.DateTimeFormat>();

// Building an Intl formatter costs far more than using one: a table of hundreds of rows reuses a few.
function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(displayLocale, options);
    formatters.set(key, made);
  }
  return made;
}

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

/**
 * A calendar date of the dataset (`2022-08-20`, `2022-08` or `2022`) in the
 * reader's locale (`20 Aug 2022`, `Aug 20, 2022`, `20. Aug. 2022`); partial
 * dates keep their precision. Calendar dates have no time zone, so they are
 * formatted as UTC days and never shift by one.
 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return t('dateUnknown');
  const parts = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!parts) return iso;
  const [, year, month, day] = parts;
  const at = Date.UTC(Number(year), month ? Number(month) - 1 : 0, day ? Number(day) : 1);
  const options: Intl.DateTimeFormatOptions = day
    ? DAY
    : month
      ? { month: 'short', year: 'numeric' }
      : { year: 'numeric' };
  return formatter({ ...options, timeZone: 'UTC' }).format(at);
}

/** The reader's own calendar day of an instant (a flag's creation), in their locale and time zone. */
export function formatDay(epochMs: number, timeZone?: string): string {
  return formatter(timeZone ? { ...DAY, timeZone } : DAY).format(epochMs);
}

const displayNames = new Map<string, Intl.DisplayNames>();

function displayName(type: 'region' | 'language', code: string): string {
  const key = `${type} ${displayLocale ?? ''}`;
  let names = displayNames.get(key);
  if (!names) {
    names = new Intl.DisplayNames(displayLocale ? [displayLocale] : undefined, { type });
    displayNames.set(key, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

// Message names may hold only letters, digits and underscores (chrome.i18n refuses to load others).
const OWNERSHIP_LABELS = {
  'state-owned': 'ownershipStateOwned',
  'public-broadcaster': 'ownershipPublicBroadcaster',
  private: 'ownershipPrivate',
} as const;

/** Facts about an outlet in one line: country, language and who owns it (`United Kingdom · English · public broadcaster`). */
export function outletContext(outlet: Outlet): string {
  const parts = [displayName('region', outlet.country), displayName('language', outlet.language)];
  if (outlet.ownership) parts.push(t(OWNERSHIP_LABELS[outlet.ownership]));
  return parts.join(' · ');
}

/** A date or a range of dates, in reading form. */
export function formatRange(range: DateRange): string {
  return range.end && range.end !== range.start
    ? `${formatDate(range.start)} – ${formatDate(range.end)}`
    : formatDate(range.start);
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
