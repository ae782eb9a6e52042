/**
 * The reader's settings: one versioned record. Older records are brought up
 * to date by ordered migrations (`migrations.ts`), never discarded, so an
 * update of the extension never loses a reader's choices.
 */

/** The current settings version; bump it together with a new migration. */
export const SETTINGS_VERSION = 1;

/** How highlights are drawn. */
export type HighlightStyle = 'underline' | 'background';

/** Colours for highlights; `distinct` is a palette colour-blind readers can tell apart (Okabe–Ito). */
export type Palette = 'standard' | 'distinct';

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

/** Whether Parallax runs on `hostname` under these settings. */
export function isEnabledOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname.toLowerCase().replace(/^www\./, ''));
}
