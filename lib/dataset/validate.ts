/**
 * `validatePack`: the one gate every pack passes before anything is written to
 * the database. Hand-written for speed on large packs (see `limits.ts`, where
 * its bounds live), and so every message names the exact field
 * (`claims[3].eventId: no event with id 'foo'`).
 */
import { err, ok, type Result } from '../messaging/result';
import {
  checkKnownKeys,
  isIsoDay,
  isObject,
  IssueList,
  readArray,
  readString,
  typeName,
  type PackIssue,
} from './checks';
import { PACK_FIELD_LIMITS, PACK_LIMITS } from './limits';
import { isSemver } from './semver';
import { READABLE_PACK_SCHEMAS, type Pack } from './types';
import { checkClaim, checkEntity, checkEvent, checkOutlet, checkReport } from './validate-records';

export type { PackIssue } from './checks';
export { PACK_LIMITS } from './limits';

type Collection = keyof typeof PACK_LIMITS;

const SINGULAR: Record<Collection, string> = {
  outlets: 'outlet',
  entities: 'entity',
  events: 'event',
  claims: 'claim',
  reports: 'report',
};

/** Fields a later schema added: a pack of an older schema must not carry them. */
const ADDED_FIELDS: readonly { schema: number; records: 'events' | 'claims'; field: string; what: string }[] = [
  { schema: 2, records: 'events', field: 'terms', what: 'event terms' },
  { schema: 3, records: 'events', field: 'formerIds', what: 'former ids of events' },
  { schema: 3, records: 'claims', field: 'formerIds', what: 'former ids of claims' },
  { schema: 3, records: 'claims', field: 'fewerOutletsReason', what: 'fewer-outlets reasons' },
  { schema: 4, records: 'claims', field: 'statements', what: 'statements in other languages' },
];

/** Renders an issue as the one-line form used by the command line and error messages. */
export function formatIssue(issue: PackIssue): string {
  return `${issue.path}: ${issue.message}`;
}

function checkCollection<T extends { id: string }>(
  issues: IssueList,
  pack: Record<string, unknown>,
  name: Collection,
  check: (issues: IssueList, value: unknown, path: string) => T | undefined,
): Map<string, T> {
  const byId = new Map<string, T>();
  const list = readArray(issues, pack, name, 'pack', PACK_LIMITS[name]);
  if (!list) return byId;
  for (let i = 0; i < list.length && !issues.full; i++) {
    const record = check(issues, list[i], `${name}[${i}]`);
    if (!record) continue;
    if (byId.has(record.id)) issues.add(`${name}[${i}].id`, `duplicate ${SINGULAR[name]} id '${record.id}'`);
    else byId.set(record.id, record);
  }
  return byId;
}

/** The ids of each kind that passed its shape check. */
interface KnownIds {
  entities: ReadonlyMap<string, unknown>;
  events: ReadonlyMap<string, unknown>;
  outlets: ReadonlyMap<string, unknown>;
}

/**
 * A former id names exactly one record that absorbed it, and no record still in the pack:
 * otherwise the reader's marks stored under it could not be moved to one place.
 */
function checkFormerIds(
  issues: IssueList,
  records: readonly { id: string; formerIds?: string[] }[],
  name: 'events' | 'claims',
  current: ReadonlyMap<string, unknown>,
): void {
  const absorbedBy = new Map<string, string>();
  records.forEach((record, i) =>
    record.formerIds?.forEach((former, j) => {
      const at = `${name}[${i}].formerIds[${j}]`;
      const earlier = absorbedBy.get(former);
      if (current.has(former)) issues.add(at, `'${former}' is still the id of one of the ${name}`);
      else if (earlier !== undefined) issues.add(at, `'${former}' is already a former id of '${earlier}'`);
      else absorbedBy.set(former, record.id);
    }),
  );
}

function checkReferences(issues: IssueList, pack: Pack, ids: KnownIds): void {
  // Paths are built only for a missing id (a large pack has hundreds of thousands of good references).
  const missing = (path: string, kind: string, id: string): void => issues.add(path, `no ${kind} with id '${id}'`);
  pack.events.forEach((ev, i) =>
    ev.entityIds.forEach((id, j) => {
      if (!ids.entities.has(id)) missing(`events[${i}].entityIds[${j}]`, 'entity', id);
    }),
  );
  const claimEvent = new Map<string, string>();
  pack.claims.forEach((c, i) => {
    if (!ids.events.has(c.eventId)) missing(`claims[${i}].eventId`, 'event', c.eventId);
    c.hints.entityIds.forEach((id, j) => {
      if (!ids.entities.has(id)) missing(`claims[${i}].hints.entityIds[${j}]`, 'entity', id);
    });
    claimEvent.set(c.id, c.eventId);
  });
  pack.reports.forEach((r, i) => {
    if (!ids.outlets.has(r.outletId)) missing(`reports[${i}].outletId`, 'outlet', r.outletId);
    if (!ids.events.has(r.eventId)) missing(`reports[${i}].eventId`, 'event', r.eventId);
    const eventOfClaim = claimEvent.get(r.claimId);
    if (eventOfClaim === undefined) issues.add(`reports[${i}].claimId`, `no claim with id '${r.claimId}'`);
    else if (eventOfClaim !== r.eventId)
      issues.add(
        `reports[${i}].eventId`,
        `'${r.eventId}' differs from the event of claim '${r.claimId}' ('${eventOfClaim}')`,
      );
  });
}

/** Checks a parsed JSON value against the pack format; returns the typed pack or every issue found. */
export function validatePack(input: unknown): Result<Pack, PackIssue[]> {
  const issues = new IssueList();
  if (!isObject(input)) return err([{ path: 'pack', message: `expected a pack object, got ${typeName(input)}` }]);
  checkKnownKeys(issues, input, 'pack', [
    'schema',
    'version',
    'date',
    'outlets',
    'entities',
    'events',
    'claims',
    'reports',
  ]);
  if (typeof input.schema !== 'number' || !READABLE_PACK_SCHEMAS.includes(input.schema)) {
    // A different schema means every other check would mislead: stop here.
    return err([
      {
        path: 'pack.schema',
        message: `unsupported schema ${JSON.stringify(input.schema)}; this version of Parallax reads schemas ${READABLE_PACK_SCHEMAS.slice(0, -1).join(', ')} and ${READABLE_PACK_SCHEMAS[READABLE_PACK_SCHEMAS.length - 1]}`,
      },
    ]);
  }
  for (const added of ADDED_FIELDS) {
    const records = input[added.records];
    if (input.schema < added.schema && Array.isArray(records) && records.some((r) => isObject(r) && added.field in r)) {
      issues.add('pack.schema', `${added.what} need schema ${added.schema}`);
    }
  }
  const version = readString(issues, input, 'version', 'pack', { max: PACK_FIELD_LIMITS.version });
  if (version !== undefined && !isSemver(version))
    issues.add('pack.version', `'${version}' is not a semantic version such as 1.0.0`);
  const date = readString(issues, input, 'date', 'pack', { max: PACK_FIELD_LIMITS.date });
  if (date !== undefined && !isIsoDay(date)) issues.add('pack.date', `'${date}' is not an ISO date (YYYY-MM-DD)`);
  const outlets = checkCollection(issues, input, 'outlets', checkOutlet);
  const entities = checkCollection(issues, input, 'entities', checkEntity);
  const events = checkCollection(issues, input, 'events', checkEvent);
  const claims = checkCollection(issues, input, 'claims', checkClaim);
  checkCollection(issues, input, 'reports', checkReport);
  if (issues.items.length > 0) return err(issues.items);
  const pack = input as unknown as Pack;
  checkReferences(issues, pack, { entities, events, outlets });
  checkFormerIds(issues, pack.events, 'events', events);
  checkFormerIds(issues, pack.claims, 'claims', claims);
  return issues.items.length > 0 ? err(issues.items) : ok(pack);
}
