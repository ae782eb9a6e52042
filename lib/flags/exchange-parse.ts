/**
 * Reads an export file back into flags. Every problem is reported with its
 * path and nothing is imported from a file with problems; fields other tools
 * do not write (label, outlet, linked claim…) fall back to defaults.
 * Each field is read with the rule of the flag schema (`schema.ts`) and each
 * flag is checked against the whole schema, so every flag an import accepts
 * can be saved again. The format is described in `exchange.ts`.
 */
import * as v from 'valibot';

import { err, ok, type Result } from '../messaging/result';
import {
  ANNOTATION_ID_PREFIX,
  asList,
  ISO_TIME_FIELD,
  isObject,
  IssueList,
  readField,
  typeName,
  type JsonObject,
} from './exchange-checks';
import { boundedText, FLAG_FIELDS, FlagSchema, PositionSelectorSchema, QuoteSelectorSchema } from './schema';
import {
  isFlagLabel,
  MAX_IMPORT_ITEMS,
  MAX_QUOTE_LENGTH,
  newFlagId,
  type Flag,
  type FlagLabel,
  type FlagSelectors,
  type ImportIssue,
} from './types';

function field(value: JsonObject, key: string, path: string, issues: IssueList): JsonObject {
  const inner = value[key];
  if (inner === undefined || inner === null) return {};
  if (isObject(inner)) return inner;
  issues.add(`${path}.${key}`, `expected an object, got ${typeName(inner)}`);
  return {};
}

function readSelectors(issues: IssueList, target: JsonObject, path: string): FlagSelectors | undefined {
  const selectors = asList(target.selector).filter(isObject);
  const quoteAt = selectors.findIndex((selector) => selector.type === 'TextQuoteSelector');
  const quote = selectors[quoteAt];
  if (!quote) {
    issues.add(`${path}.selector`, 'needs a TextQuoteSelector holding the flagged text');
    return undefined;
  }
  const at = `${path}.selector[${quoteAt}]`;
  // Other tools may leave out the context; a missing one is empty, a broken one an issue.
  const textQuote = readField(
    issues,
    QuoteSelectorSchema,
    {
      type: 'TextQuoteSelector',
      exact: quote.exact,
      prefix: quote.prefix === undefined ? '' : quote.prefix,
      suffix: quote.suffix === undefined ? '' : quote.suffix,
    },
    at,
  );
  const positionAt = selectors.findIndex((selector) => selector.type === 'TextPositionSelector');
  const position = selectors[positionAt];
  const textPosition = position
    ? readField(
        issues,
        PositionSelectorSchema,
        { type: 'TextPositionSelector', start: position.start, end: position.end },
        `${path}.selector[${positionAt}]`,
      )
    : undefined;
  if (!textQuote || (position && !textPosition)) return undefined;
  // Without a position, the start of the page is the hint: prefix and suffix still decide first.
  return {
    quote: textQuote,
    position: textPosition ?? { type: 'TextPositionSelector', start: 0, end: textQuote.exact.length },
  };
}

function readBodies(issues: IssueList, value: unknown, path: string): { note: string; tags: string[] } {
  const notes: string[] = [];
  const tags: string[] = [];
  asList(value).forEach((body) => {
    // A body given as a bare IRI points at content elsewhere: nothing to import from it.
    if (!isObject(body) || typeof body.value !== 'string') return;
    if (body.purpose === 'tagging') tags.push(body.value);
    else if (body.purpose === undefined || body.purpose === 'commenting' || body.purpose === 'describing')
      notes.push(body.value);
  });
  const note = notes.join('\n\n');
  readField(issues, FLAG_FIELDS.note, note, path);
  return { note, tags };
}

function readLabel(issues: IssueList, own: JsonObject, tags: string[], path: string): FlagLabel {
  if (own.label === undefined) return tags.find(isFlagLabel) ?? 'unverified';
  return readField(issues, FLAG_FIELDS.label, own.label, `${path}.label`) ?? 'unverified';
}

function readId(issues: IssueList, own: JsonObject, annotationId: unknown, path: string): string {
  if (own.id !== undefined) return readField(issues, FLAG_FIELDS.id, own.id, `${path}['parallax:flag'].id`) ?? '';
  if (typeof annotationId === 'string' && annotationId.startsWith(ANNOTATION_ID_PREFIX)) {
    const id = annotationId.slice(ANNOTATION_ID_PREFIX.length);
    if (v.is(FLAG_FIELDS.id, id)) return id;
  }
  // Annotations from other tools get an id of ours; re-importing them merges by URL and quote instead.
  return newFlagId();
}

function readTimes(
  issues: IssueList,
  item: JsonObject,
  path: string,
  now: number,
): { createdAt: number; updatedAt: number } {
  const created =
    item.created === undefined ? undefined : readField(issues, ISO_TIME_FIELD, item.created, `${path}.created`);
  const modified =
    item.modified === undefined ? undefined : readField(issues, ISO_TIME_FIELD, item.modified, `${path}.modified`);
  const createdAt = created ?? modified ?? now;
  return { createdAt, updatedAt: modified ?? createdAt };
}

/** Text fields a file may leave out; in a flag, a missing outlet name or date is null rather than empty. */
const OPTIONAL_TEXT = {
  claimText: boundedText(MAX_QUOTE_LENGTH),
  title: FLAG_FIELDS.title,
  outletName: v.unwrap(FLAG_FIELDS.outletName),
  publishedAt: v.unwrap(FLAG_FIELDS.publishedAt),
};

/** Optional text read with `schema`: undefined when absent. */
function optionalText(
  issues: IssueList,
  value: unknown,
  schema: v.GenericSchema<unknown, string>,
  path: string,
): string | undefined {
  return value === undefined ? undefined : readField(issues, schema, value, path);
}

function readItem(issues: IssueList, item: unknown, path: string, now: number): Flag | undefined {
  if (!isObject(item)) {
    issues.add(path, `expected an annotation object, got ${typeName(item)}`);
    return undefined;
  }
  const before = issues.items.length;
  if (
    item.type !== undefined &&
    item.type !== 'Annotation' &&
    !(Array.isArray(item.type) && item.type.includes('Annotation'))
  ) {
    issues.add(`${path}.type`, `expected 'Annotation', got ${JSON.stringify(item.type).slice(0, 40)}`);
  }
  const own = field(item, 'parallax:flag', path, issues);
  const claim = field(item, 'schema:about', path, issues);
  const appearance = field(claim, 'schema:appearance', `${path}['schema:about']`, issues);
  const targetValue = Array.isArray(item.target) ? item.target[0] : item.target;
  if (!isObject(targetValue)) {
    issues.add(`${path}.target`, `expected the flagged page and text, got ${typeName(targetValue)}`);
    return undefined;
  }
  const url = readField(issues, FLAG_FIELDS.url, targetValue.source, `${path}.target.source`);
  const selectors = readSelectors(issues, targetValue, `${path}.target`);
  const { note, tags } = readBodies(issues, item.body, `${path}.body`);
  // Read only so a broken file is refused as before: the flag's quote is the text its selector holds.
  optionalText(issues, claim['schema:text'], OPTIONAL_TEXT.claimText, `${path}['schema:about']['schema:text']`);
  const title = optionalText(
    issues,
    appearance['schema:headline'],
    OPTIONAL_TEXT.title,
    `${path}['schema:about']['schema:appearance']['schema:headline']`,
  );
  const publisher = field(appearance, 'schema:publisher', `${path}['schema:about']['schema:appearance']`, issues);
  const author = field(claim, 'schema:author', `${path}['schema:about']`, issues);
  const outletName = optionalText(
    issues,
    publisher['schema:name'] ?? author['schema:name'],
    OPTIONAL_TEXT.outletName,
    `${path}['schema:about'].publisher`,
  );
  const publishedAt = optionalText(
    issues,
    claim['schema:datePublished'],
    OPTIONAL_TEXT.publishedAt,
    `${path}['schema:about']['schema:datePublished']`,
  );
  const ownPath = `${path}['parallax:flag']`;
  const pageUrl =
    own.pageUrl === undefined ? url : readField(issues, FLAG_FIELDS.pageUrl, own.pageUrl, `${ownPath}.pageUrl`);
  const outletId = readField(issues, FLAG_FIELDS.outletId, own.outletId ?? null, `${ownPath}.outletId`);
  const claimId = readField(issues, FLAG_FIELDS.claimId, own.claimId ?? null, `${ownPath}.claimId`);
  const eventId = readField(issues, FLAG_FIELDS.eventId, own.eventId ?? null, `${ownPath}.eventId`);
  const label = readLabel(issues, own, tags, ownPath);
  const id = readId(issues, own, item.id, path);
  const times = readTimes(issues, item, path, now);
  if (
    issues.items.length > before ||
    !url ||
    !selectors ||
    !pageUrl ||
    outletId === undefined ||
    claimId === undefined ||
    eventId === undefined
  )
    return undefined;
  const flag: Flag = {
    id,
    url,
    pageUrl,
    outletId,
    outletName: outletName || null,
    title: title ?? '',
    publishedAt: publishedAt || null,
    // Other tools' Claim text may differ from the page's: the flag keeps what the page showed.
    quote: selectors.quote.exact,
    selectors,
    note,
    label,
    claimId,
    eventId,
    ...times,
  };
  // Every field passed its rule above; the whole-flag rules (quote = selector text) hold by construction.
  return readField(issues, FlagSchema, flag, path);
}

function readItems(issues: IssueList, document: unknown): { items: unknown[]; path: string } | undefined {
  if (Array.isArray(document)) return { items: document, path: '' };
  if (!isObject(document)) {
    issues.add('', `expected an export of flags (a JSON object), got ${typeName(document)}`);
    return undefined;
  }
  if (document.type === 'Annotation') return { items: [document], path: 'annotation' };
  if (document.type !== undefined && document.type !== 'AnnotationCollection' && document.type !== 'AnnotationPage') {
    issues.add('type', `expected 'AnnotationCollection', got ${JSON.stringify(document.type).slice(0, 40)}`);
    return undefined;
  }
  const first = isObject(document.first) ? document.first : undefined;
  const items = document.items ?? first?.items;
  if (!Array.isArray(items)) {
    issues.add('items', `expected a list of annotations, got ${typeName(items)}`);
    return undefined;
  }
  if (items.length > MAX_IMPORT_ITEMS) {
    issues.add(
      'items',
      `has ${items.length.toLocaleString('en')} flags; at most ${MAX_IMPORT_ITEMS.toLocaleString('en')} can be imported at once`,
    );
    return undefined;
  }
  return { items, path: 'items' };
}

/** Issues listed before the rest are summarised: a broken file should not produce a wall of text. */
const LISTED_ISSUES = 50;

/**
 * Flags from an export document (or its JSON text). On any problem, returns
 * the problems, each with a path and a sentence, and no flags.
 */
export function parseFlagExport(input: unknown, options: { now?: number } = {}): Result<Flag[], ImportIssue[]> {
  let document = input;
  if (typeof input === 'string') {
    try {
      document = JSON.parse(input) as unknown;
    } catch (thrown) {
      return err([
        {
          path: '',
          message: `the file is not valid JSON (${thrown instanceof Error ? thrown.message : String(thrown)})`,
        },
      ]);
    }
  }
  const issues = new IssueList();
  const found = readItems(issues, document);
  if (!found) return err(issues.items);
  const now = options.now ?? Date.now();
  const flags: Flag[] = [];
  for (let index = 0; index < found.items.length && !issues.full; index += 1) {
    const flag = readItem(issues, found.items[index], `${found.path}[${index}]`, now);
    if (flag) flags.push(flag);
  }
  if (issues.items.length === 0) return ok(flags);
  const listed = issues.items.slice(0, LISTED_ISSUES);
  if (issues.items.length > LISTED_ISSUES || issues.full)
    listed.push({ path: '', message: `and more problems; only the first ${LISTED_ISSUES} are listed` });
  return err(listed);
}
