import { describe, expect, it } from 'vitest';

import { applyPatch, isSettings, migrate, normaliseSettings, type Migration } from '@/lib/settings/migrations';
import { DEFAULT_SETTINGS, isEnabledOn } from '@/lib/settings/schema';

describe('settings', () => {
  it('starts from the defaults when nothing is stored', () => {
    expect(normaliseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('runs migrations in order, each from its own version, without losing the reader’s choices', () => {
    // A future version 2 that renamed fields, then a version 3 that nested one.
    const steps: Migration[] = [
      ({ disabledHosts, ...rest }) => ({ ...rest, version: 2, sites: disabledHosts }),
      ({ sites, ...rest }) => ({ ...rest, version: 3, disabledSites: sites }),
    ];
    const v1 = { version: 1, enabled: false, disabledHosts: ['www.Example.com', 'news.test'], palette: 'distinct' };
    expect(migrate(v1, steps)).toEqual({
      version: 3,
      enabled: false,
      disabledSites: ['www.Example.com', 'news.test'],
      palette: 'distinct',
    });
    expect(migrate({ version: 2, sites: ['a.test'] }, steps)).toEqual({ version: 3, disabledSites: ['a.test'] });
    const migrated = normaliseSettings(v1, steps);
    expect(migrated.enabled).toBe(false);
    expect(migrated.disabledSites).toEqual(['example.com', 'news.test']);
    expect(migrated.palette).toBe('distinct');
  });

  it('keeps every valid field when one is broken', () => {
    const stored = {
      ...DEFAULT_SETTINGS,
      highlightStyle: 'neon',
      hover: { prepareMs: 'soon', showMs: 800, graceMs: -5 },
      disabledSites: ['a.test', 42, 'a.test'],
    };
    const s = normaliseSettings(stored);
    expect(s.highlightStyle).toBe('background');
    expect(s.hover).toEqual({ prepareMs: 150, showMs: 800, graceMs: 0 });
    expect(s.disabledSites).toEqual(['a.test']);
  });

  it('reads a record from a newer build as far as it understands it', () => {
    const s = normaliseSettings({ ...DEFAULT_SETTINGS, version: 7, enabled: false, futureField: true });
    expect(s.enabled).toBe(false);
    expect(s.version).toBe(1);
  });

  it('applies a partial change and validates it', () => {
    const s = applyPatch(DEFAULT_SETTINGS, { hover: { showMs: 99_999 }, show: { entities: false } });
    expect(s.hover.showMs).toBe(3000);
    expect(s.hover.prepareMs).toBe(150);
    expect(s.show).toEqual({ entities: false, claims: true, flags: true });
  });

  it('accepts only complete, current settings records on the wire', () => {
    expect(isSettings(structuredClone(DEFAULT_SETTINGS))).toBe(true);
    expect(isSettings({ ...DEFAULT_SETTINGS, enabled: 'yes' })).toBe(false);
    expect(isSettings({ enabled: true })).toBe(false);
  });

  it('knows where Parallax is off', () => {
    const s = applyPatch(DEFAULT_SETTINGS, { disabledSites: ['example.com'] });
    expect(isEnabledOn(s, 'www.example.com')).toBe(false);
    expect(isEnabledOn(s, 'other.test')).toBe(true);
    expect(isEnabledOn({ ...s, enabled: false }, 'other.test')).toBe(false);
  });
});
