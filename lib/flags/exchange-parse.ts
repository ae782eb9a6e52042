/**
 * Reads an export file back into flags. Every problem is reported with its
 * path and nothing is imported from a file with problems; fields other tools
 * do not write (label, outlet, linked claim…) fall back to defaults.
 * The format is described in `exchange.ts`.
 */
import { err, ok, type Result } from '../messaging/result';
import { ANNOTATION_ID_PREFIX, IssueList, asList, isObject, readOffset, readOptionalSlug, readText, readTime, readUrl, typeName, type JsonObject } from './exchange-checks';
import { MAX_IMPORT_ITEMS, MAX_NOTE_LENGTH, MAX_QUOTE_LENGTH, isFlagLabel, newFlagId, type Flag, type FlagLabel, type FlagSelectors } from './types';

/** One problem in an import file, at a path such as `items[3].target.source`. */
export interface ImportIssue {
  path: string;
  message: string;
}

/** Longest context, title and outlet name accepted (other tools may store more context than we do). */
const MAX_CONTEXT_LENGTH = 1000;
const MAX_TITLE_LENGTH = 2000;
const MAX_NAME_LENGTH = 300;
const FLAG_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

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
  const exact = readText(issues, quote.exact, `${at}.exact`, { max: MAX_QUOTE_LENGTH, nonEmpty: true });
  const prefix = readText(issues, quote.prefix, `${at}.prefix`, { max: MAX_CONTEXT_LENGTH, optional: true }) ?? '';
  const suffix = readText(issues, quote.suffix, `${at}.suffix`, { max: MAX_CONTEXT_LENGTH, optional: true }) ?? '';
  if (exact === undefined) return undefined;
  const positionAt = selectors.findIndex((selector) => selector.type === 'TextPositionSelector');
  const position = selectors[positionAt];
  // Without a position, the start of the page is the hint: prefix and suffix still decide first.
  let start = 0;
  let end = exact.length;
  if (position) {
    const p = `${path}.selector[${positionAt}]`;
    const from = readOffset(issues, position.start, `${p}.start`);
    const to = readOffset(issues, position.end, `${p}.end`);
    if (from === undefined || to === undefined) return undefined;
    if (to < from) {
      issues.add(`${p}.end`, `ends (${to}) before it starts (${from})`);
      return undefined;
    }
    [start, end] = [from, to];
  }
  return { quote: { type: 'TextQuoteSelector', exact, prefix, suffix }, position: { type: 'TextPositionSelector', start, end } };
}

function readBodies(issues: IssueList, value: unknown, path: string): { note: string; tags: string[] } {
  const notes: string[] = [];
  const tags: string[] = [];
  asList(value).forEach((body) => {
    // A body given as a bare IRI points at content elsewhere: nothing to import from it.
    if (!isObject(body) || typeof body.value !== 'string') return;
    if (body.purpose === 'tagging') tags.push(body.value);
    else if (body.purpose === undefined || body.purpose === 'commenting' || body.purpose === 'describing') notes.push(body.value);
  });
  const note = notes.join('\n\n');
  if (note.length > MAX_NOTE_LENGTH) issues.add(path, `the note is ${note.length.toLocaleString('en')} characters long; at most ${MAX_NOTE_LENGTH.toLocaleString('en')} allowed`);
  return { note, tags };
}

function readLabel(issues: IssueList, own: JsonObject, tags: string[], path: string): FlagLabel {
  if (own.label === undefined) return tags.find(isFlagLabel) ?? 'unverified';
  if (isFlagLabel(own.label)) return own.label;
  issues.add(`${path}.label`, `must be one of unverified, disputed, misleading, important; got ${typeof own.label === 'string' ? `'${own.label.slice(0, 40)}'` : typeName(own.label)}`);
  return 'unverified';
}

function readId(issues: IssueList, own: JsonObject, annotationId: unknown, path: string): string {
  if (own.id !== undefined) {
    if (typeof own.id === 'string' && FLAG_ID.test(own.id)) return own.id;
    issues.add(`${path}['parallax:flag'].id`, 'expected letters, digits, hyphens or underscores (at most 128)');
    return '';
  }
  if (typeof annotationId === 'string' && annotationId.startsWith(ANNOTATION_ID_PREFIX)) {
    const id = annotationId.slice(ANNOTATION_ID_PREFIX.length);
    if (FLAG_ID.test(id)) return id;
  }
  // Annotations from other tools get an id of ours; re-importing them merges by URL and quote instead.
  return newFlagId();
}

function readTimes(issues: IssueList, item: JsonObject, path: string, now: number): { createdAt: number; updatedAt: number } {
  const created = item.created === undefined ? undefined : readTime(issues, item.created, `${path}.created`);
  const modified = item.modified === undefined ? undefined : readTime(issues, item.modified, `${path}.modified`);
  const createdAt = created ?? modified ?? now;
  return { createdAt, updatedAt: modified ?? createdAt };
}

function readItem(issues: IssueList, item: unknown, path: string, now: number): Flag | undefined {
  if (!isObject(item)) {
    issues.add(path, `expected an annotation object, got ${typeName(item)}`);
    return undefined;
  }
  const before = issues.items.length;
  if (item.type !== undefined && item.type !== 'Annotation' && !(Array.isArray(item.type) && item.type.includes('Annotation'))) {
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
  const url = readUrl(issues, targetValue.source, `${path}.target.source`);
  const selectors = readSelectors(issues, targetValue, `${path}.target`);
  const { note, tags } = readBodies(issues, item.body, `${path}.body`);
  const quote = readText(issues, claim['schema:text'], `${path}['schema:about']['schema:text']`, { max: MAX_QUOTE_LENGTH, optional: true });
  const title = readText(issues, appearance['schema:headline'], `${path}['schema:about']['schema:appearance']['schema:headline']`, { max: MAX_TITLE_LENGTH, optional: true });
  const publisher = field(appearance, 'schema:publisher', `${path}['schema:about']['schema:appearance']`, issues);
  const author = field(claim, 'schema:author', `${path}['schema:about']`, issues);
  const outletName = readText(issues, publisher['schema:name'] ?? author['schema:name'], `${path}['schema:about'].publisher`, { max: MAX_NAME_LENGTH, optional: true });
  const publishedAt = readText(issues, claim['schema:datePublished'], `${path}['schema:about']['schema:datePublished']`, { max: 100, optional: true });
  const ownPath = `${path}['parallax:flag']`;
  const pageUrl = own.pageUrl === undefined ? url : readUrl(issues, own.pageUrl, `${ownPath}.pageUrl`);
  const outletId = readOptionalSlug(issues, own.outletId, `${ownPath}.outletId`);
  const claimId = readOptionalSlug(issues, own.claimId, `${ownPath}.claimId`);
  const eventId = readOptionalSlug(issues, own.eventId, `${ownPath}.eventId`);
  const label = readLabel(issues, own, tags, ownPath);
  const id = readId(issues, own, item.id, path);
  const times = readTimes(issues, item, path, now);
  if (issues.items.length > before || !url || !selectors || !pageUrl || outletId === undefined || claimId === undefined || eventId === undefined) return undefined;
  return {
    id,
    url,
    pageUrl,
    outletId,
    outletName: outletName || null,
    title: title ?? '',
    publishedAt: publishedAt || null,
    quote: quote ?? selectors.quote.exact,
    selectors,
    note,
    label,
    claimId,
    eventId,
    ...times,
  };
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
    issues.add('items', `has ${items.length.toLocaleString('en')} flags; at most ${MAX_IMPORT_ITEMS.toLocaleString('en')} can be imported at once`);
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
      return err([{ path: '', message: `the file is not valid JSON (${thrown instanceof Error ? thrown.message : String(thrown)})` }]);
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
  if (issues.items.length > LISTED_ISSUES || issues.full) listed.push({ path: '', message: `and more problems; only the first ${LISTED_ISSUES} are listed` });
  return err(listed);
}
