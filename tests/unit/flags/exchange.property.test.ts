// The other direction of the flag schema: every flag the background saves is
// written by the export so that the import reads it back as it was.
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';

import { exportFlags, parseFlagExport } from '@/lib/flags/exchange';
import type { Flag } from '@/lib/flags/types';
import { REQUEST_SCHEMAS } from '@/lib/messaging/protocol';

import { flagArb, timeArb } from './flag-arbitraries';

/** Fixed so a failure is reproducible; fast-check prints the counterexample. */
const SEED = 20_260_612;

/** Flags from the whole schema, and some just outside it (names for ids, times from a broken clock). */
const candidateArb: fc.Arbitrary<Flag> = fc
  .tuple(
    flagArb,
    fc.option(fc.string({ maxLength: 200 })),
    fc.option(fc.oneof(timeArb, fc.nat(), fc.integer({ min: Date.UTC(2200, 0, 2), max: 8.64e15 }))),
  )
  .map(([flag, outletId, createdAt]) => ({
    ...flag,
    ...(outletId === null ? {} : { outletId }),
    ...(createdAt === null ? {} : { createdAt }),
  }));

const savable = (flag: Flag): boolean => v.is(REQUEST_SCHEMAS['flags.save'], { flag });

describe('exporting and importing flags', () => {
  it('gives back every flag the background would save, as it was', () => {
    fc.assert(
      fc.property(candidateArb, (flag) => {
        fc.pre(savable(flag));
        const file = JSON.stringify(exportFlags([flag], { exportedAt: '2024-05-01T10:00:00.000Z', version: '0.1.0' }));
        // The export leaves out an empty outlet name or date, as it leaves out an unknown one.
        expect(parseFlagExport(file)).toEqual({
          ok: true,
          value: [{ ...flag, outletName: flag.outletName || null, publishedAt: flag.publishedAt || null }],
        });
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('saves a flag whose outlet is not a dataset id, or whose time is not plausible, nowhere', () => {
    fc.assert(
      fc.property(flagArb, (flag) => {
        expect(savable(flag)).toBe(true);
        expect(savable({ ...flag, outletId: 'Kyiv Post' })).toBe(false);
        expect(savable({ ...flag, createdAt: 0 })).toBe(false);
      }),
      { seed: SEED, numRuns: 50 },
    );
  });
});
