/**
 * Brings a stored settings record up to the current version. Migrations run in
 * order, each from version N to N+1, in the manner of refined-github's
 * options-storage. Anything unreadable falls back to the default for that field
 * alone: one bad value never costs the reader their other choices.
 */
import * as v from 'valibot';

import { isRecord } from '../messaging/guards';
import {
  DEFAULT_SETTINGS,
  HIGHLIGHT_STYLES,
  HOVER_LIMITS,
  PALETTES,
  SETTINGS_VERSION,
  settingsSchemas,
  type Settings,
} from './schema';
import { bareHostname } from './site';

type Raw = Record<string, unknown>;

/** One step: turns a version-N record into version N+1. */
export type Migration = (raw: Raw) => Raw;

/**
 * Ordered migrations: entry `i` turns a version-`i + 1` record into version
 * `i + 2`. Version 1 is the first stored format, so there are none yet; add one
 * here, and bump `SETTINGS_VERSION`, whenever the shape of `Settings` changes.
 */
export const MIGRATIONS: readonly Migration[] = [];

const d = DEFAULT_SETTINGS;

/** A delay rounded and brought within the limits; anything but a finite number falls back. */
function storedDelay(fallback: number) {
  return v.fallback(
    v.pipe(
      v.number(),
      v.finite(),
      v.transform((ms) => Math.min(HOVER_LIMITS.max, Math.max(HOVER_LIMITS.min, Math.round(ms)))),
      settingsSchemas().delay,
    ),
    fallback,
  );
}

function storedSwitch(fallback: boolean) {
  return v.fallback(v.boolean(), fallback);
}

/** Hostnames as settings keep them, each once, sorted; anything else (`www.` alone, not text) is dropped. */
function storedSites(list: unknown[]): string[] {
  const sites = list
    .flatMap((item) => (typeof item === 'string' ? [bareHostname(item)] : []))
    .filter((site) => v.is(settingsSchemas().site, site));
  return [...new Set(sites)].sort();
}

/**
 * What a stored record may hold, each field read on its own: a field that
 * breaks the rules of `settingsSchemas().settings` gets its default, and the others are kept.
 */
const StoredSettingsSchema = v.object({
  enabled: storedSwitch(d.enabled),
  disabledSites: v.fallback(v.pipe(v.array(v.unknown()), v.transform(storedSites)), () => []),
  hover: v.fallback(
    v.object({
      prepareMs: storedDelay(d.hover.prepareMs),
      showMs: storedDelay(d.hover.showMs),
      graceMs: storedDelay(d.hover.graceMs),
    }),
    () => ({ ...d.hover }),
  ),
  highlightStyle: v.fallback(v.picklist(HIGHLIGHT_STYLES), d.highlightStyle),
  palette: v.fallback(v.picklist(PALETTES), d.palette),
  show: v.fallback(
    v.object({
      entities: storedSwitch(d.show.entities),
      claims: storedSwitch(d.show.claims),
      flags: storedSwitch(d.show.flags),
    }),
    () => ({ ...d.show }),
  ),
});

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
  return { version: SETTINGS_VERSION, ...v.parse(StoredSettingsSchema, raw) };
}

/** A partial change a reader makes, applied onto current settings and validated. */
export type SettingsPatch = Partial<Omit<Settings, 'version' | 'hover' | 'show'>> & {
  hover?: Partial<Settings['hover']>;
  show?: Partial<Settings['show']>;
};

/** Applies `patch` to `current`; invalid values in the patch are ignored. */
export function applyPatch(current: Settings, patch: SettingsPatch): Settings {
  return normaliseSettings({
    ...current,
    ...patch,
    hover: { ...current.hover, ...patch.hover },
    show: { ...current.show, ...patch.show },
  });
}

/** True for a complete, valid, current settings record (as the background sends it). */
export function isSettings(value: unknown): value is Settings {
  return v.is(settingsSchemas().settings, value);
}
