/**
 * The reader's settings: one versioned record, described once as valibot
 * schemas (`settingsSchemas`), built on first use: the content script carries
 * this module to every page and checks settings only when they change. Older records are brought up to date by ordered
 * migrations (`migrations.ts`), never discarded, so an update of the extension
 * never loses a reader's choices.
 */
import * as v from 'valibot';

import { bareHostname } from './site';

/** The current settings version; bump it together with a new migration. */
export const SETTINGS_VERSION = 1;

/** How highlights are drawn. */
export type HighlightStyle = 'underline' | 'background';

/** Every highlight style. */
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'background'];

/** Colours for highlights; `distinct` is a palette colour-blind readers can tell apart (Okabe–Ito). */
export type Palette = 'standard' | 'distinct';

/** Every palette. */
export const PALETTES: readonly Palette[] = ['standard', 'distinct'];

/** Hover timing in milliseconds (see lib/ui/hover-intent). */
export interface HoverSettings {
  prepareMs: number;
  showMs: number;
  graceMs: number;
}

/** Which kinds of highlight are shown. */
export interface CategorySettings {
  entities: boolean;
  claims: boolean;
  flags: boolean;
}

/** Everything a reader can set. */
export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Off everywhere when false. */
  enabled: boolean;
  /** Hostnames (without `www.`) where Parallax is off. */
  disabledSites: string[];
  hover: HoverSettings;
  highlightStyle: HighlightStyle;
  palette: Palette;
  show: CategorySettings;
}

/** What a fresh install starts with. */
export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  enabled: true,
  disabledSites: [],
  hover: { prepareMs: 150, showMs: 500, graceMs: 300 },
  highlightStyle: 'background',
  palette: 'standard',
  show: { entities: true, claims: true, flags: true },
};

/** Limits a hover delay may take. */
export const HOVER_LIMITS = { min: 0, max: 3000 } as const;

/** Longest hostname, in characters (RFC 1035). */
export const MAX_SITE_LENGTH = 255;

/** Whether Parallax runs on `hostname` under these settings. */
export function isEnabledOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(bareHostname(hostname));
}

/** The schemas of a hover delay, a site Parallax is off on, and complete settings. */
export interface SettingsSchemas {
  /** A hover delay in whole milliseconds, within `HOVER_LIMITS`. */
  delay: v.GenericSchema<number>;
  /** A site Parallax is off on: a hostname in the form `bareHostname` gives. */
  site: v.GenericSchema<string>;
  /** Complete, current settings, as stored and as the background sends them to pages. */
  settings: v.GenericSchema<Settings>;
}

let schemas: SettingsSchemas | null = null;

/** The settings schemas, built the first time they are needed. */
export function settingsSchemas(): SettingsSchemas {
  schemas ??= buildSettingsSchemas();
  return schemas;
}

function buildSettingsSchemas(): SettingsSchemas {
  const delay = v.pipe(v.number(), v.integer(), v.minValue(HOVER_LIMITS.min), v.maxValue(HOVER_LIMITS.max));
  const site = v.pipe(
    v.string(),
    v.minLength(1),
    v.maxLength(MAX_SITE_LENGTH),
    v.check((hostname) => bareHostname(hostname) === hostname, 'must be lowercase, without www. or a trailing dot'),
  );
  const settings = v.strictObject({
    version: v.literal(SETTINGS_VERSION),
    enabled: v.boolean(),
    // Sorted and without repeats: one spelling of the list, so two copies compare equal.
    disabledSites: v.pipe(
      v.array(site),
      v.check(
        (sites) => sites.every((hostname, i) => i === 0 || (sites[i - 1] as string) < hostname),
        'must be sorted, without repeats',
      ),
    ),
    hover: v.strictObject({ prepareMs: delay, showMs: delay, graceMs: delay }),
    highlightStyle: v.picklist(HIGHLIGHT_STYLES),
    palette: v.picklist(PALETTES),
    show: v.strictObject({ entities: v.boolean(), claims: v.boolean(), flags: v.boolean() }),
  });
  return { delay, site, settings };
}
