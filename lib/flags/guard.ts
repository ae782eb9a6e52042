/** Checks a flag that arrives in a message, before the background stores it. */
import { isInt, isNullable, isOneOf, isShape, isString, type Guard } from '../messaging/guards';
import { FLAG_LABELS, MAX_NOTE_LENGTH, MAX_QUOTE_LENGTH, type Flag, type FlagSelectors } from './types';

const isUrl: Guard<string> = (value): value is string => {
  if (typeof value !== 'string' || value.length > 4096) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};

const isSelectors: Guard<FlagSelectors> = isShape<FlagSelectors>({
  quote: isShape({ type: isOneOf(['TextQuoteSelector'] as const), exact: isString(MAX_QUOTE_LENGTH), prefix: isString(200), suffix: isString(200) }),
  position: isShape({ type: isOneOf(['TextPositionSelector'] as const), start: isInt(), end: isInt() }),
});

const isFlagShape: Guard<Flag> = isShape<Flag>({
  id: (v): v is string => typeof v === 'string' && /^flag-[a-z0-9]{4,40}$/.test(v),
  url: isUrl,
  pageUrl: isUrl,
  outletId: isNullable(isString(200)),
  outletName: isNullable(isString(300)),
  title: isString(1000),
  publishedAt: isNullable(isString(100)),
  quote: isString(MAX_QUOTE_LENGTH),
  selectors: isSelectors,
  note: isString(MAX_NOTE_LENGTH),
  label: isOneOf(FLAG_LABELS),
  claimId: isNullable(isString(200)),
  eventId: isNullable(isString(200)),
  createdAt: isInt(),
  updatedAt: isInt(),
});

/** A complete flag: every field present and within its limits, the quote matching its selector. */
export const isFlag: Guard<Flag> = (value): value is Flag =>
  isFlagShape(value) && value.quote.trim().length > 0 && value.quote === value.selectors.quote.exact && value.selectors.position.start <= value.selectors.position.end;
