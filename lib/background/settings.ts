/** Reads and writes the reader's settings, kept in the database and in memory. */
import type { ParallaxDB } from '../db/schema';
import { applyPatch, normaliseSettings, type SettingsPatch } from '../settings/migrations';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';

const KEY = 'settings';

/** The settings record, migrated on first read and written back in the current version. */
export class SettingsService {
  private current: Promise<Settings> | null = null;

  constructor(private readonly db: ParallaxDB) {}

  /** The current settings (migrating an older stored record once). */
  get(): Promise<Settings> {
    this.current ??= this.db.settings.get(KEY).then(async (row) => {
      const settings = normaliseSettings(row?.value);
      // Store the migrated form so every reader of the table sees the current version.
      if (row !== undefined && JSON.stringify(row.value) !== JSON.stringify(settings)) await this.db.settings.put({ key: KEY, value: settings });
      return settings;
    });
    this.current.catch(() => (this.current = null));
    return this.current;
  }

  /** Applies a change and stores it. */
  async update(patch: SettingsPatch): Promise<Settings> {
    const next = applyPatch(await this.get(), patch);
    await this.db.settings.put({ key: KEY, value: next });
    this.current = Promise.resolve(next);
    return next;
  }

  /** Restores the defaults. */
  async reset(): Promise<Settings> {
    const next = structuredClone(DEFAULT_SETTINGS);
    await this.db.settings.put({ key: KEY, value: next });
    this.current = Promise.resolve(next);
    return next;
  }
}
