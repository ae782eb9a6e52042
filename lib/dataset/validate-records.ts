/**
 * Shape checks for each kind of pack record. Each `check*` function returns the
 * record when every field is well formed, so cross-reference checks only ever
 * look at records they can trust.
 */
import { LANGS } from '../match/lang/languages';
import {
  asObject,
  checkKnownKeys,
  checkSlug,
  isCountryCode,
  isIsoDay,
  isIsoDayOrMonth,
  isLanguageTag,
  readArray,
  readSlug,
  readSlugs,
  readString,
  readStrings,
  typeName,
  wordCount,
  type IssueList,
  type JsonObject,
} from './checks';
import { MAX_HINT_TERM_WORDS, MAX_KEY_TERM_WORDS, MAX_TERM_LENGTH, RECORD_LIMITS } from './limits';
import {
  CERTAINTIES,
  ENTITY_KINDS,
  OWNERSHIPS,
  type Alias,
  type Certainty,
  type Claim,
  type Entity,
  type EntityKind,
  type Figure,
  type Outlet,
  type PackEvent,
  type Report,
} from './types';

const {
  outlet: OUTLET,
  alias: ALIAS,
  entity: ENTITY,
  event: EVENT,
  claim: CLAIM,
  figure: FIGURE,
  report: REPORT,
} = RECORD_LIMITS;

const HOSTNAME = /^(?!www\.)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

function readLang(issues: IssueList, obj: JsonObject, key: string, path: string): string | undefined {
  const value = readString(issues, obj, key, path, { max: OUTLET.language });
  if (value !== undefined && !isLanguageTag(value))
    issues.add(`${path}.${key}`, `'${value}' is not a language tag such as 'en' or 'uk'`);
  return value;
}

/** Checks an outlet. */
export function checkOutlet(issues: IssueList, value: unknown, path: string): Outlet | undefined {
  const o = asObject(issues, value, path);
  if (!o) return undefined;
  const before = issues.items.length;
  checkKnownKeys(issues, o, path, ['id', 'name', 'domains', 'country', 'language', 'ownership']);
  readSlug(issues, o, 'id', path);
  readString(issues, o, 'name', path, { max: OUTLET.name });
  const domains = readArray(issues, o, 'domains', path, OUTLET.domains);
  if (domains?.length === 0) issues.add(`${path}.domains`, 'must list at least one hostname');
  domains?.forEach((d, i) => {
    if (typeof d !== 'string' || !HOSTNAME.test(d))
      issues.add(`${path}.domains[${i}]`, `${JSON.stringify(d)} is not a lowercase hostname without 'www.'`);
  });
  const country = readString(issues, o, 'country', path, { max: OUTLET.country });
  if (country !== undefined && !isCountryCode(country))
    issues.add(`${path}.country`, `'${country}' is not an ISO 3166-1 alpha-2 code`);
  readLang(issues, o, 'language', path);
  if (o.ownership !== undefined && !(OWNERSHIPS as readonly unknown[]).includes(o.ownership))
    issues.add(`${path}.ownership`, `expected one of ${OWNERSHIPS.join(', ')}, got ${JSON.stringify(o.ownership)}`);
  return issues.items.length === before ? (o as unknown as Outlet) : undefined;
}

function checkAlias(issues: IssueList, value: unknown, path: string): Alias | undefined {
  const a = asObject(issues, value, path);
  if (!a) return undefined;
  const before = issues.items.length;
  checkKnownKeys(issues, a, path, ['text', 'lang', 'ambiguous']);
  readString(issues, a, 'text', path, { max: ALIAS.text });
  readLang(issues, a, 'lang', path);
  if (a.ambiguous !== undefined && typeof a.ambiguous !== 'boolean')
    issues.add(`${path}.ambiguous`, `expected a boolean, got ${typeName(a.ambiguous)}`);
  return issues.items.length === before ? (a as unknown as Alias) : undefined;
}

/** Checks an entity, its kind and its aliases (non-empty, no duplicates). */
export function checkEntity(issues: IssueList, value: unknown, path: string): Entity | undefined {
  const e = asObject(issues, value, path);
  if (!e) return undefined;
  const before = issues.items.length;
  checkKnownKeys(issues, e, path, ['id', 'kind', 'name', 'aliases', 'description']);
  readSlug(issues, e, 'id', path);
  if (!ENTITY_KINDS.includes(e.kind as EntityKind))
    issues.add(`${path}.kind`, `${JSON.stringify(e.kind)} is not one of ${ENTITY_KINDS.join(', ')}`);
  readString(issues, e, 'name', path, { max: ENTITY.name });
  readString(issues, e, 'description', path, { max: ENTITY.description });
  const aliases = readArray(issues, e, 'aliases', path, ENTITY.aliases);
  if (aliases?.length === 0) issues.add(`${path}.aliases`, 'must list at least one alias');
  // A few aliases per entity: an array is cheaper than a Set across 100k entities.
  const seen: string[] = [];
  aliases?.forEach((item, i) => {
    const alias = checkAlias(issues, item, `${path}.aliases[${i}]`);
    if (!alias) return;
    const key = alias.text.normalize('NFC');
    if (seen.includes(key)) issues.add(`${path}.aliases[${i}].text`, `duplicate alias '${alias.text}'`);
    else seen.push(key);
  });
  return issues.items.length === before ? (e as unknown as Entity) : undefined;
}

function checkEventTerm(issues: IssueList, value: unknown, path: string): void {
  const term = asObject(issues, value, path);
  if (!term) return;
  checkKnownKeys(issues, term, path, ['text', 'lang']);
  const text = readString(issues, term, 'text', path, { max: MAX_TERM_LENGTH });
  if (text !== undefined && wordCount(text) > MAX_KEY_TERM_WORDS)
    issues.add(`${path}.text`, `'${text}' has ${wordCount(text)} words; at most ${MAX_KEY_TERM_WORDS} allowed`);
  readLang(issues, term, 'lang', path);
}

/** Checks an event, including its date range and distinctive terms. */
export function checkEvent(issues: IssueList, value: unknown, path: string): PackEvent | undefined {
  const ev = asObject(issues, value, path);
  if (!ev) return undefined;
  const before = issues.items.length;
  checkKnownKeys(issues, ev, path, ['id', 'title', 'date', 'place', 'summary', 'entityIds', 'terms', 'formerIds']);
  readSlug(issues, ev, 'id', path);
  readString(issues, ev, 'title', path, { max: EVENT.title });
  readString(issues, ev, 'place', path, { max: EVENT.place });
  readString(issues, ev, 'summary', path, { max: EVENT.summary });
  readSlugs(issues, ev, 'entityIds', path, EVENT.entityIds);
  if (ev.terms !== undefined)
    readArray(issues, ev, 'terms', path, EVENT.terms)?.forEach((item, i) =>
      checkEventTerm(issues, item, `${path}.terms[${i}]`),
    );
  if (ev.formerIds !== undefined) readSlugs(issues, ev, 'formerIds', path, EVENT.formerIds);
  const date = asObject(issues, ev.date, `${path}.date`);
  if (date) {
    checkKnownKeys(issues, date, `${path}.date`, ['start', 'end']);
    const start = readString(issues, date, 'start', `${path}.date`, { max: EVENT.date });
    const end = readString(issues, date, 'end', `${path}.date`, { max: EVENT.date, optional: true });
    if (start !== undefined && !isIsoDay(start))
      issues.add(`${path}.date.start`, `'${start}' is not an ISO date (YYYY-MM-DD)`);
    if (end !== undefined && !isIsoDay(end)) issues.add(`${path}.date.end`, `'${end}' is not an ISO date (YYYY-MM-DD)`);
    else if (start !== undefined && end !== undefined && end < start)
      issues.add(`${path}.date.end`, `'${end}' is before the start '${start}'`);
  }
  return issues.items.length === before ? (ev as unknown as PackEvent) : undefined;
}

/** A claim's statements in other languages: one string per language the matcher reads, English aside. */
function checkStatements(issues: IssueList, value: unknown, path: string): void {
  const statements = asObject(issues, value, path);
  if (!statements) return;
  for (const lang of Object.keys(statements)) {
    if (lang === 'en' || !(LANGS as readonly string[]).includes(lang))
      issues.add(`${path}.${lang}`, `'${lang}' is not a language the matcher reads besides English`);
    else readString(issues, statements, lang, path, { max: CLAIM.statement });
  }
}

/** Checks a claim and its matching hints. */
export function checkClaim(issues: IssueList, value: unknown, path: string): Claim | undefined {
  const c = asObject(issues, value, path);
  if (!c) return undefined;
  const before = issues.items.length;
  checkKnownKeys(issues, c, path, [
    'id',
    'eventId',
    'statement',
    'hints',
    'formerIds',
    'fewerOutletsReason',
    'statements',
  ]);
  readSlug(issues, c, 'id', path);
  readSlug(issues, c, 'eventId', path);
  readString(issues, c, 'statement', path, { max: CLAIM.statement });
  if (c.formerIds !== undefined) readSlugs(issues, c, 'formerIds', path, CLAIM.formerIds);
  readString(issues, c, 'fewerOutletsReason', path, { max: CLAIM.fewerOutletsReason, optional: true });
  if (c.statements !== undefined) checkStatements(issues, c.statements, `${path}.statements`);
  const hints = asObject(issues, c.hints, `${path}.hints`);
  if (hints) {
    const at = `${path}.hints`;
    checkKnownKeys(issues, hints, at, ['terms', 'entityIds', 'figures']);
    readStrings(issues, hints, 'terms', at, CLAIM.terms, MAX_HINT_TERM_WORDS);
    readSlugs(issues, hints, 'entityIds', at, CLAIM.entityIds);
    readArray(issues, hints, 'figures', at, CLAIM.figures, true)?.forEach((f, i) => {
      if (typeof f !== 'number' || !Number.isFinite(f))
        issues.add(`${at}.figures[${i}]`, `expected a finite number, got ${JSON.stringify(f)}`);
    });
  }
  return issues.items.length === before ? (c as unknown as Claim) : undefined;
}

function checkFigure(issues: IssueList, value: unknown, path: string): Figure | undefined {
  const f = asObject(issues, value, path);
  if (!f) return undefined;
  const before = issues.items.length;
  checkKnownKeys(issues, f, path, ['value', 'unit', 'what', 'source', 'asWritten', 'measure']);
  if (typeof f.value !== 'number' || !Number.isFinite(f.value))
    issues.add(`${path}.value`, `expected a finite number, got ${JSON.stringify(f.value)}`);
  readString(issues, f, 'unit', path, { max: FIGURE.unit });
  readString(issues, f, 'what', path, { max: FIGURE.what });
  readString(issues, f, 'source', path, { max: FIGURE.source });
  readString(issues, f, 'asWritten', path, { max: FIGURE.asWritten, optional: true });
  if (f.measure !== undefined) checkSlug(issues, f.measure, `${path}.measure`);
  return issues.items.length === before ? (f as unknown as Figure) : undefined;
}

/** Checks how one outlet reported one claim. */
export function checkReport(issues: IssueList, value: unknown, path: string): Report | undefined {
  const r = asObject(issues, value, path);
  if (!r) return undefined;
  const before = issues.items.length;
  checkKnownKeys(issues, r, path, [
    'id',
    'claimId',
    'eventId',
    'outletId',
    'url',
    'date',
    'headline',
    'attributedTo',
    'certainty',
    'figures',
    'keyTerms',
    'syndicatedFrom',
  ]);
  const id = readSlug(issues, r, 'id', path);
  const claimId = readSlug(issues, r, 'claimId', path);
  readSlug(issues, r, 'eventId', path);
  const outletId = readSlug(issues, r, 'outletId', path);
  if (id && claimId && outletId && id !== `${outletId}--${claimId}`)
    issues.add(`${path}.id`, `'${id}' should be '${outletId}--${claimId}' (outlet id, two hyphens, claim id)`);
  const url = readString(issues, r, 'url', path, { max: REPORT.url });
  if (url !== undefined && !/^https?:\/\/[^\s/]+\.[^\s/]+/.test(url))
    issues.add(`${path}.url`, `'${url}' is not an http(s) URL`);
  const date = readString(issues, r, 'date', path, { max: REPORT.date, nullable: true });
  if (date !== undefined && !isIsoDayOrMonth(date))
    issues.add(`${path}.date`, `'${date}' is not an ISO date (YYYY-MM-DD or YYYY-MM)`);
  readString(issues, r, 'headline', path, { max: REPORT.headline, nullable: true });
  readStrings(issues, r, 'attributedTo', path, REPORT.attributedTo, REPORT.attributedToWords);
  if (!CERTAINTIES.includes(r.certainty as Certainty))
    issues.add(`${path}.certainty`, `${JSON.stringify(r.certainty)} is not one of ${CERTAINTIES.join(', ')}`);
  readArray(issues, r, 'figures', path, REPORT.figures)?.forEach((f, i) =>
    checkFigure(issues, f, `${path}.figures[${i}]`),
  );
  readStrings(issues, r, 'keyTerms', path, REPORT.keyTerms, MAX_KEY_TERM_WORDS);
  readString(issues, r, 'syndicatedFrom', path, { max: REPORT.syndicatedFrom, optional: true });
  return issues.items.length === before ? (r as unknown as Report) : undefined;
}
