/** The record counts of a dataset pack, in the order the options page lists them. */
import type { PackCounts } from '../db/records';

export type { PackCounts };

/** Kinds of record, most familiar first. */
export const COUNT_KINDS: readonly (keyof PackCounts)[] = [
  'outlets',
  'entities',
  'aliases',
  'events',
  'claims',
  'reports',
];
