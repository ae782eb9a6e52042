/** Edits of the list of sites where Parallax is off; each returns a new sorted list without repeats. */
import type { SettingsPatch } from '../settings/migrations';
import type { Settings } from '../settings/schema';
import { bareHostname } from '../settings/site';

/** `sites` with `site` added. */
export function withSite(sites: readonly string[], site: string): string[] {
  return [...new Set([...sites, bareHostname(site)])].sort();
}

/** `sites` without `site`. */
export function withoutSite(sites: readonly string[], site: string): string[] {
  const key = bareHostname(site);
  return sites.filter((s) => s !== key);
}

/** Whether `site` is on the reader's list of sites where Parallax is off. */
export function isSiteOff(settings: Settings, site: string): boolean {
  return settings.disabledSites.includes(bareHostname(site));
}

/** The settings change that turns Parallax on (`on`) or off for `site`. */
export function siteSwitchPatch(settings: Settings, site: string, on: boolean): SettingsPatch {
  return { disabledSites: on ? withoutSite(settings.disabledSites, site) : withSite(settings.disabledSites, site) };
}
