// The lenient reading of stored settings and the strict check of settings on the
// wire must agree: whatever was stored, the background sends settings that every
// page accepts, and reading those again changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { applyPatch, isSettings, normaliseSettings } from '@/lib/settings/migrations';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

/** Fixed so a failure is reproducible; fast-check prints the counterexample. */
const SEED = 20_260_613;

/** Stored records as a reader's profile may hold them: right, wrong, or from another build. */
const storedArb = fc.oneof(
  fc.anything(),
  fc.record(
    {
      version: fc.oneof(fc.integer({ min: -1, max: 3 }), fc.string()),
      enabled: fc.oneof(fc.boolean(), fc.anything()),
      disabledSites: fc.oneof(
        fc.array(fc.oneof(fc.domain(), fc.constantFrom('www.Example.com', '', 'WWW.', 'news.test')), { maxLength: 6 }),
        fc.anything(),
      ),
      hover: fc.oneof(
        fc.record({ prepareMs: fc.double(), showMs: fc.integer(), graceMs: fc.anything() }, { requiredKeys: [] }),
        fc.anything(),
      ),
      highlightStyle: fc.constantFrom('underline', 'background', 'neon', 3),
      palette: fc.constantFrom('standard', 'distinct', 'grey', null),
      show: fc.oneof(
        fc.record({ entities: fc.anything(), claims: fc.boolean(), flags: fc.boolean() }, { requiredKeys: [] }),
        fc.anything(),
      ),
      futureField: fc.anything(),
    },
    { requiredKeys: [] },
  ),
);

describe('settings', () => {
  it('read from any stored record are settings every page accepts, and read again unchanged', () => {
    fc.assert(
      fc.property(storedArb, (stored) => {
        const settings = normaliseSettings(stored);
        expect(isSettings(settings)).toBe(true);
        expect(normaliseSettings(structuredClone(settings))).toEqual(settings);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('are refused on the wire when a site is not in the form the settings keep', () => {
    expect(isSettings({ ...DEFAULT_SETTINGS, disabledSites: ['www.example.com'] })).toBe(false);
    expect(isSettings({ ...DEFAULT_SETTINGS, disabledSites: ['b.test', 'a.test'] })).toBe(false);
    expect(isSettings({ ...DEFAULT_SETTINGS, hover: { ...DEFAULT_SETTINGS.hover, showMs: 3001 } })).toBe(false);
    expect(isSettings(applyPatch(DEFAULT_SETTINGS, { disabledSites: ['www.B.test', 'a.test'] }))).toBe(true);
  });
});
