/**
 * Brings a stored settings record up to the current version. Migrations run in
 * order, each from version N to N+1, in the manner of refined-github's
 * options-storage. Anything unreadable falls back to the default for that field
 * alone: one bad value never costs the reader their other choices.
 */
import { isRecord } from '../messaging/guards';
import { DEFAULT_SETTINGS, HOVER_LIMITS, SETTINGS_VERSION, type Settings } from './schema';

type Raw = Record<string, unknown>;

/** One step: turns a version-N record into version N+1. */
export type Migration = (raw: Raw) => Raw;

/**
 * Ordered migrations: entry `i` turns a version-`i + 1` record into version
 * `i + 2`. Version 1 is the first stored format, so there are none yet; add one
 * here, and bump `SETTINGS_VERSION`, whenever the shape of `Settings` changes.
 */
export const MIGRATIONS: readonly Migration[] = [];

function delay(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(HOVER_LIMITS.max, Math.max(HOVER_LIMITS.min, Math.round(value))) : fallback;
}

function flag(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function sites(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const clean = value.filter((s): s is string => typeof s === 'string' && s.length > 0 && s.length <= 255).map((s) => s.toLowerCase().replace(/^www\./, ''));
  return [...new Set(clean)].sort();
}

/** Runs the migrations a record of `version` needs, in order. */
export function migrate(raw: Raw, migrations: readonly Migration[] = MIGRATIONS): Raw {
  let version = typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version >= 1 ? raw.version : 1;
  let out = raw;
  // A record from a newer build is read as far as this build understands it.
  for (; version - 1 < migrations.length; version++) out = (migrations[version - 1] as Migration)(out);
  return out;
}

/** Reads any stored value into valid current settings. */
export function normaliseSettings(stored: unknown, migrations: readonly Migration[] = MIGRATIONS): Settings {
  if (!isRecord(stored)) return structuredClone(DEFAULT_SETTINGS);
  const raw = migrate({ ...stored }, migrations);
  const hover = isRecord(raw.hover) ? raw.hover : {};
  const show = isRecord(raw.show) ? raw.show : {};
  const d = DEFAULT_SETTINGS;
  return {
    version: SETTINGS_VERSION,
    enabled: flag(raw.enabled, d.enabled),
    disabledSites: sites(raw.disabledSites),
    hover: { prepareMs: delay(hover.prepareMs, d.hover.prepareMs), showMs: delay(hover.showMs, d.hover.showMs), graceMs: delay(hover.graceMs, d.hover.graceMs) },
    highlightStyle: raw.highlightStyle === 'underline' || raw.highlightStyle === 'background' ? raw.highlightStyle : d.highlightStyle,
    palette: raw.palette === 'standard' || raw.palette === 'distinct' ? raw.palette : d.palette,
    show: { entities: flag(show.entities, d.show.entities), claims: flag(show.claims, d.show.claims), flags: flag(show.flags, d.show.flags) },
  };
}

/** A partial change a reader makes, applied onto current settings and validated. */
export type SettingsPatch = Partial<Omit<Settings, 'version' | 'hover' | 'show'>> & { hover?: Partial<Settings['hover']>; show?: Partial<Settings['show']> };

/** Applies `patch` to `current`; invalid values in the patch are ignored. */
export function applyPatch(current: Settings, patch: SettingsPatch): Settings {
  return normaliseSettings({ ...current, ...patch, hover: { ...current.hover, ...patch.hover }, show: { ...current.show, ...patch.show } });
}

/** True for a complete, valid, current settings record (as the background sends it). */
export function isSettings(value: unknown): value is Settings {
  return isRecord(value) && JSON.stringify(normaliseSettings(value)) === JSON.stringify(value);
}
